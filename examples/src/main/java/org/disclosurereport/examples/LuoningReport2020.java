package org.disclosurereport.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OrganKind;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.model.TextBlock;

/**
 * The sample report: 洛宁县人民政府's report for 2020, in the 2019 edition, with the figures it
 * published. The narrative text is a short summary written for this sample.
 *
 * <p>It shows how a report is built: metadata, texts, and one {@code putCells} per reported cell.
 * Zeros are reported as zeros; the report left no cell blank.
 *
 * <p>The same report is the testkit's {@code SampleReports.luoning2020()}, the fixture every
 * module's tests share; this module's tests check that the two are equal.
 */
public final class LuoningReport2020 {
  private LuoningReport2020() {}

  /**
   * Builds the report.
   *
   * @return the report
   */
  public static AnnualReport build() {
    AnnualReport.Builder b =
        AnnualReport.builder()
            .metadata(
                ReportMetadata.builder()
                    .organName("洛宁县人民政府")
                    .edition(Edition.V2019)
                    .reportYear(2020)
                    .title("洛宁县人民政府2020年政府信息公开工作年度报告")
                    .organLevel(OrganLevel.COUNTY)
                    .organKind(OrganKind.PEOPLES_GOVERNMENT)
                    .publicationDate(LocalDate.of(2021, 1, 29))
                    .build())
            .general(
                Narrative.builder()
                    .addBlocks(TextBlock.of("（一）主动公开", "本年度按时公开各类政府信息。"))
                    .addBlocks(TextBlock.of("（二）依申请公开", "本年度收到一件申请，已按期答复。"))
                    .build())
            .problems(Narrative.of("公开内容的及时性仍需提高，下一年度将加强培训。"))
            .otherMatters(OtherMatters.builder().narrative(Narrative.of("无。")).build());

    // 二、主动公开政府信息情况
    count(b, Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, 0, 0, 0);
    count(b, Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, 4, 4, 50);
    items(b, Tables.ARTICLE20_ITEM5, Proactive.LICENSING, 227, -27, 33_764L);
    items(b, Tables.ARTICLE20_ITEM5, Proactive.OTHER_SERVICES, 553, 34, 82_513L);
    items(b, Tables.ARTICLE20_ITEM6, Proactive.PENALTIES, 2_543, 57, 48_686L);
    items(b, Tables.ARTICLE20_ITEM6, Proactive.ENFORCEMENT, 96, 0, 31L);
    items(b, Tables.ARTICLE20_ITEM8, Proactive.ADMINISTRATIVE_FEES, 31, 8, null);
    b.putCells(
        CellAddress.of(Tables.ARTICLE20_ITEM9, Proactive.CENTRALIZED_PROCUREMENT, Proactive.PROCUREMENT_PROJECTS),
        CellValue.count(393));
    // The report's column label read 采购总金额（单位：万元）.
    b.putCells(
        CellAddress.of(Tables.ARTICLE20_ITEM9, Proactive.CENTRALIZED_PROCUREMENT, Proactive.PROCUREMENT_AMOUNT),
        CellValue.amount(new BigDecimal("209512.943"), MoneyUnit.TEN_THOUSAND_YUAN));

    // 三、收到和处理政府信息公开申请情况: one application from a natural person, granted.
    TableSpec applications = Edition.V2019.spec().table(Tables.APPLICATIONS).orElseThrow();
    for (CellAddress cell : applications.cells()) {
      b.putCells(cell, CellValue.count(0));
    }
    for (String row :
        new String[] {ApplicationRows.NEWLY_RECEIVED, ApplicationRows.GRANTED, ApplicationRows.RESULTS_TOTAL}) {
      b.putCells(CellAddress.of(Tables.APPLICATIONS, row, Applicants.NATURAL_PERSON), CellValue.count(1));
      b.putCells(CellAddress.of(Tables.APPLICATIONS, row, Applicants.TOTAL), CellValue.count(1));
    }

    // 四、政府信息公开行政复议、行政诉讼情况: no cases.
    for (CellAddress cell :
        Edition.V2019.spec().table(Tables.REVIEW_AND_LITIGATION).orElseThrow().cells()) {
      b.putCells(cell, CellValue.count(0));
    }
    return b.build();
  }

  private static void count(AnnualReport.Builder b, String table, String row, long... values) {
    TableSpec spec = Edition.V2019.spec().table(table).orElseThrow();
    for (int i = 0; i < values.length; i++) {
      b.putCells(
          CellAddress.of(table, row, spec.columnLeaves().get(i).key()), CellValue.count(values[i]));
    }
  }

  private static void items(
      AnnualReport.Builder b, String table, String row, long previous, long change, Long decisions) {
    b.putCells(CellAddress.of(table, row, Proactive.PREVIOUS_YEAR_ITEMS), CellValue.count(previous));
    b.putCells(CellAddress.of(table, row, Proactive.CHANGE), CellValue.change(change));
    if (decisions != null) {
      b.putCells(CellAddress.of(table, row, Proactive.DECISIONS), CellValue.count(decisions));
    }
  }
}
