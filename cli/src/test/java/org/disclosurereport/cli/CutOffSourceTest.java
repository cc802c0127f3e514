package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Keys;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.layout.PublishedReportReader;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.ReportValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real report cut off inside section 三 (its tables as published, after the second figure of the
 * carried-over row): the cells it never printed are unseen, not blank, and never zero.
 */
class CutOffSourceTest {
  private static final String CUT = "cut/wendeng-2019-cut.txt";

  @TempDir Path dir;

  private Path copy() throws Exception {
    Path file = dir.resolve("cut.txt");
    try (InputStream in = CutOffSourceTest.class.getResourceAsStream(CUT)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void theReaderNamesTheCellsNeverPrinted() throws Exception {
    ReadResult read = PublishedReportReader.create().read(copy());
    assertTrue(read.ruleIds().contains("DR-L016"), read::toString);
    CellAddress printed = read.provenance().keySet().iterator().next();
    assertFalse(read.unseenCells().contains(printed));
    // Row 二 of the applications table printed its first two figures only, then the text ends.
    List<CellAddress> carried =
        read.edition().orElseThrow().spec().cells().stream()
            .filter(a -> a.table().equals(Keys.Tables.APPLICATIONS))
            .filter(a -> a.row().equals(Keys.ApplicationRows.CARRIED_OVER))
            .toList();
    assertEquals(2, carried.stream().filter(a -> !read.unseenCells().contains(a)).count());
    assertTrue(read.unseenCells().containsAll(carried.subList(2, carried.size())));
  }

  @Test
  void underBlankZeroNoSumFailsOnCellsNeverPrinted() throws Exception {
    Path file = copy();
    ReadResult read = PublishedReportReader.create().read(file);
    // The control: counted as zero, the cells never printed break the sums of section 三.
    List<Finding> asZero =
        ReportValidator.builder()
            .blankPolicy(BlankPolicy.BLANK_AS_ZERO)
            .build()
            .validate(read.report().orElseThrow())
            .findings();
    List<String> brokenByZero = errorsOn(asZero, read).stream().map(Finding::ruleId).toList();
    assertFalse(brokenByZero.isEmpty(), asZero::toString);

    CliRun run = CliRun.run("validate", file.toString(), "--blank", "zero", "--output", "json");
    JsonNode outcome = new ObjectMapper().readTree(run.out());
    JsonNode report = outcome.isArray() ? outcome.get(0) : outcome;
    List<String> errors = new ArrayList<>();
    List<String> unseenNamed = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      if (f.get("severity").asText().equals("ERROR")) {
        errors.add(f.get("ruleId").asText());
      }
      String at = f.path("location").path("jsonPointer").asText("");
      for (CellAddress a : read.unseenCells()) {
        if (at.equals(JsonPointer.ofCell(a).toString())) {
          unseenNamed.add(f.get("ruleId").asText() + " " + at);
        }
      }
    }
    assertEquals(List.of(), errors.stream().filter(brokenByZero::contains).toList(), run.out());
    assertEquals(List.of(), unseenNamed, run.out());
    // Table 四 was never printed: it is not reported as a table left blank either.
    assertFalse(run.out().contains("DR-V203"), run.out());
    assertTrue(run.out().contains("DR-L016"), run.out());
  }

  private static List<Finding> errorsOn(List<Finding> findings, ReadResult read) {
    return findings.stream()
        .filter(Finding::isError)
        .filter(f -> f.involvedCells().stream().anyMatch(read.unseenCells()::contains))
        .toList();
  }
}
