package org.disclosurereport.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosurereport.document.ReadResult;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.layout.PublishedReportReader;
import org.disclosurereport.model.AnnualReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class GovernmentPageTest {
  private final AnnualReport report = Fixture.get().report();
  private final String page = GovernmentPage.of(report);

  @Test
  void thePageGivesTheReportBack() {
    ReadResult read = PublishedReportReader.create().readHtml(page);
    AnnualReport back = read.report().orElseThrow(() -> new AssertionError(read.findings()));
    assertEquals(report.cells(), back.cells());
    assertEquals(
        report.metadata().organName().orElseThrow(), back.metadata().organName().orElseThrow());
    assertEquals(
        report.metadata().reportYear().getAsInt(), back.metadata().reportYear().getAsInt());
    assertEquals(report.general(), back.general());
    assertFalse(
        read.hasErrors(),
        () -> read.findings().stream().map(Finding::messageEn).toList().toString());
  }

  @Test
  void thePageIsAWholePortalPageExportedFromAWordProcessor() {
    Document doc = Jsoup.parse(page);
    assertTrue(doc.select("#header .nav a").size() > 40);
    assertEquals(1, doc.select("table.xxgk_table").size());
    assertTrue(doc.select("article td span[style]").size() >= report.cells().size());
    assertTrue(doc.select("script").size() >= 2);
    assertTrue(page.length() > 100_000, "characters: " + page.length());
  }
}
