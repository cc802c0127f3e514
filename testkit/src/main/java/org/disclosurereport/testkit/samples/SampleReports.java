package org.disclosurereport.testkit.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Keys.Applicants;
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
import org.disclosurereport.model.SupplementaryRow;
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
 * <p>Golden files pin the canonical JSON and XML of these reports, so changing one is a change of
 * those files too. This class is immutable and thread-safe; each call builds the report anew
 * (reports are immutable, so sharing one would do as well).
 */
public final class SampleReports {
  private static final EditionSpec DISTRICT = Edition.V2021.spec();

  private SampleReports() {}

  /**
   * Returns the seed report: 洛宁县人民政府, report year 2020, 2019 edition, with the figures it published
   * and a short narrative of our own. It leaves no cell blank; one application, from a natural
   * person, was received and granted; 采购总金额 is {@code 209512.943万元}.
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
    b.putCell(
        CellAddress.of(
            Tables.ARTICLE20_ITEM8, Proactive.ADMINISTRATIVE_FEES, Proactive.PREVIOUS_YEAR_ITEMS),
        CellValue.count(31));
    b.putCell(
        CellAddress.of(Tables.ARTICLE20_ITEM8, Proactive.ADMINISTRATIVE_FEES, Proactive.CHANGE),
        CellValue.change(8));
    b.putCell(
        CellAddress.of(
            Tables.ARTICLE20_ITEM9,
            Proactive.CENTRALIZED_PROCUREMENT,
            Proactive.PROCUREMENT_PROJECTS),
        CellValue.count(393));
    b.putCell(
        CellAddress.of(
            Tables.ARTICLE20_ITEM9,
            Proactive.CENTRALIZED_PROCUREMENT,
            Proactive.PROCUREMENT_AMOUNT),
        CellValue.amount(new BigDecimal("209512.943"), MoneyUnit.TEN_THOUSAND_YUAN));
    // Sections 三 and 四: every cell 0, except one natural-person application received and granted.
    for (String table : new String[] {Tables.APPLICATIONS, Tables.REVIEW_AND_LITIGATION}) {
      for (CellAddress a : spec.table(table).orElseThrow().cells()) {
        b.putCell(a, CellValue.count(0));
      }
    }
    for (String row :
        new String[] {
          ApplicationRows.NEWLY_RECEIVED, ApplicationRows.GRANTED, ApplicationRows.RESULTS_TOTAL
        }) {
      for (String column : new String[] {Applicants.NATURAL_PERSON, Applicants.TOTAL}) {
        b.putCell(CellAddress.of(Tables.APPLICATIONS, row, column), CellValue.count(1));
      }
    }
    return b.build();
  }

  private static void count(AnnualReport.Builder b, String table, String row, long... values) {
    String[] columns = {Proactive.NEWLY_MADE, Proactive.NEWLY_PUBLISHED, Proactive.TOTAL_PUBLISHED};
    for (int i = 0; i < columns.length; i++) {
      b.putCell(CellAddress.of(table, row, columns[i]), CellValue.count(values[i]));
    }
  }

  private static void items(
      AnnualReport.Builder b,
      String table,
      String row,
      long previous,
      long change,
      long decisions) {
    b.putCell(CellAddress.of(table, row, Proactive.PREVIOUS_YEAR_ITEMS), CellValue.count(previous));
    b.putCell(CellAddress.of(table, row, Proactive.CHANGE), CellValue.change(change));
    b.putCell(CellAddress.of(table, row, Proactive.DECISIONS), CellValue.count(decisions));
  }

  /**
   * Returns a sample in the 2021 edition: the 2024 report of a made-up district bureau ({@code
   * 示例区住房和建设局}) whose section 二 and first rows of section 三 follow a published district report and
   * whose other figures are chosen so that every sum holds; its text is our own. Unlike the seed it
   * has a full applications matrix, cases of review and litigation, and a fee statement (no
   * notices, nothing collected). It leaves no cell blank and has no finding.
   *
   * @return the report
   */
  public static AnnualReport exampleDistrict2024() {
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
                    .addBlocks(
                        TextBlock.of(null, "本报告的统计期限为2024年1月1日至12月31日。本局全年围绕住房保障和城市建设推进政府信息公开。"))
                    .addBlocks(TextBlock.of("（一）主动公开", "及时发布保障性住房、建筑市场监管和工程建设项目信息，全年制发行政规范性文件5件。"))
                    .addBlocks(TextBlock.of("（二）依申请公开", "全年新收政府信息公开申请66件，均在法定期限内答复。"))
                    .addBlocks(TextBlock.of("（三）政府信息管理", "落实公开前保密审查，动态更新政府信息公开目录。"))
                    .addBlocks(TextBlock.of("（四）政府信息公开平台建设", "以政府门户网站为第一平台，同步更新政务新媒体。"))
                    .addBlocks(TextBlock.of("（五）监督保障", "将政府信息公开纳入年度工作考核，开展业务培训两次。"))
                    .build())
            .problems(Narrative.of("部分栏目更新不够及时，依申请公开答复的说理还需加强。下一步将建立栏目更新提醒机制，并组织答复文书的交叉审核。"))
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
    districtRow(b, Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, 0, 0, 0);
    districtRow(b, Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, 5, 1, 25);
    districtRow(b, Tables.ARTICLE20_ITEM5, Proactive.LICENSING, 0);
    districtRow(b, Tables.ARTICLE20_ITEM6, Proactive.PENALTIES, 0);
    districtRow(b, Tables.ARTICLE20_ITEM6, Proactive.ENFORCEMENT, 0);
    b.putCell(
        CellAddress.of(Tables.ARTICLE20_ITEM8, Proactive.ADMINISTRATIVE_FEES, Proactive.FEE_AMOUNT),
        CellValue.amount(BigDecimal.ZERO, MoneyUnit.TEN_THOUSAND_YUAN));

