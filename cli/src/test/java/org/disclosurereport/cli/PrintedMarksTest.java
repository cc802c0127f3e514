package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cell printed as a mark for nothing is blank, and the finding about it says what was printed.
 */
class PrintedMarksTest {
  @TempDir Path dir;

  /** Section 二 of a real report, its first two figures printed as marks for nothing. */
  private Path marked() throws Exception {
    String text;
    try (InputStream in = getClass().getResourceAsStream("cut/wendeng-2019-cut.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String marked =
        text.replace("规章  | 0  | 0  | 0", "规章  | /  | 0  | 0")
            .replace("规范性文件  | 0  | 8  | 8", "规范性文件  | －  | 8  | 8")
            .replace("行政强制  | 0  | 0  | 0", "行政强制  | ／  | —  | 0");
    assertTrue(marked.contains("| /  |") && marked.contains("| －  |"), marked);
    Path file = dir.resolve("marked.txt");
    Files.writeString(file, marked);
    return file;
  }

  @Test
  void theHumanOutputSaysWhatWasPrintedInEnglishAndChinese() throws Exception {
    Path file = marked();
    CliRun en = CliRun.run("validate", file.toString());
    assertTrue(en.out().contains("Printed as “/”"), en.toString());
    assertTrue(en.out().contains("Printed as “－”"), en.toString());
    assertTrue(en.out().contains("Printed as “／”"), en.toString());
    assertTrue(en.out().contains("Printed as “—”"), en.toString());
    CliRun zh =
        CliRun.run(Toolkit.standard(), Locale.SIMPLIFIED_CHINESE, "validate", file.toString());
    assertTrue(zh.out().contains("原文印作“/”"), zh.toString());
  }

  @Test
  void theJsonOutputSaysItOnTheBlankCellsFindingOnly() throws Exception {
    CliRun run = CliRun.run("validate", marked().toString(), "--output", "json");
    JsonNode outcome = new ObjectMapper().readTree(run.out());
    JsonNode report = outcome.isArray() ? outcome.get(0) : outcome;
    List<String> noted = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      if (f.get("message").asText().contains("Printed as")) {
        noted.add(f.get("ruleId").asText() + " " + f.at("/location/jsonPointer").asText());
      }
    }
    assertEquals(
        List.of(
            "DR-V011 /tables/article20Item1/regulations/newlyMade",
            "DR-V011 /tables/article20Item1/normativeDocuments/newlyMade",
            "DR-V011 /tables/article20Item6/enforcement/previousYearItems",
            "DR-V011 /tables/article20Item6/enforcement/change"),
        noted,
        run.out());
  }
}
