package org.disclosurereport.validation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.ReviewAndLitigation;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.InformationProcessingFees;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OrganKind;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;

/**
 * Reports for tests: the seed report (洛宁县人民政府, report year 2020, edition 2019) with its published
 * figures, consistent reports of each edition with non-trivial figures, and helpers that change one
 * cell. Narratives are short texts of our own.
 */
public final class TestReports {
  /** The organ of the seed report. */
  public static final String LUONING = "洛宁县人民政府";

  private TestReports() {}

  /**
   * Returns the seed report as published: 洛宁县人民政府, 2020, edition 2019.
   *
   * @return the report
   */
  public static AnnualReport luoning2020() {
    EditionSpec spec = Edition.V2019.spec();
    Map<CellAddress, CellValue> cells = zeros(spec);
    put(cells, Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, Proactive.NEWLY_MADE, 4);
    put(cells, Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, Proactive.NEWLY_PUBLISHED, 4);
    put(
        cells,
        Tables.ARTICLE20_ITEM1,
        Proactive.NORMATIVE_DOCUMENTS,
        Proactive.TOTAL_PUBLISHED,
        50);
    items(cells, Tables.ARTICLE20_ITEM5, Proactive.LICENSING, 227, -27, 33764);
    items(cells, Tables.ARTICLE20_ITEM5, Proactive.OTHER_SERVICES, 553, 34, 82513);
    items(cells, Tables.ARTICLE20_ITEM6, Proactive.PENALTIES, 2543, 57, 48686);
    items(cells, Tables.ARTICLE20_ITEM6, Proactive.ENFORCEMENT, 96, 0, 31);
    put(
        cells,
        Tables.ARTICLE20_ITEM8,
        Proactive.ADMINISTRATIVE_FEES,
        Proactive.PREVIOUS_YEAR_ITEMS,
        31);
    cells.put(
        CellAddress.of(Tables.ARTICLE20_ITEM8, Proactive.ADMINISTRATIVE_FEES, Proactive.CHANGE),
        CellValue.change(8));
    put(
        cells,
        Tables.ARTICLE20_ITEM9,
        Proactive.CENTRALIZED_PROCUREMENT,
        Proactive.PROCUREMENT_PROJECTS,
        393);
    cells.put(
        CellAddress.of(
            Tables.ARTICLE20_ITEM9,
            Proactive.CENTRALIZED_PROCUREMENT,
            Proactive.PROCUREMENT_AMOUNT),
        CellValue.amount(new BigDecimal("209512.943"), MoneyUnit.TEN_THOUSAND_YUAN));
    for (String row :
        List.of(
            ApplicationRows.NEWLY_RECEIVED,
            ApplicationRows.GRANTED,
            ApplicationRows.RESULTS_TOTAL)) {
      put(cells, Tables.APPLICATIONS, row, Applicants.NATURAL_PERSON, 1);
      put(cells, Tables.APPLICATIONS, row, Applicants.TOTAL, 1);
    }
    return AnnualReport.builder()
        .metadata(
            ReportMetadata.builder()
                .organName(LUONING)
                .edition(Edition.V2019)
                .reportYear(2020)
                .title(LUONING + "2020年政府信息公开工作年度报告")
                .organKind(OrganKind.PEOPLES_GOVERNMENT)
                .organLevel(OrganLevel.COUNTY)
                .build())
        .general(Narrative.of("本年度政府信息公开工作按计划推进，主动公开、依申请公开和平台建设均有进展。"))
        .problems(Narrative.of("信息发布审核仍需加强；下一步将完善审核流程并加强培训。"))
        .otherMatters(OtherMatters.builder().narrative(Narrative.of("无")).build())
        .cells(cells)
        .build();
  }

  /**
   * Returns the seed report as if it had printed 20 in （七）总计 / 自然人 while its result rows add up to
   * 26 (20 granted, 6 partially granted, all newly received): one wrong total that breaks three
   * sums, the balance of its column, the results total and the total of its row.
   *
   * @return the report
   */
  public static AnnualReport wrongResultsTotal() {
    Map<CellAddress, CellValue> cells = naturalPersonResults(20, 6);
    put(cells, Tables.APPLICATIONS, ApplicationRows.RESULTS_TOTAL, Applicants.NATURAL_PERSON, 20);
    return luoning2020().withCells(cells);
  }

  /**
   * Returns the seed report as if one application by a natural person had been entered under
   * （一）予以公开 instead of （二）部分公开: 3 granted where 2 is right and 0 partially granted where 1 is
   * right, while the rows' 总计 are printed as if correct (2 and 1). The 自然人 column still adds up;
   * the totals of both rows do not, and correcting either row alone would break the column.
   *
   * @return the report
   */
  public static AnnualReport movedApplication() {
    Map<CellAddress, CellValue> cells = naturalPersonResults(2, 1);
    put(cells, Tables.APPLICATIONS, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON, 3);
    put(
        cells,
        Tables.APPLICATIONS,
        ApplicationRows.PARTIALLY_GRANTED,
        Applicants.NATURAL_PERSON,
        0);
    return luoning2020().withCells(cells);
  }

