package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.cli.internal.output.JsonOutcomeWriterAccess;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.validation.BlankPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, AnnualReport report) throws Exception {
    return write(name, Fixtures.json(report));
  }

  @Test
  void exitsZeroForAValidReport() throws Exception {
    Path ok = write("ok.json", Fixtures.valid());
    CliRun r = CliRun.run("validate", ok.toString());
    assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains(ok + " — 测试县人民政府, 2022, edition 2021: valid"), r.toString());
    assertFalse(r.out().contains("Summary"), "no summary for one file");
  }

  @Test
  void exitsOneWhenAReportHasAnError() throws Exception {
    CliRun r = CliRun.run("validate", write("bad.json", Fixtures.broken()).toString());
    assertEquals(ExitCodes.ERRORS, r.exitCode(), r.toString());
    for (Finding f : check(Fixtures.broken(), BlankPolicy.BLANK_IS_ERROR)) {
      assertTrue(r.out().contains(f.ruleId()), f.ruleId());
    }
  }

  @Test
  void exitsTwoWhenAnInputCannotBeReadEvenIfOthersHaveErrors() throws Exception {
    Path bad = write("bad.json", Fixtures.broken());
    Path garbage = write("garbage.json", "{\"schemaVersion\": ".getBytes(StandardCharsets.UTF_8));
    CliRun r =
        CliRun.run(
            "validate", bad.toString(), garbage.toString(), dir.resolve("missing.xml").toString());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.toString());
    assertTrue(r.out().contains("DR-J006") || r.out().contains("DR-J001"), r.out());
    assertTrue(r.out().contains("DR-C001"), r.out());
    assertTrue(r.out().contains("Files read                 3"), r.out());
    assertTrue(r.out().contains("Unreadable                 2"), r.out());
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    Path ok = write("ok.json", Fixtures.valid());
    for (String[] args :
        List.of(
            new String[] {"validate"},
            new String[] {"validate", "--blank", "maybe", ok.toString()},
            new String[] {"validate", "--output", "yaml", ok.toString()},
            new String[] {"validate", "--frobnicate", ok.toString()},
            new String[] {"validate", "--summary", dir.resolve("s.txt").toString(), ok.toString()},
            new String[] {"validate", "--threads", "-1", ok.toString()},
            new String[] {"validate", "--lang", "fr", ok.toString()})) {
      CliRun r = CliRun.run(args);
      assertEquals(ExitCodes.UNREADABLE, r.exitCode(), String.join(" ", args) + "\n" + r);
      assertTrue(r.err().matches("(?s)DR-C01[7-9] .*|DR-C020 .*"), r.toString());
      assertTrue(r.err().contains("Usage: disclosure validate"), r.toString());
    }
  }

  @Test
  void anEmptyDirectoryIsAnError() {
    CliRun r = CliRun.run("validate", dir.toString());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode());
    assertTrue(r.err().contains("No input files were found."), r.toString());
  }

  @Test
  void jsonOutputIsTheDocumentedShapeAndNothingElse() throws Exception {
    write("a/ok.json", Fixtures.valid());
    write("a/bad.json", Fixtures.broken());
    write("a/z", new byte[0]);
    CliRun r =
        CliRun.run("validate", "--output", "json", "--lang", "zh", dir.resolve("a").toString());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.toString());
    JsonNode out = new ObjectMapper().readTree(r.out());
    JsonOutcomeWriterAccess.assertMatchesSchema(out);
    assertEquals(
        List.of("bad.json", "ok.json", "z"),
        List.of(name(out.get(0)), name(out.get(1)), name(out.get(2))));
    assertEquals(
        check(Fixtures.broken(), BlankPolicy.BLANK_IS_ERROR).size(),
        out.get(0).get("findings").size());
    assertEquals(
        check(Fixtures.broken(), BlankPolicy.BLANK_IS_ERROR).get(0).messageZh(),
        out.get(0).get("findings").get(0).get("message").asText());
    assertTrue(out.get(1).get("valid").asBoolean());
    assertEquals("DR-C008", out.get(2).get("findings").get(0).get("ruleId").asText());
    assertTrue(r.err().contains("汇总"), "the summary goes to standard error: " + r.err());
  }

  private static String name(JsonNode report) {
    return Path.of(report.get("source").asText()).getFileName().toString();
  }

  @Test
  void theBlankPolicyDecidesWhetherABlankIsAnError() throws Exception {
    AnnualReport valid = Fixtures.valid();
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>(valid.cells());
    cells.remove(CellAddress.of(Tables.APPLICATIONS, ApplicationRows.GRANTED, Applicants.TOTAL));
    AnnualReport blank = AnnualReport.copyOf(valid).withCells(cells);
    Path p = write("blank.json", blank);
    CliRun asError = CliRun.run("validate", p.toString());
    CliRun defaultPolicy = CliRun.run("validate", "--blank", "error", p.toString());
    CliRun asZero = CliRun.run("validate", "--blank=zero", p.toString());
    assertEquals(asError, defaultPolicy, "error is the default");
    assertEquals(ExitCodes.ERRORS, asError.exitCode(), asError.toString());
    assertEquals(ExitCodes.OK, asZero.exitCode(), asZero.toString());
    for (Finding f : check(blank, BlankPolicy.BLANK_IS_ERROR)) {
      assertTrue(asError.out().contains(f.ruleId()));
    }
    List<Finding> zero = check(blank, BlankPolicy.BLANK_AS_ZERO);
    assertFalse(zero.isEmpty(), "a blank counted as zero is still reported");
    for (Finding f : zero) {
      assertTrue(asZero.out().contains(f.ruleId()));
    }
  }

  /**
   * A report whose 总计 column of table 三 is blank on every row, with four rows of filled parts (so
   * four sums hold only if their blank totals hold the parts) and one genuine sum error.
   */
  static AnnualReport blankHeavy() {
    AnnualReport valid = Fixtures.valid();
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>(valid.cells());
    valid.spec().table(Tables.APPLICATIONS).orElseThrow().cells().stream()
        .filter(a -> a.column().equals(Applicants.TOTAL))
        .forEach(cells::remove);
    for (String row :
        List.of(
            ApplicationRows.NEWLY_RECEIVED,
            ApplicationRows.GRANTED,
            ApplicationRows.RESULTS_TOTAL)) {
      cells.put(
          CellAddress.of(Tables.APPLICATIONS, row, Applicants.NATURAL_PERSON), CellValue.count(2));
    }
    cells.put(
        CellAddress.of(
            Tables.APPLICATIONS, ApplicationRows.WITHHELD_STATE_SECRET, Applicants.NATURAL_PERSON),
        CellValue.count(1));
    return AnnualReport.copyOf(valid).withCells(cells);
  }

  @Test
  void aBlankHeavyReportShowsItsGroupsAndSumsOnTheFirstScreen() throws Exception {
    AnnualReport report = blankHeavy();
    Path p = write("blank-heavy.json", report);
    long blanks =
        report.spec().table(Tables.APPLICATIONS).orElseThrow().cells().stream()
            .filter(a -> report.cell(a).isBlank())
            .count();
    CliRun run = CliRun.run("--lang", "en", "validate", p.toString());
    assertEquals(ExitCodes.ERRORS, run.exitCode(), run.toString());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.size() < 25, run.out());
    String screen = run.out();
    int group = screen.indexOf("ERROR DR-V011 (" + blanks + " findings");
    int sum = screen.indexOf("ERROR DR-V102");
    int needBlanks = screen.indexOf("WARNING DR-V107 (4 findings");
    assertTrue(group >= 0 && sum > group && needBlanks > sum, screen);
    assertTrue(
        screen.contains("Blank cells in the 总计 column on " + blanks + " rows of table 三"), screen);

    CliRun verbose = CliRun.run("--lang", "en", "validate", "--verbose", p.toString());
    assertEquals(blanks, verbose.out().lines().filter(l -> l.contains("ERROR DR-V011")).count());
    assertEquals(4, verbose.out().lines().filter(l -> l.contains("WARNING DR-V107")).count());

    CliRun both = CliRun.run("validate", "--blank", "both", p.toString());
    assertEquals(ExitCodes.ERRORS, both.exitCode(), "the genuine sum error stays an error");
    assertFalse(both.out().contains("DR-V011"));

    CliRun json = CliRun.run("validate", "--output", "json", p.toString());
    JsonNode r = new ObjectMapper().readTree(json.out()).get(0);
    JsonNode groups = r.get("groups");
    assertEquals(2, groups.size(), groups.toString());
    JsonNode g = groups.get(0);
    assertEquals("DR-V011", g.get("ruleId").asText());
    assertEquals("column", g.get("pattern").asText());
    assertEquals(Applicants.TOTAL, g.get("column").asText());
    assertEquals(blanks, g.get("count").asLong());
    for (JsonNode i : g.get("members")) {
      assertEquals("DR-V011", r.get("findings").get(i.asInt()).get("ruleId").asText());
    }
    assertEquals("DR-V107", groups.get(1).get("ruleId").asText());
  }

  @Test
  void previousDirPairsReportsByOrganAndTheDashboardListsCarryOversThatDoNotChain()
      throws Exception {
    org.disclosurereport.edition.Edition e = org.disclosurereport.edition.Edition.V2021;
    AnnualReport broken = Fixtures.valid("甲县人民政府", e, 2021);
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>(broken.cells());
    for (String column : List.of(Applicants.NATURAL_PERSON, Applicants.TOTAL)) {
      cells.put(
          CellAddress.of(Tables.APPLICATIONS, ApplicationRows.NEWLY_RECEIVED, column),
          CellValue.count(4));
      cells.put(
          CellAddress.of(Tables.APPLICATIONS, ApplicationRows.CARRIED_FORWARD, column),
          CellValue.count(4));
    }
    write("previous/jia-2021.json", AnnualReport.copyOf(broken).withCells(cells));
    write("previous/yi-2021.json", Fixtures.valid("乙县 人民政府", e, 2021));
    write("previous/bing-2020.json", Fixtures.valid("丙县人民政府", e, 2020));
    write("current/jia-2022.json", Fixtures.valid("甲县人民政府", e, 2022));
    write("current/yi-2022.json", Fixtures.valid("乙县人民政府", e, 2022));
    write("current/bing-2022.json", Fixtures.valid("丙县人民政府", e, 2022));
    Path audit = dir.resolve("audit.html");
    CliRun run =
        CliRun.run(
            "validate",
            "--output",
            "json",
            "--no-progress",
            "--previous-dir",
            dir.resolve("previous").toString(),
            "--report",
            audit.toString(),
            dir.resolve("current").toString());
    JsonNode out = new ObjectMapper().readTree(run.out());
    Map<String, List<String>> rules = new LinkedHashMap<>();
    for (JsonNode r : out) {
      List<String> ids = new java.util.ArrayList<>();
      r.get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
      rules.put(name(r), ids);
    }
    assertTrue(rules.get("jia-2022.json").contains("DR-V401"), rules.toString());
    assertFalse(
        rules.get("yi-2022.json").contains("DR-V401"),
        "the name matches without its space; the chain holds");
    assertEquals(List.of(), rules.get("bing-2022.json"), "no report of 2021: no pair");
    String data = org.jsoup.Jsoup.parse(audit.toFile(), "UTF-8").getElementById("data").data();
    assertTrue(data.contains("DR-V401"), "the dashboard knows the broken chain");
    CliRun both =
        CliRun.run(
            "validate",
            "--previous",
            dir.resolve("previous/yi-2021.json").toString(),
            "--previous-dir",
            dir.resolve("previous").toString(),
            dir.resolve("current").toString());
    assertEquals(ExitCodes.UNREADABLE, both.exitCode(), "one or the other");
  }

  @Test
  void previousAddsTheCrossYearRules() throws Exception {
    AnnualReport current =
        Fixtures.valid("测试县人民政府", org.disclosurereport.edition.Edition.V2021, 2022);
    AnnualReport previous =
        Fixtures.valid("测试县人民政府", org.disclosurereport.edition.Edition.V2021, 2021);
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>(previous.cells());
    // Last year carried 4 applications forward; this year says none were carried over.
    for (String column : List.of(Applicants.NATURAL_PERSON, Applicants.TOTAL)) {
      cells.put(
          CellAddress.of(Tables.APPLICATIONS, ApplicationRows.NEWLY_RECEIVED, column),
          CellValue.count(4));
      cells.put(
          CellAddress.of(Tables.APPLICATIONS, ApplicationRows.CARRIED_FORWARD, column),
          CellValue.count(4));
    }
    previous = AnnualReport.copyOf(previous).withCells(cells);
    List<Finding> crossYear =
        Toolkit.standard()
            .checker(BlankPolicy.BLANK_IS_ERROR)
            .orElseThrow()
            .check(current, Optional.of(previous));
    assertFalse(crossYear.isEmpty());
    Path cur = write("2022.json", current);
    Path prev = write("2021.json", previous);
    CliRun without = CliRun.run("validate", cur.toString());
    CliRun with = CliRun.run("validate", "--previous", prev.toString(), cur.toString());
    assertEquals(ExitCodes.OK, without.exitCode(), without.toString());
    for (Finding f : crossYear) {
      assertTrue(with.out().contains(f.ruleId()), with.toString());
      assertFalse(without.out().contains(f.ruleId()));
    }
    CliRun unreadablePrevious =
        CliRun.run("validate", "--previous", dir.resolve("none.json").toString(), cur.toString());
    assertEquals(ExitCodes.UNREADABLE, unreadablePrevious.exitCode());
    assertTrue(
        unreadablePrevious.err().contains("The previous year's report could not be read"),
        unreadablePrevious.toString());
  }

  @Test
  void speaksTheLanguageOfTheSystemUnlessToldOtherwise() throws Exception {
    Path bad = write("bad.json", Fixtures.broken());
    CliRun zhSystem = CliRun.run(Toolkit.standard(), Locale.CHINA, "validate", bad.toString());
    CliRun zhFlag =
        CliRun.run(Toolkit.standard(), Locale.ENGLISH, "--lang", "zh", "validate", bad.toString());
    CliRun enFlag =
        CliRun.run(Toolkit.standard(), Locale.CHINA, "validate", "--lang=en", bad.toString());
    Finding first = check(Fixtures.broken(), BlankPolicy.BLANK_IS_ERROR).get(0);
    assertTrue(
        zhSystem.out().contains(first.messageZh()) && zhSystem.out().contains("无效"),
        zhSystem.toString());
    assertEquals(zhSystem.out(), zhFlag.out());
    assertTrue(
        enFlag.out().contains(first.messageEn()) && enFlag.out().contains("not valid"),
        enFlag.toString());
  }

  @Test
  void writesTheSummaryToCsvOrJsonAndQuietLeavesValidReportsOut() throws Exception {
    write("d/ok.json", Fixtures.valid());
    write("d/bad.json", Fixtures.broken());
    Path csv = dir.resolve("out/summary.csv");
    Files.createDirectories(csv.getParent());
    CliRun r =
        CliRun.run("validate", "-q", "--summary", csv.toString(), dir.resolve("d").toString());
    assertEquals(ExitCodes.ERRORS, r.exitCode(), r.toString());
    assertFalse(r.out().contains("ok.json"), "quiet leaves the valid report out");
    assertTrue(r.out().contains("bad.json"));
    List<String> lines = Files.readAllLines(csv);
    assertEquals("kind,key,count,reports", lines.get(0));
    assertTrue(
        lines.contains("total,filesRead,2,")
            && lines.contains("total,reportsValid,1,")
            && lines.contains("total,reportsWithErrors,1,"),
        lines.toString());
    Path json = dir.resolve("out/summary.json");
    CliRun j = CliRun.run("validate", "--summary", json.toString(), dir.resolve("d").toString());
    JsonNode s = new ObjectMapper().readTree(json.toFile());
    assertEquals(2, s.get("filesRead").asInt());
    assertEquals(1, s.get("reportsWithErrors").asInt());
    assertEquals(ExitCodes.ERRORS, j.exitCode());
  }

  @Test
  void drawsProgressOnlyOnATerminalOutsideCi() throws Exception {
    for (int i = 0; i < 3; i++) {
      write("p/" + i + ".json", Fixtures.valid());
    }
    String[] args = {"validate", dir.resolve("p").toString()};
    assertTrue(runIn(true, Map.of()).contains("\r["), "terminal");
    assertFalse(runIn(false, Map.of()).contains("\r"), "piped");
    assertFalse(runIn(true, Map.of("CI", "true")).contains("\r"), "CI");
    assertFalse(runIn(true, Map.of("GITHUB_ACTIONS", "true")).contains("\r"), "CI");
    assertFalse(runIn(true, Map.of("TERM", "dumb")).contains("\r"), "dumb terminal");
    Fixtures.Captured c = new Fixtures.Captured(Locale.ENGLISH, true, Map.of());
    Main.run(new String[] {"validate", "--no-progress", args[1]}, c.terminal(), Toolkit.standard());
    assertFalse(c.err().contains("\r"), "--no-progress");
  }

  private String runIn(boolean interactive, Map<String, String> env) {
    Fixtures.Captured c = new Fixtures.Captured(Locale.ENGLISH, interactive, env);
    int code =
        Main.run(
            new String[] {"validate", dir.resolve("p").toString()},
            c.terminal(),
            Toolkit.standard());
    assertEquals(ExitCodes.OK, code);
    assertFalse(c.out().contains("\r"), "never on standard output");
    return c.err();
  }

  @Test
  void aFileThatCrashesItsReaderDoesNotStopTheBatch() throws Exception {
    write("batch/1-ok.json", Fixtures.valid());
    write("batch/2-crash.json", "{\"crash\": true}".getBytes(StandardCharsets.UTF_8));
    // A real hostile document: nesting far deeper than any report, for the real reader.
    write("batch/3-deep.json", ("{\"a\":" + "[".repeat(200_000)).getBytes(StandardCharsets.UTF_8));
    write("batch/4-deep.html", ("<div>".repeat(200_000)).getBytes(StandardCharsets.UTF_8));
    write("batch/5-ok.json", Fixtures.valid());
    Toolkit standard = Toolkit.standard();
    Toolkit crashing =
        standard.withReader(
            DocumentFormat.JSON,
            (bytes, detection, source) -> {
              if (source.endsWith("2-crash.json")) {
                throw new StackOverflowError();
              }
              return standard
                  .reader(DocumentFormat.JSON)
                  .orElseThrow()
                  .read(bytes, detection, source);
            });
    CliRun r =
        CliRun.run(crashing, "validate", "--output", "json", dir.resolve("batch").toString());
    JsonNode out = new ObjectMapper().readTree(r.out());
    assertEquals(5, out.size(), r.toString());
    assertTrue(out.get(0).get("valid").asBoolean());
    assertEquals("DR-C006", out.get(1).get("findings").get(0).get("ruleId").asText());
    assertFalse(out.get(2).get("readable").asBoolean());
    assertFalse(out.get(3).get("valid").asBoolean());
    assertTrue(out.get(4).get("valid").asBoolean());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode());
  }

  @Test
  void jsonLinesStopsAtTheSameLineWhateverTheThreads() throws Exception {
    Path p = write("nothing.jsonl", "{}\n".repeat(1_000).getBytes(StandardCharsets.UTF_8));
    for (String threads : new String[] {"1", "2", "8"}) {
      Path summary = dir.resolve("s" + threads + ".json");
      CliRun r =
          CliRun.run(
              "validate",
              "--output",
              "json",
              "--threads",
              threads,
              "--summary",
              summary.toString(),
              p.toString());
      assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.err());
      JsonNode out = new ObjectMapper().readTree(r.out());
      assertEquals(101, out.size(), threads + " threads");
      assertEquals(p + ":100", out.get(99).get("source").asText());
      JsonNode last = out.get(100);
      assertEquals(p + ":101", last.get("source").asText());
      assertEquals("DR-C013", last.get("findings").get(0).get("ruleId").asText());
      JsonNode s = new ObjectMapper().readTree(summary.toFile());
      assertEquals(1, s.get("filesRead").asInt());
      assertEquals(101, s.get("unreadable").asInt());
    }
  }

  @Test
  void readsJsonLinesAsOneReportALine() throws Exception {
    String lines =
        new String(Fixtures.json(Fixtures.valid()), StandardCharsets.UTF_8)
                .replaceAll("\\s*\n\\s*", "")
            + "\n\n"
            + new String(Fixtures.json(Fixtures.broken()), StandardCharsets.UTF_8)
                .replaceAll("\\s*\n\\s*", "")
            + "\n{\"schemaVersion\": }\n";
    Path p = write("reports.jsonl", lines.getBytes(StandardCharsets.UTF_8));
    Path summary = dir.resolve("s.json");
    CliRun r =
        CliRun.run("validate", "--output", "json", "--summary", summary.toString(), p.toString());
    JsonNode out = new ObjectMapper().readTree(r.out());
    JsonOutcomeWriterAccess.assertMatchesSchema(out);
    assertEquals(
        List.of(p + ":1", p + ":3", p + ":4"),
        List.of(
            out.get(0).get("source").asText(),
            out.get(1).get("source").asText(),
            out.get(2).get("source").asText()));
    assertTrue(out.get(0).get("valid").asBoolean());
    assertEquals(
        check(Fixtures.broken(), BlankPolicy.BLANK_IS_ERROR).size(),
        out.get(1).get("findings").size());
    assertFalse(out.get(2).get("readable").asBoolean());
    JsonNode s = new ObjectMapper().readTree(summary.toFile());
    assertEquals(1, s.get("filesRead").asInt());
    assertEquals(1, s.get("reportsValid").asInt());
    assertEquals(1, s.get("reportsWithErrors").asInt());
    assertEquals(1, s.get("unreadable").asInt());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode());

    CliRun convert = CliRun.run("convert", p.toString(), "--to", "xml");
    assertEquals(ExitCodes.UNREADABLE, convert.exitCode());
    assertTrue(convert.err().contains("holds 3 reports"), convert.toString());
  }

  static List<Finding> check(AnnualReport report, BlankPolicy blanks) {
    return Toolkit.standard().checker(blanks).orElseThrow().check(report, Optional.empty());
  }
}