    // 三、收到和处理政府信息公开申请情况. Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
    TableSpec applications = DISTRICT.table(Tables.APPLICATIONS).orElseThrow();
    for (CellAddress cell : applications.cells()) {
      b.putCell(cell, CellValue.count(0));
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
  private static void districtRow(
      AnnualReport.Builder b, String table, String row, long... values) {
    TableSpec spec = DISTRICT.table(table).orElseThrow();
    for (int i = 0; i < values.length; i++) {
      b.putCell(
          CellAddress.of(table, row, spec.columnLeaves().get(i).key()), CellValue.count(values[i]));
    }
  }

  private static void applications(AnnualReport.Builder b, String row, long... values) {
    districtRow(b, Tables.APPLICATIONS, row, values);
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
      b.putCell(
          CellAddress.of(
              Tables.REVIEW_AND_LITIGATION,
              ReviewAndLitigation.CASES,
              ReviewAndLitigation.column(group, outcomes[i])),
          CellValue.count(values[i]));
    }
  }

  /**
   * Returns a small report of an edition with one of each thing a renderer or reader must handle: a
   * narrative with headed blocks, zeros, a blank total, a count, for 2019 a change, an amount in 万元
   * and a supplementary row, for 2021 a fee amount. The figures do not add up; the report is about
   * shapes, not sums.
   *
   * @param edition the edition
   * @return the report, the same for the same edition
   */
  public static AnnualReport compact(Edition edition) {
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
      b.putCell(a, CellValue.count(0));
    }
    b.putCell(
        CellAddress.of(
            Tables.APPLICATIONS, ApplicationRows.NEWLY_RECEIVED, Applicants.NATURAL_PERSON),
        CellValue.count(12));
    b.putCell(
        CellAddress.of(Tables.APPLICATIONS, ApplicationRows.CARRIED_OVER, Applicants.TOTAL),
        CellValue.blank());
    b.putCell(
        CellAddress.of(
            Tables.ARTICLE20_ITEM1,
            Proactive.REGULATIONS,
            edition == Edition.V2019 ? Proactive.NEWLY_MADE : Proactive.ISSUED),
        CellValue.count(3));
    if (edition == Edition.V2019) {
      b.putCell(
          CellAddress.of(Tables.ARTICLE20_ITEM5, Proactive.LICENSING, Proactive.CHANGE),
          CellValue.change(-27));
      b.putCell(
          CellAddress.of(
              Tables.ARTICLE20_ITEM9,
              Proactive.CENTRALIZED_PROCUREMENT,
              Proactive.PROCUREMENT_AMOUNT),
          CellValue.amount(new BigDecimal("160.5964"), MoneyUnit.TEN_THOUSAND_YUAN));
      b.addSupplementaryRows(
          SupplementaryRow.builder()
              .table(Tables.ARTICLE20_ITEM1)
              .label("其他主动公开文件")
              .putValues(Proactive.NEWLY_MADE, "186")
              .build());
    } else {
      b.putCell(
          CellAddress.of(
              Tables.ARTICLE20_ITEM8, Proactive.ADMINISTRATIVE_FEES, Proactive.FEE_AMOUNT),
          CellValue.amount(new BigDecimal("12.50"), MoneyUnit.TEN_THOUSAND_YUAN));
    }
    b.putCell(
        CellAddress.of(Tables.REVIEW_AND_LITIGATION, "cases", "reviewUpheld"), CellValue.count(2));
    return b.build();
  }
}