  /**
   * The seed report's cells with section 三 consistent for applications by natural persons only, all
   * newly received: {@code granted} granted and {@code partiallyGranted} partially granted.
   */
  private static Map<CellAddress, CellValue> naturalPersonResults(
      long granted, long partiallyGranted) {
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>(luoning2020().cells());
    long[] none = new long[6];
    Map<String, long[]> results = new LinkedHashMap<>();
    results.put(ApplicationRows.GRANTED, new long[] {granted, 0, 0, 0, 0, 0});
    results.put(ApplicationRows.PARTIALLY_GRANTED, new long[] {partiallyGranted, 0, 0, 0, 0, 0});
    applications(cells, results, none, none);
    return cells;
  }

  /**
   * Returns a consistent report with non-trivial figures in every table: several result rows,
   * applications carried over and forward, review and litigation cases, and for edition 2021 an
   * information-processing fee statement.
   *
   * @param edition the edition
   * @param year the report year
   * @return the report
   */
  public static AnnualReport consistent(Edition edition, int year) {
    EditionSpec spec = edition.spec();
    Map<CellAddress, CellValue> cells = zeros(spec);
    long seed = 3;
    for (CellAddress a : spec.cells()) {
      if (!a.table().equals(Tables.APPLICATIONS)
          && !a.table().equals(Tables.REVIEW_AND_LITIGATION)) {
        seed = (seed * 7 + 5) % 97;
        cells.put(a, value(spec.kind(a), seed));
      }
    }
    if (edition == Edition.V2021) {
      // Documents in force cannot be fewer than those issued this year.
      put(cells, Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, Proactive.IN_FORCE, 120);
      put(cells, Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, Proactive.IN_FORCE, 340);
    }
    // The same figures carried over and forward, so that reports of consecutive years continue.
    long[] carriedOver = {2, 1, 0, 1, 0, 0};
    long[] carriedForward = carriedOver;
    Map<String, long[]> results = new LinkedHashMap<>();
    int i = 0;
    for (AxisNode row : resultRows(spec)) {
      long[] v = new long[6];
      for (int c = 0; c < 6; c++) {
        v[c] = (i * 5L + c * 3L) % 4 == 0 ? i + c + 1 : 0;
      }
      results.put(row.key(), v);
      i++;
    }
    applications(cells, results, carriedOver, carriedForward);
    review(cells, ReviewAndLitigation.REVIEW, 5, 1, 0, 2);
    review(cells, ReviewAndLitigation.DIRECT_SUIT, 3, 0, 1, 1);
    review(cells, ReviewAndLitigation.SUIT_AFTER_REVIEW, 1, 1, 0, 0);
    OtherMatters.Builder other = OtherMatters.builder().narrative(Narrative.of("本年度无其他需要报告的事项。"));
    if (edition == Edition.V2021) {
      other.fees(
          InformationProcessingFees.builder()
              .noticesIssued(CellValue.count(2))
              .amountNotified(CellValue.amount(new BigDecimal("800"), MoneyUnit.YUAN))
              .amountCollected(CellValue.amount(new BigDecimal("380"), MoneyUnit.YUAN))
              .build());
    }
    return AnnualReport.builder()
        .metadata(
            ReportMetadata.builder()
                .organName("示例市人民政府")
                .edition(edition)
                .reportYear(year)
                .title("示例市人民政府" + year + "年政府信息公开工作年度报告")
                .build())
        .general(Narrative.of("本年度围绕主动公开、依申请公开、政府信息管理、平台建设和监督保障开展工作。"))
        .problems(Narrative.of("个别栏目更新不及时；将建立定期检查制度。"))
        .otherMatters(other.build())
        .cells(cells)
        .build();
  }

  /**
   * Returns the result rows of section 三 (every leaf under 三、本年度办理结果 except （七）总计).
   *
   * @param spec the edition
   * @return the rows in printed order
   */
  public static List<AxisNode> resultRows(EditionSpec spec) {
    return spec
        .table(Tables.APPLICATIONS)
        .orElseThrow()
        .row(ApplicationRows.RESULTS)
        .orElseThrow()
        .leaves()
        .stream()
        .filter(n -> !n.key().equals(ApplicationRows.RESULTS_TOTAL))
        .toList();
  }

