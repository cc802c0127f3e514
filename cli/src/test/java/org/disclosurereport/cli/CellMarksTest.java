package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blank cells and cells printed with a mark for nothing ({@code /}) are counted apart, from the
 * text the page reader records for each cell, in the JSON and CSV summaries and in the audit
 * dashboard.
 */
class CellMarksTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** A published page whose first {@code marked} blank cells print "/" and the others nothing. */
  private static String page(AnnualReport report, int marked) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Toolkit.standard().writer(DocumentFormat.HTML).orElseThrow().write(report, out);
    Document doc = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    int n = 0;
    for (Element td : doc.select("td[data-cell]")) {
      if (td.text().isBlank() && n < marked) {
        td.text(n % 2 == 0 ? "/" : "／");
        n++;
      }
    }
    assertEquals(marked, n, "the report has enough blank cells");
    return doc.outerHtml();
  }

  /** The valid report with the first {@code count} cells of table 三 blank. */
  private static AnnualReport withBlanks(int count) {
    AnnualReport valid = Fixtures.valid();
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>(valid.cells());
    List<CellAddress> applications =
        new ArrayList<>(valid.spec().table("applications").orElseThrow().cells());
    applications.stream().limit(count).forEach(cells::remove);
    return AnnualReport.copyOf(valid).withCells(cells);
  }

  @Test
  void marksAndBlanksAreCountedApart() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    AnnualReport pageReport = withBlanks(7);
    Files.writeString(in.resolve("a-page.html"), page(pageReport, 5), StandardCharsets.UTF_8);
    Files.write(in.resolve("b-blanks.json"), Fixtures.json(withBlanks(4)));
    int cells = pageReport.spec().cells().size();

    Path summary = dir.resolve("summary.json");
    Path csv = dir.resolve("summary.csv");
    Path audit = dir.resolve("audit.html");
    CliRun run =
        CliRun.run(
            "validate",
            "--no-progress",
            "--quiet",
            "--summary",
            summary.toString(),
            "--report",
            audit.toString(),
            in.toString());
    assertEquals(ExitCodes.ERRORS, run.exitCode(), run.toString());
    JsonNode s = JSON.readTree(summary.toFile()).get("cells");
    assertEquals(2 * cells, s.get("total").asInt(), s.toString());
    assertEquals(5, s.get("marked").asInt(), "the page's five cells printed '/': " + s);
    assertEquals(2 + 4, s.get("blank").asInt(), "two empty on the page, four in the JSON: " + s);
    assertEquals(
        Math.round(10_000.0 * 6 / (2 * cells)) / 10_000.0, s.get("blankShare").asDouble(), 1e-9);
    assertEquals(
        Math.round(10_000.0 * 5 / (2 * cells)) / 10_000.0, s.get("markedShare").asDouble(), 1e-9);

    CliRun.run("validate", "--no-progress", "--quiet", "--summary", csv.toString(), in.toString());
    List<String> rows = Files.readAllLines(csv);
    assertTrue(rows.contains("total,cells," + 2 * cells + ","), rows.toString());
    assertTrue(rows.contains("total,cellsBlank,6,"), rows.toString());
    assertTrue(rows.contains("total,cellsMarked,5,"), rows.toString());

    // The dashboard keeps each report's cells with "/" for a printed mark, "" for an empty cell.
    JsonNode reports =
        JSON.readTree(Jsoup.parse(audit.toFile(), "UTF-8").getElementById("data").data())
            .get("reports");
    Map<String, String[]> cellsBySource = new LinkedHashMap<>();
    for (JsonNode r : reports) {
      cellsBySource.put(
          Path.of(r.get(0).asText()).getFileName().toString(), r.get(12).asText().split(",", -1));
    }
    String[] page = cellsBySource.get("a-page.html");
    assertEquals(cells, page.length);
    assertEquals(5, count(page, "/"));
    assertEquals(2, count(page, ""));
    String[] json = cellsBySource.get("b-blanks.json");
    assertEquals(0, count(json, "/"));
    assertEquals(4, count(json, ""));
  }

  private static long count(String[] values, String value) {
    return java.util.Arrays.stream(values).filter(value::equals).count();
  }
}
