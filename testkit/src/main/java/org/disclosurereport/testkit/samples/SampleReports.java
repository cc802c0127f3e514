package org.disclosurereport.testkit.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OrganKind;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.model.TextBlock;

/**
 * Fixed reports for tests, built in code: one place for every module's tests, so that a sample
 * cannot differ from one test suite to the next.
 *
 * <pre>{@code
 * AnnualReport seed = SampleReports.luoning2020();
 * assertEquals(seed, readBack(write(seed)));
 * }</pre>
 *
 * <p>Golden files pin the canonical JSON and XML of these reports, so changing one is a change
 * of those files too. This class is immutable and thread-safe; each call builds the report anew
 * (reports are immutable, so sharing one would do as well).
 */
public final class SampleReports {
  private SampleReports() {}

  /**
   * Returns the seed report: 洛宁县人民政府, report year 2020, 2019 edition, with the figures it
   * published and a short narrative of our own. It leaves no cell blank; one application, from
   * a natural person, was received and granted; 采购总金额 is {@code 209512.943万元}.
   *
   * @return the report
   */
  public static AnnualReport luoning2020() {
    EditionSpec spec = Edition.V2019.spec();
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
    count(b, Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, 0, 0, 0);
    count(b, Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, 4, 4, 50);
    items(b, Tables.ARTICLE20_ITEM5, Proactive.LICENSING, 227, -27, 33764);
    items(b, Tables.ARTICLE20_ITEM5, Proactive.OTHER_SERVICES, 553, 34, 82513);
    items(b, Tables.ARTICLE20_ITEM6, Proactive.PENALTIES, 2543, 57, 48686);
    items(b, Tables.ARTICLE20_ITEM6, Proactive.ENFORCEMENT, 96, 0, 31);
    b.putCells(
        CellAddress.of(
            Tables.ARTICLE20_ITEM8, Proactive.ADMINISTRATIVE_FEES, Proactive.PREVIOUS_YEAR_ITEMS),
        CellValue.count(31));
    b.putCells(
        CellAddress.of(Tables.ARTICLE20_ITEM8, Proactive.ADMINISTRATIVE_FEES, Proactive.CHANGE),
        CellValue.change(8));
    b.putCells(
        CellAddress.of(
            Tables.ARTICLE20_ITEM9,
            Proactive.CENTRALIZED_PROCUREMENT,
            Proactive.PROCUREMENT_PROJECTS),
        CellValue.count(393));
    b.putCells(
        CellAddress.of(
            Tables.ARTICLE20_ITEM9, Proactive.CENTRALIZED_PROCUREMENT, Proactive.PROCUREMENT_AMOUNT),
        CellValue.amount(new BigDecimal("209512.943"), MoneyUnit.TEN_THOUSAND_YUAN));
    // Sections 三 and 四: every cell 0, except one natural-person application received and granted.
    for (String table : new String[] {Tables.APPLICATIONS, Tables.REVIEW_AND_LITIGATION}) {
      for (CellAddress a : spec.table(table).orElseThrow().cells()) {
        b.putCells(a, CellValue.count(0));
      }
    }
    for (String row :
        new String[] {
          ApplicationRows.NEWLY_RECEIVED, ApplicationRows.GRANTED, ApplicationRows.RESULTS_TOTAL
        }) {
      for (String column : new String[] {Applicants.NATURAL_PERSON, Applicants.TOTAL}) {
        b.putCells(CellAddress.of(Tables.APPLICATIONS, row, column), CellValue.count(1));
      }
    }
    return b.build();
  }

  private static void count(AnnualReport.Builder b, String table, String row, long... values) {
    String[] columns = {Proactive.NEWLY_MADE, Proactive.NEWLY_PUBLISHED, Proactive.TOTAL_PUBLISHED};
    for (int i = 0; i < columns.length; i++) {
      b.putCells(CellAddress.of(table, row, columns[i]), CellValue.count(values[i]));
    }
  }

  private static void items(
      AnnualReport.Builder b, String table, String row, long previous, long change, long decisions) {
    b.putCells(CellAddress.of(table, row, Proactive.PREVIOUS_YEAR_ITEMS), CellValue.count(previous));
    b.putCells(CellAddress.of(table, row, Proactive.CHANGE), CellValue.change(change));
    b.putCells(CellAddress.of(table, row, Proactive.DECISIONS), CellValue.count(decisions));
  }
}
