package org.disclosurereport.layout;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.model.SupplementaryRow;
import org.disclosurereport.model.TextBlock;

/** Small fixed reports for the renderer tests, one per edition. */
final class SampleReports {
  private SampleReports() {}

  static AnnualReport of(Edition edition) {
    AnnualReport.Builder b =
        AnnualReport.builder()
            .metadata(
                ReportMetadata.builder()
                    .organName("某县人民政府")
                    .edition(edition)
                    .reportYear(edition == Edition.V2019 ? 2020 : 2022)
                    .indexNumber("014416330/2023-00012")
                    .publicationDate(LocalDate.of(2023, 1, 20))
                    .build())
            .general(
                Narrative.builder()
                    .addBlocks(TextBlock.of(null, "本县推进政府信息公开。"))
                    .addBlocks(TextBlock.of("（一）主动公开", "通过网站公开信息。\n及时回应关切。"))
                    .build())
            .problems(Narrative.of("审核流程仍需规范。"))
            .otherMatters(OtherMatters.builder().narrative(Narrative.of("无")).build());
    for (CellAddress a : edition.spec().table(Tables.APPLICATIONS).orElseThrow().cells()) {
      b.putCells(a, CellValue.count(0));
    }
    b.putCells(
        CellAddress.of(Tables.APPLICATIONS, ApplicationRows.NEWLY_RECEIVED, Applicants.NATURAL_PERSON),
        CellValue.count(12));
    b.putCells(
        CellAddress.of(Tables.APPLICATIONS, ApplicationRows.CARRIED_OVER, Applicants.TOTAL),
        CellValue.blank());
    b.putCells(
        CellAddress.of(Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, edition == Edition.V2019 ? Proactive.NEWLY_MADE : Proactive.ISSUED),
        CellValue.count(3));
    if (edition == Edition.V2019) {
      b.putCells(
          CellAddress.of(Tables.ARTICLE20_ITEM5, Proactive.LICENSING, Proactive.CHANGE),
          CellValue.change(-27));
      b.putCells(
          CellAddress.of(Tables.ARTICLE20_ITEM9, Proactive.CENTRALIZED_PROCUREMENT, Proactive.PROCUREMENT_AMOUNT),
          CellValue.amount(new BigDecimal("160.5964"), MoneyUnit.TEN_THOUSAND_YUAN));
      b.addSupplementaryRows(
          SupplementaryRow.builder()
              .table(Tables.ARTICLE20_ITEM1)
              .label("其他主动公开文件")
              .putValues(Proactive.NEWLY_MADE, "186")
              .build());
    } else {
      b.putCells(
          CellAddress.of(Tables.ARTICLE20_ITEM8, Proactive.ADMINISTRATIVE_FEES, Proactive.FEE_AMOUNT),
          CellValue.amount(new BigDecimal("12.50"), MoneyUnit.TEN_THOUSAND_YUAN));
    }
    b.putCells(
        CellAddress.of(Tables.REVIEW_AND_LITIGATION, "cases", "reviewUpheld"), CellValue.count(2));
    return b.build();
  }
}
