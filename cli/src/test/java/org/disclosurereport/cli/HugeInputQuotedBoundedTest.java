package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.layout.HtmlRenderer;
import org.disclosurereport.layout.PublishedReportReader;
import org.disclosurereport.layout.TextRenderer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportXml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input quoted in a finding is bounded wherever the finding is made: a huge cell read from HTML or
 * text, or a value just under the JSON and XML string limit, appears in a message and in the
 * location's source text by its first few hundred characters and its length, never whole.
 */
class HugeInputQuotedBoundedTest {
  private static final String MARK = "7654321";
  private static final CellAddress CELL =
      CellAddress.of(Tables.APPLICATIONS, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON);

  @TempDir Path dir;

  private static AnnualReport marked() {
    return AnnualReport.builder()
        .from(Fixtures.valid())
        .putCell(CELL, CellValue.count(Long.parseLong(MARK)))
        .build();
  }

  /** A cell of two million characters, "x" then digits, so that it is no number. */
  private static String huge() {
    return "x" + "9".repeat(1_999_999);
  }

  private static void assertBounded(ReadResult read, String lengthNote) {
    assertFalse(read.findings().isEmpty(), "no finding");
    boolean noted = false;
    for (Finding f : read.findings()) {
      for (Locale l : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
        String m = f.message(l);
        assertTrue(m.length() < 1_000, f.ruleId() + " message of " + m.length() + " characters");
        noted |= m.contains(lengthNote);
      }
      f.location()
          .sourceText()
          .ifPresent(t -> assertTrue(t.length() < 400, f.ruleId() + " source of " + t.length()));
    }
    assertTrue(noted, "no message states the length " + lengthNote + ": " + read.findings());
  }

  @Test
  void aHugeCellOfAPageIsQuotedByItsStartAndLength() {
    String html = HtmlRenderer.create().render(marked());
    assertTrue(html.contains(MARK));
    ReadResult read = PublishedReportReader.create().readHtml(html.replace(MARK, huge()));
    assertBounded(read, "(2,000,000 characters)");
  }

  @Test
  void aHugeCellOfATextIsQuotedByItsStartAndLength() {
    String text = TextRenderer.create().render(marked());
    assertTrue(text.contains(MARK));
    ReadResult read = PublishedReportReader.create().readText(text.replace(MARK, huge()));
    assertBounded(read, "(2,000,000 characters)");
  }

  @Test
  void aValueJustUnderTheStringLimitIsQuotedByItsStartAndLength() {
    String value = "x".repeat(130_000);
    String json =
        ReportJson.create()
            .write(marked(), Formatting.COMPACT)
            .replace("\"edition\":\"2021\"", "\"edition\":\"" + value + "\"");
    assertTrue(json.contains(value));
    assertBounded(ReportJson.create().readString(json), "(130,000 characters)");
    String xml =
        ReportXml.create()
            .write(marked(), Formatting.COMPACT)
            .replace("<edition>2021</edition>", "<edition>" + value + "</edition>");
    assertTrue(xml.contains(value));
    assertBounded(ReportXml.create().readString(xml), "(130,000 characters)");
  }

  @Test
  void validateWithJsonOutputStaysSmall() throws IOException {
    Path page = dir.resolve("huge.html");
    Files.writeString(
        page, HtmlRenderer.create().render(marked()).replace(MARK, huge()), StandardCharsets.UTF_8);
    CliRun r = CliRun.run("validate", "--output", "json", page.toString());
    assertFalse(r.out().contains("9".repeat(1_000)), "the cell is quoted whole");
    assertTrue(r.out().length() < 50_000, "output of " + r.out().length() + " characters");
    assertTrue(r.out().contains("2,000,000 characters"), r.out());
  }
}
