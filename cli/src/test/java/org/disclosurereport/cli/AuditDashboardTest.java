package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.disclosurereport.cli.internal.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate DIR --report audit.html}: the dashboard is one self-contained file, and opens in
 * a real headless Chromium with its charts drawn, no script error, a row linking to every report,
 * and a report shown in the official layout with its broken cells marked.
 */
class AuditDashboardTest {
  @TempDir Path dir;

  private Path batch() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.write(in.resolve("a-valid.json"), Fixtures.json(Fixtures.valid()));
    Files.write(in.resolve("b-broken.json"), Fixtures.json(Fixtures.broken()));
    Files.write(in.resolve("c-blank-heavy.json"), Fixtures.json(ValidateCommandTest.blankHeavy()));
    Files.writeString(in.resolve("d-unreadable.json"), "{ not json", StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void theDashboardIsOneSelfContainedFileWithEveryReport() throws Exception {
    Path out = dir.resolve("audit.html");
    CliRun run =
        CliRun.run(
            "--lang",
            "en",
            "validate",
            "--no-progress",
            "--report",
            out.toString(),
            batch().toString());
    assertEquals(ExitCodes.UNREADABLE, run.exitCode(), run.toString());
    Document doc = Jsoup.parse(out.toFile(), "UTF-8");
    assertTrue(
        doc.select("script[src], link[href], img[src], iframe").isEmpty(),
        "nothing is loaded from elsewhere");
    String html = Files.readString(out);
    assertTrue(html.contains("echarts"), "the chart library is inlined");
    String data = doc.getElementById("data").data();
    for (String name :
        List.of("a-valid.json", "b-broken.json", "c-blank-heavy.json", "d-unreadable.json")) {
      assertTrue(data.contains(name), name);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of(),
          files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
          "no temporary file left");
    }
  }

  /**
   * The charts by organ level and kind name each level and kind in the page's language, from the
   * CLI's message bundle, not by the enum constant's name.
   */
  @Test
  void organLevelsAndKindsAreNamedInBothLanguages() throws Exception {
    java.util.ResourceBundle en =
        java.util.ResourceBundle.getBundle(
            "org.disclosurereport.cli.internal.Messages", java.util.Locale.ROOT);
    java.util.ResourceBundle zh =
        java.util.ResourceBundle.getBundle(
            "org.disclosurereport.cli.internal.Messages", java.util.Locale.CHINESE);
    List<String> keys = new java.util.ArrayList<>();
    for (org.disclosurereport.model.OrganLevel l : org.disclosurereport.model.OrganLevel.values()) {
      keys.add("level." + l.name());
    }
    for (org.disclosurereport.model.OrganKind k : org.disclosurereport.model.OrganKind.values()) {
      keys.add("kind." + k.name());
    }
    for (String key : keys) {
      String e = en.getString("audit." + key);
      String c = zh.getString("audit." + key);
      assertFalse(e.isBlank() || e.equals(key.substring(key.indexOf('.') + 1)), key + ": " + e);
      assertTrue(
          c.codePoints()
              .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
          key + ": " + c);
    }
    Path out = dir.resolve("audit.html");
    CliRun.run(
        "--lang",
        "zh",
        "validate",
        "--no-progress",
        "--report",
        out.toString(),
        batch().toString());
    String data = Jsoup.parse(out.toFile(), "UTF-8").getElementById("data").data();
    com.fasterxml.jackson.databind.JsonNode text =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(data).get("text");
    for (String key : keys) {
      assertEquals(zh.getString("audit." + key), text.path(key).asText(), key);
    }
  }

  @Test
  void aDashboardIsWrittenIntoAFolderItMakes() throws Exception {
    Path out = dir.resolve("new-folder").resolve("audit.html");
    CliRun run =
        CliRun.run("validate", "--no-progress", "--report", out.toString(), batch().toString());
    assertTrue(Files.size(out) > 0, run.err());
    try (var left = Files.list(out.getParent())) {
      assertEquals(1, left.count(), "no temporary file is left beside the dashboard");
    }
  }

