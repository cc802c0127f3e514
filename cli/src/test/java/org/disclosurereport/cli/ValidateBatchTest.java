package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.validation.BlankPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of ten thousand generated reports, some broken, some unreadable, in nested folders with
 * page assets among them: the summary must count every one exactly.
 */
class ValidateBatchTest {
  private static final int FILES = 10_000;

  @TempDir Path dir;

  /** What each kind of file is, and the findings one file of that kind has. */
  private enum Kind {
    VALID,
    BROKEN,
    TRUNCATED,
    SYNTAX
  }

  private static Kind kindOf(int i) {
    int k = i % 20;
    if (k < 15) {
      return Kind.VALID;
    }
    if (k < 18) {
      return Kind.BROKEN;
    }
    return k == 18 ? Kind.TRUNCATED : Kind.SYNTAX;
  }

  @Test
  void summarisesTenThousandReportsExactly() throws Exception {
    ReportJson json = ReportJson.create();
    Map<Kind, byte[]> content = new HashMap<>();
    content.put(
        Kind.VALID,
        json.writeBytes(Fixtures.valid("测试镇人民政府", Edition.V2021, 2023), Formatting.COMPACT));
    content.put(Kind.BROKEN, json.writeBytes(Fixtures.broken(), Formatting.COMPACT));
    byte[] valid = content.get(Kind.VALID);
    content.put(Kind.TRUNCATED, java.util.Arrays.copyOf(valid, valid.length / 2));
    content.put(Kind.SYNTAX, "{\"schemaVersion\": 1,, }".getBytes(StandardCharsets.UTF_8));
    Map<Kind, Integer> count = new HashMap<>();
    java.util.Set<Path> folders = new java.util.HashSet<>();
    for (int i = 0; i < FILES; i++) {
      Path folder = dir.resolve(String.format("region-%02d/organ-%03d", i % 7, i / 100));
      if (folders.add(folder)) {
        Files.createDirectories(folder);
      }
      if (i % 100 == 0) {
        Files.createDirectories(folder.resolve("assets"));
        Files.write(folder.resolve("assets/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      }
      Files.write(folder.resolve(String.format("report-%05d.json", i)), content.get(kindOf(i)));
      count.merge(kindOf(i), 1, Integer::sum);
    }

    Path summaryFile = dir.resolve("summary.json");
    CliRun r =
        CliRun.run("validate", "--quiet", "--summary", summaryFile.toString(), dir.toString());

    // Expected figures, from what one file of each kind gives when read and checked alone.
    Map<Kind, List<Finding>> findings = new HashMap<>();
    for (Kind k : Kind.values()) {
      findings.put(k, findingsOf(content.get(k)));
    }
    assertEquals(List.of(), findings.get(Kind.VALID));
    Map<String, long[]> tallies = new HashMap<>();
    count.forEach(
        (kind, n) -> {
          for (Finding f : findings.get(kind)) {
            tallies.computeIfAbsent(f.ruleId(), id -> new long[2])[0] += n;
          }
          for (String id :
              new LinkedHashSet<>(findings.get(kind).stream().map(Finding::ruleId).toList())) {
            tallies.get(id)[1] += n;
          }
        });
    List<Map.Entry<String, long[]>> top = new ArrayList<>(tallies.entrySet());
    top.sort(
        Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey));

    JsonNode s = new ObjectMapper().readTree(summaryFile.toFile());
    assertEquals(FILES, s.get("filesRead").asInt(), r.err());
    assertEquals(FILES / 100, s.get("skipped").asInt());
    assertEquals(count.get(Kind.VALID), s.get("reportsValid").asInt());
    assertEquals(count.get(Kind.BROKEN), s.get("reportsWithErrors").asInt());
    assertEquals(count.get(Kind.TRUNCATED) + count.get(Kind.SYNTAX), s.get("unreadable").asInt());
    JsonNode rules = s.get("topRules");
    assertEquals(Math.min(10, top.size()), rules.size());
    for (int i = 0; i < rules.size(); i++) {
      assertEquals(top.get(i).getKey(), rules.get(i).get("ruleId").asText());
      assertEquals(top.get(i).getValue()[0], rules.get(i).get("findings").asLong());
      assertEquals(top.get(i).getValue()[1], rules.get(i).get("reports").asLong());
    }
    assertEquals(ExitCodes.UNREADABLE, r.exitCode());
    // The table printed at the end has the same figures.
    assertEquals(
        true,
        r.out().contains("Files read                 " + FILES),
        r.out().lines().filter(l -> l.startsWith("  F")).toList().toString());
  }

  private static List<Finding> findingsOf(byte[] bytes) {
    var read = ReportJson.create().read(bytes, "x.json");
    List<Finding> all = new ArrayList<>(read.findings());
    read.report()
        .ifPresent(
            rep ->
                all.addAll(
                    Toolkit.standard()
                        .checker(BlankPolicy.BLANK_IS_ERROR)
                        .orElseThrow()
                        .check(rep, Optional.empty())));
    return all;
  }
}
