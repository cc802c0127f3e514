package org.disclosurereport.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.ReviewAndLitigation;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.InformationProcessingFees;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OrganKind;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.model.TextBlock;

/**
 * A sample report in the 2021 edition: the 2024 report of a district bureau. The organ is made
 * up ({@code 示例区}, "example district"); the figures of section 二 and the first rows of section
 * 三 follow a district department's published 2024 report, the rest are chosen so that every sum
 * of the format holds; the text is written for this sample.
 *
 * <p>Next to {@link LuoningReport2020} (the 2019 edition, a people's government, one
 * application) it shows a department with a full applications matrix, cases of review and
 * litigation, and the information-processing fees that the 2021 edition asks for in section 六.
 *
 * <p>The same report is the testkit's {@code SampleReports.exampleDistrict2024()}, the fixture
 * every module's tests share; this module's tests check that the two are equal.
 */
public final class ExampleDistrictReport2024 {
  private static final EditionSpec SPEC = Edition.V2021.spec();

  private ExampleDistrictReport2024() {}

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
                    .organName("示例区住房和建设局")
                    .edition(Edition.V2021)
                    .reportYear(2024)
                    .title("示例区住房和建设局2024年政府信息公开工作年度报告")
                    .organLevel(OrganLevel.COUNTY)
                    .organKind(OrganKind.GOVERNMENT_DEPARTMENT)
                    .publicationDate(LocalDate.of(2025, 1, 20))
                    .build())
            .general(
                Narrative.builder()
                    .addBlocks(TextBlock.of(null, "本报告的统计期限为2024年1月1日至12月31日。本局全年围绕住房保障和城市建设推进政府信息公开。"))
                    .addBlocks(TextBlock.of("（一）主动公开", "及时发布保障性住房、建筑市场监管和工程建设项目信息，全年制发行政规范性文件5件。"))
                    .addBlocks(TextBlock.of("（二）依申请公开", "全年新收政府信息公开申请66件，均在法定期限内答复。"))
                    .addBlocks(TextBlock.of("（三）政府信息管理", "落实公开前保密审查，动态更新政府信息公开目录。"))
                    .addBlocks(TextBlock.of("（四）政府信息公开平台建设", "以政府门户网站为第一平台，同步更新政务新媒体。"))
                    .addBlocks(TextBlock.of("（五）监督保障", "将政府信息公开纳入年度工作考核，开展业务培训两次。"))
                    .build())
            .problems(
                Narrative.of("部分栏目更新不够及时，依申请公开答复的说理还需加强。下一步将建立栏目更新提醒机制，并组织答复文书的交叉审核。"))
            .otherMatters(
                OtherMatters.builder()
                    .narrative(Narrative.of("本年度未发出信息处理费收费通知，未收取信息处理费。"))
                    .fees(
                        InformationProcessingFees.builder()
                            .noticesIssued(CellValue.count(0))
                            .amountNotified(CellValue.amount(BigDecimal.ZERO, MoneyUnit.YUAN))
                            .amountCollected(CellValue.amount(BigDecimal.ZERO, MoneyUnit.YUAN))
                            .build())
                    .build());

    // 二、主动公开政府信息情况
    row(b, Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, 0, 0, 0);
    row(b, Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, 5, 1, 25);
    row(b, Tables.ARTICLE20_ITEM5, Proactive.LICENSING, 0);
    row(b, Tables.ARTICLE20_ITEM6, Proactive.PENALTIES, 0);
    row(b, Tables.ARTICLE20_ITEM6, Proactive.ENFORCEMENT, 0);
    b.putCells(
        CellAddress.of(Tables.ARTICLE20_ITEM8, Proactive.ADMINISTRATIVE_FEES, Proactive.FEE_AMOUNT),
        CellValue.amount(BigDecimal.ZERO, MoneyUnit.TEN_THOUSAND_YUAN));

    // 三、收到和处理政府信息公开申请情况. Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
    TableSpec applications = SPEC.table(Tables.APPLICATIONS).orElseThrow();
    for (CellAddress cell : applications.cells()) {
      b.putCells(cell, CellValue.count(0));
    }
    applications(b, ApplicationRows.NEWLY_RECEIVED, 58, 7, 0, 0, 1, 0, 66);
    applications(b, ApplicationRows.CARRIED_OVER, 2, 0, 0, 0, 0, 0, 2);
    applications(b, ApplicationRows.GRANTED, 2, 1, 0, 0, 0, 0, 3);
    applications(b, ApplicationRows.PARTIALLY_GRANTED, 16, 1, 0, 0, 0, 0, 17);
    applications(b, ApplicationRows.WITHHELD_INTERNAL_AFFAIRS, 1, 0, 0, 0, 0, 0, 1);
    applications(b, ApplicationRows.UNABLE_NOT_HELD, 25, 4, 0, 0, 1, 0, 30);
    applications(b, ApplicationRows.UNABLE_NEEDS_CREATION, 3, 0, 0, 0, 0, 0, 3);
    applications(b, ApplicationRows.UNABLE_STILL_UNCLEAR, 1, 0, 0, 0, 0, 0, 1);
    applications(b, ApplicationRows.NOT_PROCESSED_COMPLAINT, 4, 0, 0, 0, 0, 0, 4);
    applications(b, ApplicationRows.NOT_PROCESSED_REPEATED, 2, 1, 0, 0, 0, 0, 3);
    applications(b, ApplicationRows.NOT_PROCESSED_CONFIRMATION, 1, 0, 0, 0, 0, 0, 1);
    applications(b, ApplicationRows.OTHER_NOT_CORRECTED, 1, 0, 0, 0, 0, 0, 1);
    applications(b, ApplicationRows.OTHER_OTHER, 1, 0, 0, 0, 0, 0, 1);
    applications(b, ApplicationRows.RESULTS_TOTAL, 57, 7, 0, 0, 1, 0, 65);
    applications(b, ApplicationRows.CARRIED_FORWARD, 3, 0, 0, 0, 0, 0, 3);

    // 四、政府信息公开行政复议、行政诉讼情况: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 per group.
    cases(b, ReviewAndLitigation.REVIEW, 2, 1, 0, 0, 3);
    cases(b, ReviewAndLitigation.DIRECT_SUIT, 1, 0, 0, 1, 2);
    cases(b, ReviewAndLitigation.SUIT_AFTER_REVIEW, 1, 0, 0, 0, 1);
    return b.build();
  }

  /** Puts counts into a row of a section 二 table, column by column in printed order. */
  private static void row(AnnualReport.Builder b, String table, String row, long... values) {
    TableSpec spec = SPEC.table(table).orElseThrow();
    for (int i = 0; i < values.length; i++) {
      b.putCells(CellAddress.of(table, row, spec.columnLeaves().get(i).key()), CellValue.count(values[i]));
    }
  }

  private static void applications(AnnualReport.Builder b, String row, long... values) {
    row(b, Tables.APPLICATIONS, row, values);
  }

  private static void cases(AnnualReport.Builder b, String group, long... values) {
    String[] outcomes = {
      ReviewAndLitigation.UPHELD,
      ReviewAndLitigation.CORRECTED,
      ReviewAndLitigation.OTHER_OUTCOME,
      ReviewAndLitigation.PENDING,
      ReviewAndLitigation.TOTAL
    };
    for (int i = 0; i < outcomes.length; i++) {
      b.putCells(
          CellAddress.of(
              Tables.REVIEW_AND_LITIGATION,
              ReviewAndLitigation.CASES,
              ReviewAndLitigation.column(group, outcomes[i])),
          CellValue.count(values[i]));
    }
  }
}