  @Test
  void aDashboardThatCannotBeWrittenIsAnErrorAndLeavesNothing() throws Exception {
    // A folder that cannot be made: a file stands where it would be.
    Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");
    Path out = notAFolder.resolve("audit.html");
    CliRun run =
        CliRun.run("validate", "--no-progress", "--report", out.toString(), batch().toString());
    assertEquals(ExitCodes.UNREADABLE, run.exitCode());
    assertEquals("x", Files.readString(notAFolder));
    try (var left = Files.list(dir)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("audit.html")));
    }
    assertTrue(run.err().contains("audit.html"), run.err());
  }

  @Test
  void theDashboardOpensInChromiumWithItsChartsAndLinks() throws Exception {
    Path chromium = chromium();
    Path out = dir.resolve("audit.html");
    CliRun.run(
        "--lang",
        "en",
        "validate",
        "--no-progress",
        "--report",
        out.toString(),
        batch().toString());

    Document page = Jsoup.parse(run(chromium, out.toUri().toString()));
    Element root = page.selectFirst("html");
    assertEquals("", root.attr("data-script-error"), "no script error");
    assertEquals("true", root.attr("data-ready"), "the page script ran to its end");
    for (String id :
        List.of("chart-rules", "chart-edition", "chart-year", "chart-level", "chart-kind")) {
      assertFalse(page.select("#" + id + " canvas").isEmpty(), id + " is drawn");
    }
    assertEquals(9, page.select("#totals .card").size());
    // Blank cells and cells printed "/" are counted apart: this batch has blanks, no marks.
    assertTrue(page.selectFirst("#cells-blank b").text().matches("[0-9.]+%"), page.html());
    assertEquals("0%", page.selectFirst("#cells-marked b").text());
    assertEquals("0%", page.selectFirst("#rows .row[data-report=2] span.marks").text());
    assertEquals("4", page.select("#totals .card b").first().text());
    // The share of blank cells: none in the valid report, some in the blank-heavy one.
    assertEquals("0%", page.selectFirst("#rows .row[data-report=0] span:nth-child(8)").text());
    assertTrue(
        page.selectFirst("#rows .row[data-report=2] span:nth-child(8)")
            .text()
            .matches("[1-9][0-9]?%"));
    List<String> links = page.select("#rows a[href^=#r]").eachAttr("href");
    assertEquals(List.of("#r0", "#r1", "#r2", "#r3"), links, "a link to every report");

    // The broken report in the official layout: its values filled in, its broken cell marked.
    Document report = Jsoup.parse(run(chromium, out.toUri() + "#r1"));
    assertEquals("", report.selectFirst("html").attr("data-script-error"));
    Element layout = report.getElementById("report-layout");
    assertFalse(
        layout.select("table.report-table td[data-cell]").isEmpty(),
        "the official layout is shown");
    Element broken = layout.selectFirst("td.broken");
    assertTrue(broken != null, "a broken cell is marked");
    assertFalse(
        layout.select("td[data-cell]").stream().allMatch(td -> td.text().isEmpty()),
        "values are filled in");
  }

  /** A report generated by the testkit (every sum holds), for an organ and year of our choosing. */
  private static org.disclosurereport.model.AnnualReport generated(
      String organ, int year, long seed) {
    org.disclosurereport.model.AnnualReport r =
        org.disclosurereport.testkit.ReportGenerator.of(
                org.disclosurereport.testkit.GeneratorConfig.of(
                        org.disclosurereport.edition.Edition.V2021)
                    .withBlankPercent(10))
            .generate(org.disclosurereport.testkit.random.RandomEntropy.seeded(seed));
    return org.disclosurereport.model.AnnualReport.copyOf(r)
        .withMetadata(
            org.disclosurereport.model.ReportMetadata.copyOf(r.metadata())
                .withOrganName(organ)
                .withReportYear(year));
  }

  private static java.util.OptionalLong figure(
      org.disclosurereport.model.AnnualReport r, org.disclosurereport.edition.CellAddress a) {
    return r.cell(a) instanceof org.disclosurereport.model.CellValue.Count c
        ? java.util.OptionalLong.of(c.value())
        : java.util.OptionalLong.empty();
  }

  @Test
  void aGovernmentIsShownBesideTheGovernmentsBelowIt() throws Exception {
    Path in = dir.resolve("batch");
    Files.createDirectories(in);
    String[] names = {
      "江北市人民政府", "江北市东城区人民政府", "江北市西城区人民政府", "江北市北山县人民政府", "江北市教育局", "江北市北山县清河镇人民政府"
    };
    List<org.disclosurereport.model.AnnualReport> reports = new java.util.ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      org.disclosurereport.model.AnnualReport r = generated(names[i], 2022, 17L + i);
      reports.add(r);
      Files.write(in.resolve("r" + i + ".json"), Fixtures.json(r));
    }
    // The same district a year earlier is not below the 2022 city.
    Files.write(in.resolve("r9.json"), Fixtures.json(generated(names[1], 2021, 99L)));
    org.disclosurereport.edition.CellAddress received =
        org.disclosurereport.validation.SubordinateOrgans.FIGURES.get(0);
    long childrenSum = 0;
    for (int i = 1; i <= 3; i++) {
      childrenSum += figure(reports.get(i), received).orElse(0);
    }
    String own =
        figure(reports.get(0), received).isPresent()
            ? String.valueOf(figure(reports.get(0), received).getAsLong())
            : "—";

    Path out = dir.resolve("audit.html");
    Path summary = dir.resolve("summary.json");
    CliRun run =
        CliRun.run(
            "--lang",
            "en",
            "validate",
            "--no-progress",
            "--report",
            out.toString(),
            "--summary",
            summary.toString(),
            in.toString());
    // The note is printed after the reports, for the city and for the county (its township).
    String text = run.out();
    int block =
        text.indexOf("Governments beside the governments directly below them in this batch (2,");
    assertTrue(block >= 0, text);
    String notes = text.substring(block);
    assertTrue(notes.contains("r0.json  INFO DR-V407"), notes);
    assertTrue(notes.contains("r3.json  INFO DR-V407"), notes);
    assertTrue(notes.contains("its 3 subordinate organs in this batch"), notes);
    assertTrue(notes.contains("together " + childrenSum + "."), notes);
    assertTrue(notes.contains(": " + own + ";"), notes);
    assertFalse(notes.contains("江北市教育局"), "a department is never below a government");
    com.fasterxml.jackson.databind.JsonNode s =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary.toFile());
    boolean tallied = false;
    for (com.fasterxml.jackson.databind.JsonNode t : s.get("topRules")) {
      if (t.get("ruleId").asText().equals("DR-V407")) {
        assertEquals("INFO", t.get("severity").asText());
        assertEquals(2, t.get("reports").asInt());
        tallied = true;
      }
    }
    assertTrue(tallied || s.get("topRules").size() == 10, s.toString());
    assertEquals(2, s.get("notes").size(), s.toString());
    com.fasterxml.jackson.databind.JsonNode note = s.get("notes").get(0);
    assertTrue(note.get("source").asText().endsWith("r0.json"), note.toString());
    assertEquals("DR-V407", note.get("ruleId").asText());
    assertEquals("INFO", note.get("severity").asText());
    assertTrue(note.get("messageZh").asText().contains("下级合计"), note.toString());
    assertTrue(note.get("messageEn").asText().contains("together " + childrenSum), note.toString());

    // The dashboard lists the city with its three subordinates and both figures.
    Document page = Jsoup.parse(run(chromium(), out.toUri().toString()));
    assertEquals("", page.selectFirst("html").attr("data-script-error"), "no script error");
    assertEquals("true", page.selectFirst("html").attr("data-ready"));
    org.jsoup.select.Elements parents = page.select("#subordinates-list > li.parent");
    assertEquals(2, parents.size(), page.select("#subordinates").outerHtml());
    Element city = parents.first();
    assertTrue(city.selectFirst("a").text().startsWith("江北市人民政府 2022"), city.outerHtml());
    assertEquals(3, city.select("li.child").size(), city.outerHtml());
    assertEquals(
        List.of("江北市东城区人民政府", "江北市西城区人民政府", "江北市北山县人民政府"), city.select("li.child > a").eachText());
    Element figures = city.selectFirst("span.figure");
    assertEquals(own, figures.attr("data-own"), figures.outerHtml());
    assertEquals(String.valueOf(childrenSum), figures.attr("data-children"), figures.outerHtml());
    assertEquals(List.of("江北市北山县清河镇人民政府"), parents.get(1).select("li.child > a").eachText());
  }

  static Path chromium() {
    Optional<Path> found = Optional.empty();
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        Path candidate = Path.of(d, name);
        if (found.isEmpty() && Files.isExecutable(candidate)) {
          found = Optional.of(candidate);
        }
      }
    }
    assumeTrue(
        found.isPresent(),
        "Chromium is not installed (apt-get install chromium): browser check skipped");
    return found.get();
  }

  /** Opens a page in headless Chromium and returns its DOM once its scripts have run. */
  private String run(Path chromium, String url) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    Path output = dir.resolve("dom.html");
    List<String> command =
        List.of(
            chromium.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile,
            "--window-size=1280,1600",
            "--virtual-time-budget=5000",
            "--dump-dom",
            url);
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(output.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium finished within two minutes");
      assertEquals(0, process.exitValue(), "chromium exit status");
    } finally {
      process.destroyForcibly();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Files.readString(output, StandardCharsets.UTF_8);
  }
}
