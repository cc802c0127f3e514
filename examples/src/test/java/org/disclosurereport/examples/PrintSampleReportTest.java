package org.disclosurereport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;

class PrintSampleReportTest {
  private final AnnualReport report = SampleReports.luoning2020();

  @Test
  void carriesTheSeedFigures() {
    assertEquals(Edition.V2019, report.edition());
    assertEquals(2020, report.metadata().reportYear().getAsInt());
    assertEquals(198, report.cells().size(), "the seed report left no cell blank");
    assertEquals(
        CellValue.count(50),
        report.cell(
            Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, Proactive.TOTAL_PUBLISHED));
    assertEquals(
        CellValue.change(-27),
        report.cell(Tables.ARTICLE20_ITEM5, Proactive.LICENSING, Proactive.CHANGE));
    assertEquals(
        CellValue.count(82_513),
        report.cell(Tables.ARTICLE20_ITEM5, Proactive.OTHER_SERVICES, Proactive.DECISIONS));
    assertEquals(
        CellValue.count(48_686),
        report.cell(Tables.ARTICLE20_ITEM6, Proactive.PENALTIES, Proactive.DECISIONS));
    assertEquals(
        CellValue.change(8),
        report.cell(Tables.ARTICLE20_ITEM8, Proactive.ADMINISTRATIVE_FEES, Proactive.CHANGE));
    assertEquals(
        CellValue.amount(new BigDecimal("209512.943"), MoneyUnit.TEN_THOUSAND_YUAN),
        report.cell(
            Tables.ARTICLE20_ITEM9,
            Proactive.CENTRALIZED_PROCUREMENT,
            Proactive.PROCUREMENT_AMOUNT));
    assertEquals(CellValue.count(1), report.applications().granted().naturalPerson());
    assertEquals(CellValue.count(1), report.applications().newlyReceived().total());
    assertEquals(CellValue.count(0), report.applications().carriedForward().total());
    assertEquals(CellValue.count(0), report.reviewAndLitigation().suitAfterReview().total());
  }

  /** The example and the tests' shared fixture are one report, so neither can drift. */
  @Test
  void printsTheTablesWithOfficialLabels() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintSampleReport.print(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("行政许可 | 227 | -27 | 33764"), out);
    assertTrue(out.contains("政府集中采购 | 393 | 209512.943万元"), out);
    assertTrue(out.contains("（七）总计 | 1 | 0 | 0 | 0 | 0 | 0 | 1"), out);
    assertTrue(out.contains("三、收到和处理政府信息公开申请情况"), out);
  }
}