  /**
   * Fills section 三 so that every sum holds: the results total is the sum of the result rows, newly
   * received is what balances the columns, and 总计 is the sum of the six applicant columns.
   *
   * @param cells the cells to fill
   * @param results the six applicant counts of each result row, by row key
   * @param carriedOver the six counts of 二、上年结转
   * @param carriedForward the six counts of 四、结转下年度继续办理
   */
  public static void applications(
      Map<CellAddress, CellValue> cells,
      Map<String, long[]> results,
      long[] carriedOver,
      long[] carriedForward) {
    long[] total = new long[6];
    results.forEach(
        (row, v) -> {
          applicantRow(cells, row, v);
          for (int c = 0; c < 6; c++) {
            total[c] += v[c];
          }
        });
    long[] newly = new long[6];
    for (int c = 0; c < 6; c++) {
      newly[c] = total[c] + carriedForward[c] - carriedOver[c];
    }
    applicantRow(cells, ApplicationRows.RESULTS_TOTAL, total);
    applicantRow(cells, ApplicationRows.CARRIED_OVER, carriedOver);
    applicantRow(cells, ApplicationRows.CARRIED_FORWARD, carriedForward);
    applicantRow(cells, ApplicationRows.NEWLY_RECEIVED, newly);
  }

  private static void applicantRow(Map<CellAddress, CellValue> cells, String row, long[] v) {
    List<AxisNode> columns =
        Edition.V2021.spec().table(Tables.APPLICATIONS).orElseThrow().columnLeaves();
    long sum = 0;
    for (int c = 0; c < 6; c++) {
      put(cells, Tables.APPLICATIONS, row, columns.get(c).key(), v[c]);
      sum += v[c];
    }
    put(cells, Tables.APPLICATIONS, row, Applicants.TOTAL, sum);
  }

  private static void review(
      Map<CellAddress, CellValue> cells,
      String group,
      long upheld,
      long corrected,
      long other,
      long pending) {
    String row = ReviewAndLitigation.CASES;
    String t = Tables.REVIEW_AND_LITIGATION;
    put(cells, t, row, ReviewAndLitigation.column(group, ReviewAndLitigation.UPHELD), upheld);
    put(cells, t, row, ReviewAndLitigation.column(group, ReviewAndLitigation.CORRECTED), corrected);
    put(cells, t, row, ReviewAndLitigation.column(group, ReviewAndLitigation.OTHER_OUTCOME), other);
    put(cells, t, row, ReviewAndLitigation.column(group, ReviewAndLitigation.PENDING), pending);
    put(
        cells,
        t,
        row,
        ReviewAndLitigation.column(group, ReviewAndLitigation.TOTAL),
        upheld + corrected + other + pending);
  }

  /**
   * Returns a copy of a report with one cell changed.
   *
   * @param report the report
   * @param address the cell
   * @param value the new value, {@link CellValue#blank()} to blank it
   * @return the copy
   */
  public static AnnualReport with(AnnualReport report, CellAddress address, CellValue value) {
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>(report.cells());
    cells.put(address, value);
    return report.withCells(cells);
  }

  /**
   * Returns a copy of a report with one count cell changed.
   *
   * @param report the report
   * @param table the table key
   * @param row the row key
   * @param column the column key
   * @param count the new count
   * @return the copy
   */
  public static AnnualReport withCount(
      AnnualReport report, String table, String row, String column, long count) {
    return with(report, CellAddress.of(table, row, column), CellValue.count(count));
  }

  /**
   * Returns a copy of a report with one cell blank.
   *
   * @param report the report
   * @param address the cell
   * @return the copy
   */
  public static AnnualReport withBlank(AnnualReport report, CellAddress address) {
    return with(report, address, CellValue.blank());
  }

  private static Map<CellAddress, CellValue> zeros(EditionSpec spec) {
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>();
    for (CellAddress a : spec.cells()) {
      cells.put(a, value(spec.kind(a), 0));
    }
    return cells;
  }

  private static CellValue value(CellKind kind, long n) {
    return switch (kind) {
      case COUNT -> CellValue.count(n);
      case CHANGE -> CellValue.change(n % 2 == 0 ? n : -n);
      case AMOUNT -> CellValue.amount(BigDecimal.valueOf(n, 1), MoneyUnit.TEN_THOUSAND_YUAN);
    };
  }

  private static void items(
      Map<CellAddress, CellValue> cells,
      String table,
      String row,
      long items,
      long change,
      long decisions) {
    put(cells, table, row, Proactive.PREVIOUS_YEAR_ITEMS, items);
    cells.put(CellAddress.of(table, row, Proactive.CHANGE), CellValue.change(change));
    put(cells, table, row, Proactive.DECISIONS, decisions);
  }

  private static void put(
      Map<CellAddress, CellValue> cells, String table, String row, String column, long count) {
    cells.put(CellAddress.of(table, row, column), CellValue.count(count));
  }
}
