package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rendered text carries every metadata field in its block of particulars, and the reader
 * prefers them to the title: a title that names no organ, another organ or another year, and the
 * organ's level and kind, all come back exactly, as from a rendered page.
 */
class TextMetadataRoundTripTest {
  private static final PublishedReportReader READER = PublishedReportReader.create();

  @ParameterizedTest
  @EnumSource(Edition.class)
  void everyMetadataFieldComesBackWhateverTheTitleSays(Edition edition) {
    qt().withExamples(60)
        .forAll(HtmlMetadataRoundTripTest.reports(edition))
        .checkAssert(
            report -> {
              ReadResult read = READER.readText(TextRenderer.create().render(report));
              List<Finding> problems =
                  read.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
              assertTrue(problems.isEmpty(), () -> "findings: " + problems);
              assertEquals(report.metadata(), read.report().orElseThrow().metadata());
              assertEquals(report, read.report().orElseThrow());
            });
  }

  private static AnnualReport titled(String title) {
    AnnualReport luoning = SampleReports.luoning2020();
    return AnnualReport.copyOf(luoning)
        .withMetadata(ReportMetadata.copyOf(luoning.metadata()).withTitle(title));
  }

  @Test
  void aTitleWithoutTheOrganLosesNothing() {
    AnnualReport report = titled("2020年政府信息公开工作年度报告");
    AnnualReport back =
        READER.readText(TextRenderer.create().render(report)).report().orElseThrow();
    assertEquals("洛宁县人民政府", back.metadata().organName().orElseThrow());
    assertEquals(2020, back.metadata().reportYear().getAsInt());
    assertEquals(report, back);
  }

  @Test
  void aTitleNamingAnotherFormOfTheOrganDoesNotRenameIt() {
    AnnualReport report = titled("洛宁县政府2020年政府信息公开工作年度报告");
    AnnualReport back =
        READER.readText(TextRenderer.create().render(report)).report().orElseThrow();
    assertEquals("洛宁县人民政府", back.metadata().organName().orElseThrow());
    assertEquals(report, back);
  }

  @Test
  void aTitleSayingAnotherYearDoesNotChangeTheYear() {
    AnnualReport report = titled("洛宁县人民政府2019年政府信息公开工作年度报告");
    AnnualReport back =
        READER.readText(TextRenderer.create().render(report)).report().orElseThrow();
    assertEquals(2020, back.metadata().reportYear().getAsInt());
    assertEquals(Optional.of("洛宁县人民政府2019年政府信息公开工作年度报告"), back.metadata().title());
    assertEquals(report, back);
  }

  @Test
  void aTextWithoutTheBlockIsStillReadFromItsTitle() {
    String text = TextRenderer.create().render(SampleReports.luoning2020());
    String withoutBlock =
        String.join(
            "\n",
            text.lines().filter(l -> !l.startsWith("机关名称：") && !l.startsWith("格式版本：")).toList());
    AnnualReport back = READER.readText(withoutBlock).report().orElseThrow();
    assertEquals("洛宁县人民政府", back.metadata().organName().orElseThrow());
    assertEquals(2020, back.metadata().reportYear().getAsInt());
  }
}
