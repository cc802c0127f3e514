package org.disclosurereport.validation;

import static org.disclosurereport.validation.TestReports.consistent;
import static org.disclosurereport.validation.TestReports.luoning2020;
import static org.disclosurereport.validation.TestReports.withBlank;
import static org.disclosurereport.validation.TestReports.withCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.ReviewAndLitigation;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.finding.CellCorrection;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.Findings;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.finding.RepairHint;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.InformationProcessingFees;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportShapeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ReportValidatorTest {
  private static final ReportValidator LENIENT = ReportValidator.create();
  private static final ReportValidator STRICT =
      ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_IS_ERROR).build();
  private static final String T = Tables.APPLICATIONS;

  // ------------------------------------------------------------------ clean reports

  @Test
  void seedReportIsCleanUnderBothPolicies() {
    assertEquals(List.of(), LENIENT.validate(luoning2020()).findings());
    assertEquals(List.of(), STRICT.validate(luoning2020()).findings());
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void consistentReportOfEachEditionHasNoFindings(Edition edition) {
    AnnualReport report = consistent(edition, edition.firstYear());
    assertEquals(List.of(), STRICT.validate(report).findings());
    assertEquals(List.of(), LENIENT.validate(report).findings());
    assertTrue(LENIENT.validate(report).isValid());
  }

  // ------------------------------------------------------------------ metadata and edition

  @Test
  void blankTitleBreaksRequiredMetadata() {
    AnnualReport report = luoning2020().withMetadata(luoning2020().metadata().withTitle("  "));
    Finding f = single(LENIENT.validate(report));
    assertEquals("DR-V001", f.ruleId());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(FindingLocation.ofPointer(JsonPointer.parse("/metadata/title")), f.location());
  }

  @Test
  void missingOrganNameIsRefusedByTheModelAndReportedByReaders() {
    assertThrows(ReportShapeException.class, () -> luoning2020().metadata().withOrganName(" "));
    Finding f = Findings.missingMetadata("organName");
    assertEquals("DR-V001", f.ruleId());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(FindingLocation.ofPointer(JsonPointer.parse("/metadata/organName")), f.location());
    assertEquals("Required metadata organName is missing or blank.", f.messageEn());
  }

  @Test
  void edition2021ForAnEarlierYearIsAnError() {
    Finding f = single(LENIENT.validate(consistent(Edition.V2021, 2020)));
    assertEquals("DR-V002", f.ruleId());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(FindingLocation.ofPointer(JsonPointer.parse("/edition")), f.location());
    assertTrue(f.messageZh().contains(Edition.V2021.spec().noticeNumber()), f.messageZh());
  }

  @Test
  void edition2019ForLaterYearsIsAWarning() {
    Finding f = single(LENIENT.validate(consistent(Edition.V2019, 2023)));
    assertEquals("DR-V003", f.ruleId());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(FindingLocation.ofPointer(JsonPointer.parse("/edition")), f.location());
    assertTrue(LENIENT.validate(consistent(Edition.V2019, 2023)).isValid());
    assertEquals(List.of(), LENIENT.validate(consistent(Edition.V2019, 2020)).findings());
  }

  // ------------------------------------------------------------------ cells

  @Test
  void negativeCountIsRefusedByTheModelAndReportedByReaders() {
    assertThrows(ReportShapeException.class, () -> CellValue.count(-3));
    EditionSpec spec = Edition.V2019.spec();
    CellAddress a = CellAddress.of(T, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON);
    Finding f = Findings.negativeCount(spec, a, -3);
    assertEquals("DR-V010", f.ruleId());
    assertEquals(FindingLocation.ofCell(spec, a), f.location());
    assertEquals(List.of(a), f.involvedCells());
    assertTrue(f.messageZh().startsWith("（一）予以公开 / 自然人："), f.messageZh());
    assertTrue(f.messageEn().contains("-3"), f.messageEn());
  }

  @Test
  void blankCellIsAnErrorUnderTheStrictPolicy() {
    CellAddress a = CellAddress.of(T, ApplicationRows.GRANTED, Applicants.COMMERCIAL_ENTERPRISE);
    ValidationResult result = STRICT.validate(withBlank(luoning2020(), a));
    Finding f = single(result);
    assertEquals("DR-V011", f.ruleId());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(FindingLocation.ofCell(Edition.V2019.spec(), a), f.location());
    assertEquals(BlankPolicy.BLANK_IS_ERROR, result.blankPolicy());
    assertFalse(result.isValid());
  }

  @Test
  void blankCellIsAWarningWhenBlanksCountAsZero() {
    CellAddress a = CellAddress.of(T, ApplicationRows.GRANTED, Applicants.COMMERCIAL_ENTERPRISE);
    ValidationResult result = LENIENT.validate(withBlank(luoning2020(), a));
    Finding f = single(result);
    assertEquals("DR-V012", f.ruleId());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(FindingLocation.ofCell(Edition.V2019.spec(), a), f.location());
    assertTrue(result.isValid());
  }

  @Test
  void sumsWithABlankCellAreCheckedBothWaysUnderTheStrictPolicy() {
    CellAddress total = CellAddress.of(T, ApplicationRows.RESULTS_TOTAL, Applicants.NATURAL_PERSON);
    ValidationResult result = STRICT.validate(withBlank(luoning2020(), total));
    // The balance, the results total and the applicant total of the row each hold only if the
    // blank holds 1: warnings, not errors.
    assertEquals(List.of("DR-V011", "DR-V107", "DR-V107", "DR-V107"), ruleIds(result));
    for (Finding f : result.findings("DR-V107")) {
      assertEquals(Severity.WARNING, f.severity());
      assertTrue(f.messageZh().contains("（七）总计 / 自然人"), f.messageZh());
      assertTrue(f.messageEn().contains("would have to hold 1 in all"), f.messageEn());
    }
  }

  @Test
  void sumsCountBlanksAsZeroAndSaySo() {
    CellAddress total = CellAddress.of(T, ApplicationRows.RESULTS_TOTAL, Applicants.NATURAL_PERSON);
    ValidationResult result = LENIENT.validate(withBlank(luoning2020(), total));
    assertEquals(List.of("DR-V012", "DR-V101", "DR-V102", "DR-V103"), ruleIds(result));
    Finding resultsTotal = result.findings("DR-V102").get(0);
    assertEquals(0, resultsTotal.reported().orElseThrow().intValue());
    assertEquals(1, resultsTotal.expected().orElseThrow().intValue());
    for (Finding f : result.findings(Severity.ERROR)) {
      assertTrue(f.messageEn().endsWith("(Blank cells counted as zero: 1.)"), f.messageEn());
      assertTrue(f.messageZh().endsWith("（其中 1 个空白单元格按零计。）"), f.messageZh());
      assertEquals(List.of("note.blanksAsZero"), f.messageKeys().subList(1, 2));
      RepairHint hint = f.hints().get(0);
      assertEquals(total, hint.cell());
      assertEquals(0, hint.reported().intValue());
      assertEquals(1, hint.suggested().intValue());
      assertEquals(3, hint.satisfiedRules());
    }
  }

  // ------------------------------------------------------------------ sums

  @ParameterizedTest
  @EnumSource(Edition.class)
  void balanceOfSectionThree(Edition edition) {
    AnnualReport base = consistent(edition, edition.firstYear());
    AnnualReport report =
        bump(
            bump(base, ApplicationRows.NEWLY_RECEIVED, Applicants.NATURAL_PERSON),
            ApplicationRows.NEWLY_RECEIVED,
            Applicants.TOTAL);
    ValidationResult result = LENIENT.validate(report);
    assertEquals(List.of("DR-V101", "DR-V101"), ruleIds(result));
    Finding f = result.findings().get(0);
    EditionSpec spec = edition.spec();
    assertEquals(
        FindingLocation.builder()
            .section(SectionId.APPLICATIONS)
            .table(T)
            .column(Applicants.NATURAL_PERSON)
            .labels("自然人")
            .jsonPointer(JsonPointer.parse("/tables/applications"))
            .build(),
        f.location());
    long received = count(report, ApplicationRows.NEWLY_RECEIVED, Applicants.NATURAL_PERSON);
    long over = count(report, ApplicationRows.CARRIED_OVER, Applicants.NATURAL_PERSON);
    long results = count(report, ApplicationRows.RESULTS_TOTAL, Applicants.NATURAL_PERSON);
    long forward = count(report, ApplicationRows.CARRIED_FORWARD, Applicants.NATURAL_PERSON);
    assertEquals(BigDecimal.valueOf(received + over), f.reported().orElseThrow());
    assertEquals(BigDecimal.valueOf(results + forward), f.expected().orElseThrow());
    assertEquals(BigDecimal.ONE, f.difference().orElseThrow());
    assertTrue(f.messageZh().contains(spec.table(T).orElseThrow().cornerNote().orElseThrow()));
    assertEquals(Applicants.TOTAL, result.findings().get(1).location().column().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void resultsTotalIsTheSumOfEveryResultRowOfTheEdition(Edition edition) {
    EditionSpec spec = edition.spec();
    AnnualReport base = consistent(edition, edition.firstYear());
    // The last result row: 2019 （六）其他处理, 2021 （六）3.其他.
    String lastResultRow =
        TestReports.resultRows(spec).get(TestReports.resultRows(spec).size() - 1).key();
    assertEquals(
        edition == Edition.V2019 ? ApplicationRows.OTHER_HANDLING : ApplicationRows.OTHER_OTHER,
        lastResultRow);
    AnnualReport report =
        bump(bump(base, lastResultRow, Applicants.NATURAL_PERSON), lastResultRow, Applicants.TOTAL);
    ValidationResult result = LENIENT.validate(report);
    assertEquals(List.of("DR-V102", "DR-V102"), ruleIds(result));
    Finding f = result.findings().get(0);
    CellAddress total = CellAddress.of(T, ApplicationRows.RESULTS_TOTAL, Applicants.NATURAL_PERSON);
    assertEquals(FindingLocation.ofCell(spec, total), f.location());
    assertEquals("（七）总计 / 自然人", f.location().labels().orElseThrow());
    long reported = count(report, ApplicationRows.RESULTS_TOTAL, Applicants.NATURAL_PERSON);
    assertEquals(BigDecimal.valueOf(reported), f.reported().orElseThrow());
    assertEquals(BigDecimal.valueOf(reported + 1), f.expected().orElseThrow());
    assertEquals(
        spec.relation("applications.resultsTotal").orElseThrow().right().size() + 1,
        f.involvedCells().size());
  }

  @Test
  void applicantTotalOfEachRow() {
    AnnualReport base = consistent(Edition.V2021, 2021);
    AnnualReport report = base;
    for (String row :
        List.of(
            ApplicationRows.GRANTED,
            ApplicationRows.RESULTS_TOTAL,
            ApplicationRows.NEWLY_RECEIVED)) {
      report = bump(report, row, Applicants.NATURAL_PERSON);
    }
    ValidationResult result = LENIENT.validate(report);
    assertEquals(List.of("DR-V103", "DR-V103", "DR-V103"), ruleIds(result));
    Finding f = result.findings().get(0);
    CellAddress total = CellAddress.of(T, ApplicationRows.NEWLY_RECEIVED, Applicants.TOTAL);
    assertEquals(FindingLocation.ofCell(Edition.V2021.spec(), total), f.location());
    long printed = count(report, ApplicationRows.NEWLY_RECEIVED, Applicants.TOTAL);
    assertEquals(BigDecimal.valueOf(printed), f.reported().orElseThrow());
    assertEquals(BigDecimal.valueOf(printed + 1), f.expected().orElseThrow());
    assertEquals(BigDecimal.valueOf(-1), f.difference().orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({"review,DR-V104", "directSuit,DR-V105", "suitAfterReview,DR-V106"})
  void eachGroupOfSectionFourAddsUp(String group, String ruleId) {
    AnnualReport base = luoning2020();
    String upheld = ReviewAndLitigation.column(group, ReviewAndLitigation.UPHELD);
    AnnualReport report =
        withCount(base, Tables.REVIEW_AND_LITIGATION, ReviewAndLitigation.CASES, upheld, 2);
    Finding f = single(LENIENT.validate(report));
    assertEquals(ruleId, f.ruleId());
    assertEquals(Severity.ERROR, f.severity());
    CellAddress total =
        CellAddress.of(
            Tables.REVIEW_AND_LITIGATION,
            ReviewAndLitigation.CASES,
            ReviewAndLitigation.column(group, ReviewAndLitigation.TOTAL));
    EditionSpec spec = Edition.V2019.spec();
    assertEquals(FindingLocation.ofCell(spec, total), f.location());
    assertEquals(BigDecimal.ZERO, f.reported().orElseThrow());
    assertEquals(BigDecimal.valueOf(2), f.expected().orElseThrow());
    // Either the total or the outcome can be corrected; each repairs the one failing sum.
    assertEquals(2, f.hints().size());
    assertEquals(total, f.hints().get(0).cell());
    assertEquals(BigDecimal.valueOf(2), f.hints().get(0).suggested());
    assertEquals(
        CellAddress.of(Tables.REVIEW_AND_LITIGATION, ReviewAndLitigation.CASES, upheld),
        f.hints().get(1).cell());
    assertEquals(BigDecimal.ZERO, f.hints().get(1).suggested());
  }

  // ------------------------------------------------------------------ repair hints

  /** A report printed 20 in （七）总计 / 自然人 while its result rows add up to 26. */
  @Test
  void oneWrongTotalBreakingThreeSumsYieldsOneSuggestion() {
    AnnualReport report = TestReports.wrongResultsTotal();
    ValidationResult result = STRICT.validate(report);
    assertEquals(List.of("DR-V101", "DR-V102", "DR-V103"), ruleIds(result));
    CellAddress wrong = CellAddress.of(T, ApplicationRows.RESULTS_TOTAL, Applicants.NATURAL_PERSON);
    for (Finding f : result.findings()) {
      assertEquals(1, f.hints().size(), f.ruleId());
      RepairHint hint = f.hints().get(0);
      assertEquals(wrong, hint.cell());
      assertEquals("（七）总计 / 自然人", hint.labels());
      assertEquals(BigDecimal.valueOf(20), hint.reported());
      assertEquals(BigDecimal.valueOf(26), hint.suggested());
      assertEquals(3, hint.satisfiedRules());
      assertEquals("（七）总计 / 自然人: reported 20, 26 would satisfy 3 rules", hint.messageEn());
      assertEquals("（七）总计 / 自然人：填报 20，改为 26 可满足 3 条规则", hint.messageZh());
    }
  }

  /**
   * One application entered under （一）予以公开 instead of （二）部分公开: the column adds up, the two rows'
   * totals do not, and any single correction would break the column. The two cells corrected
   * together repair both rows; correcting both printed totals instead would too, and comes second.
   */
  @Test
  void oneApplicationMovedBetweenTwoRowsYieldsATwoCellSuggestion() {
    AnnualReport report = TestReports.movedApplication();
    ValidationResult result = STRICT.validate(report);
    assertEquals(List.of("DR-V103", "DR-V103"), ruleIds(result));
    CellAddress granted = CellAddress.of(T, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON);
    CellAddress partial =
        CellAddress.of(T, ApplicationRows.PARTIALLY_GRANTED, Applicants.NATURAL_PERSON);
    CellAddress grantedTotal = CellAddress.of(T, ApplicationRows.GRANTED, Applicants.TOTAL);
    CellAddress partialTotal =
        CellAddress.of(T, ApplicationRows.PARTIALLY_GRANTED, Applicants.TOTAL);
    EditionSpec spec = Edition.V2019.spec();
    for (Finding f : result.findings()) {
      assertEquals(2, f.hints().size(), f.location().toString());
      RepairHint moved = f.hints().get(0);
      assertEquals(
          List.of(correction(spec, granted, 3, 2), correction(spec, partial, 0, 1)),
          moved.corrections());
      assertEquals(granted, moved.cell());
      assertEquals(BigDecimal.valueOf(3), moved.reported());
      assertEquals(BigDecimal.valueOf(2), moved.suggested());
      assertFalse(moved.isSingleCell());
      assertEquals(2, moved.satisfiedRules());
      assertEquals(
          spec.label(granted)
              + ": reported 3, 2; "
              + spec.label(partial)
              + ": reported 0, 1;"
              + " made together, these changes would satisfy 2 rules",
          moved.messageEn());
      assertEquals(
          spec.label(granted) + "：填报 3，改为 2；" + spec.label(partial) + "：填报 0，改为 1；同时修改可满足 2 条规则",
          moved.messageZh());
      RepairHint totals = f.hints().get(1);
      assertEquals(
          List.of(correction(spec, grantedTotal, 2, 3), correction(spec, partialTotal, 1, 0)),
          totals.corrections());
      assertEquals(2, totals.satisfiedRules());
    }
    assertEquals(
        List.of(),
        STRICT.validate(apply(report, result.findings().get(0).hints().get(0))).findings());
    assertEquals(
        List.of(),
        STRICT.validate(apply(report, result.findings().get(0).hints().get(1))).findings());
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void twoWrongCellsOfOneRowAreCorrectedTogether(Edition edition) {
    AnnualReport base = consistent(edition, edition.firstYear());
    AnnualReport report = bump(base, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON);
    report =
        bump(
            bump(report, ApplicationRows.GRANTED, Applicants.COMMERCIAL_ENTERPRISE),
            ApplicationRows.GRANTED,
            Applicants.COMMERCIAL_ENTERPRISE);
    ValidationResult result = LENIENT.validate(report);
    // Both columns' results totals and the row's total.
    assertEquals(List.of("DR-V102", "DR-V102", "DR-V103"), ruleIds(result));
    EditionSpec spec = edition.spec();
    CellAddress person = CellAddress.of(T, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON);
    CellAddress enterprise =
        CellAddress.of(T, ApplicationRows.GRANTED, Applicants.COMMERCIAL_ENTERPRISE);
    long p = count(base, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON);
    long e = count(base, ApplicationRows.GRANTED, Applicants.COMMERCIAL_ENTERPRISE);
    for (Finding f : result.findings()) {
      assertEquals(1, f.hints().size(), f.location().toString());
      RepairHint hint = f.hints().get(0);
      assertEquals(
          List.of(correction(spec, person, p + 1, p), correction(spec, enterprise, e + 2, e)),
          hint.corrections());
      assertEquals(3, hint.satisfiedRules());
    }
    assertEquals(base.cells(), apply(report, result.findings().get(0).hints().get(0)).cells());
  }

  @Test
  void threeWrongCellsOfOneRowAreCorrectedTogether() {
    AnnualReport base = consistent(Edition.V2021, 2021);
    List<String> columns =
        List.of(
            Applicants.NATURAL_PERSON,
            Applicants.COMMERCIAL_ENTERPRISE,
            Applicants.RESEARCH_INSTITUTION);
    AnnualReport report = base;
    for (String column : columns) {
      report = bump(report, ApplicationRows.GRANTED, column);
    }
    ValidationResult result = LENIENT.validate(report);
    assertEquals(List.of("DR-V102", "DR-V102", "DR-V102", "DR-V103"), ruleIds(result));
    for (Finding f : result.findings()) {
      RepairHint hint = f.hints().get(0);
      assertEquals(
          columns.stream().map(c -> CellAddress.of(T, ApplicationRows.GRANTED, c)).toList(),
          hint.corrections().stream().map(CellCorrection::cell).toList());
      assertEquals(4, hint.satisfiedRules());
      assertTrue(
          hint.messageEn().endsWith("made together, these changes would satisfy 4 rules"),
          hint.messageEn());
    }
    assertEquals(base.cells(), apply(report, result.findings().get(0).hints().get(0)).cells());
  }

  @Test
  void noHintWhenMoreThanThreeCellsWouldHaveToChange() {
    AnnualReport report = consistent(Edition.V2021, 2021);
    for (String column :
        List.of(
            Applicants.NATURAL_PERSON,
            Applicants.COMMERCIAL_ENTERPRISE,
            Applicants.RESEARCH_INSTITUTION,
            Applicants.LEGAL_SERVICE_AGENCY)) {
      report = bump(report, ApplicationRows.GRANTED, column);
    }
    ValidationResult result = LENIENT.validate(report);
    assertEquals(5, result.findings().size());
    result.findings().forEach(f -> assertEquals(List.of(), f.hints(), f.location().toString()));
  }

  /** A moved application in section 三 and a wrong outcome in section 四: one hint for each. */
  @Test
  void eachGroupOfFailingSumsGetsItsOwnHint() {
    AnnualReport report =
        withCount(
            TestReports.movedApplication(),
            Tables.REVIEW_AND_LITIGATION,
            ReviewAndLitigation.CASES,
            "reviewUpheld",
            2);
    ValidationResult result = STRICT.validate(report);
    assertEquals(List.of("DR-V103", "DR-V103", "DR-V104"), ruleIds(result));
    RepairHint moved = result.findings().get(0).hints().get(0);
    assertEquals(moved, result.findings().get(1).hints().get(0));
    assertEquals(2, moved.corrections().size());
    Finding review = result.findings().get(2);
    assertEquals(2, review.hints().size());
    review.hints().forEach(h -> assertTrue(h.isSingleCell(), h.messageEn()));
    AnnualReport repaired = apply(apply(report, moved), review.hints().get(0));
    assertEquals(List.of(), STRICT.validate(repaired).findings());
  }

  /** Every sum of section 三 broken at once: hopeless, but answered at once and without hints. */
  @Test
  void aReportWhoseSumsAllFailIsStillAnsweredQuickly() {
    AnnualReport base = consistent(Edition.V2021, 2021);
    java.util.Map<CellAddress, CellValue> cells = new java.util.LinkedHashMap<>(base.cells());
    long seed = 11;
    for (CellAddress a : Edition.V2021.spec().table(T).orElseThrow().cells()) {
      seed = (seed * 31 + 7) % 101;
      cells.put(a, CellValue.count(seed % 9));
    }
    AnnualReport report = base.withCells(cells);
    ValidationResult result =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> LENIENT.validate(report));
    assertTrue(result.findings().size() > 20, () -> String.valueOf(result.findings().size()));
  }

  @Test
  void hintsCanBeSwitchedOff() {
    AnnualReport report =
        withCount(
            luoning2020(),
            Tables.REVIEW_AND_LITIGATION,
            ReviewAndLitigation.CASES,
            "reviewUpheld",
            2);
    Finding f = single(ReportValidator.builder().repairHints(false).build().validate(report));
    assertEquals(List.of(), f.hints());
  }

  // ------------------------------------------------------------------ text sections

  @Test
  void emptyGeneralSection() {
    Finding f = single(LENIENT.validate(luoning2020().withGeneral(Narrative.empty())));
    assertEquals("DR-V201", f.ruleId());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(FindingLocation.ofSection(SectionId.GENERAL), f.location());
    assertEquals("一、总体情况：该部分为空。", f.messageZh());
  }

  @Test
  void placeholderInProblemsSection() {
    Finding f = single(LENIENT.validate(luoning2020().withProblems(Narrative.of(" 无。 "))));
    assertEquals("DR-V201", f.ruleId());
    assertEquals(FindingLocation.ofSection(SectionId.PROBLEMS), f.location());
    assertEquals(List.of("DR-V201.placeholder"), f.messageKeys());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"无", "暂无", "无。", "暂无。", "本年度无。", "2021年度暂无", "无相关问题。", "暂无问题", "不存在。", "无此情况"})
  void stockPhrasesInProblemsSectionAreMissingSubstance(String text) {
    Finding f = single(LENIENT.validate(luoning2020().withProblems(Narrative.of(text))));
    assertEquals("DR-V201", f.ruleId());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(FindingLocation.ofSection(SectionId.PROBLEMS), f.location());
    assertEquals(List.of("DR-V201.placeholder"), f.messageKeys());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"暂无重大问题，但公开内容的及时性仍需提高。", "无论申请多少，均按时答复；下一年度将加强培训。", "2021年度存在的主要问题是更新不及时。"})
  void problemsSectionWithSubstanceIsNotAPlaceholder(String text) {
    assertEquals(
        List.of(), LENIENT.validate(luoning2020().withProblems(Narrative.of(text))).findings());
  }

  @Test
  void emptyProblemsSection() {
    Finding f = single(LENIENT.validate(luoning2020().withProblems(Narrative.empty())));
    assertEquals("DR-V201", f.ruleId());
    assertEquals(FindingLocation.ofSection(SectionId.PROBLEMS), f.location());
    assertEquals(List.of("DR-V201.empty"), f.messageKeys());
  }

  @Test
  void otherMattersMaySayNothingButNotBeEmpty() {
    assertEquals(List.of(), LENIENT.validate(luoning2020()).findings());
    Finding f =
        single(LENIENT.validate(luoning2020().withOtherMatters(OtherMatters.builder().build())));
    assertEquals("DR-V201", f.ruleId());
    assertEquals(FindingLocation.ofSection(SectionId.OTHER_MATTERS), f.location());
  }

  // ------------------------------------------------------------------ fees

  @Test
  void feesCollectedAboveNotifiedAreComparedInYuan() {
    AnnualReport report =
        withFees(
            2,
            new BigDecimal("800"),
            MoneyUnit.YUAN,
            new BigDecimal("0.09"),
            MoneyUnit.TEN_THOUSAND_YUAN);
    Finding f = single(LENIENT.validate(report));
    assertEquals("DR-V301", f.ruleId());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(
        FindingLocation.builder()
            .section(SectionId.OTHER_MATTERS)
            .jsonPointer(JsonPointer.parse("/otherMatters/fees/amountCollected"))
            .build(),
        f.location());
    assertEquals(0, f.reported().orElseThrow().compareTo(new BigDecimal("900")));
    assertEquals(0, f.expected().orElseThrow().compareTo(new BigDecimal("800")));
    assertEquals("信息处理费：实际收取 0.09万元，超过收费通知金额 800元。", f.messageZh());
  }

  @Test
  void moneyToleranceAppliesToFees() {
    AnnualReport report =
        withFees(
            2,
            new BigDecimal("800"),
            MoneyUnit.YUAN,
            new BigDecimal("0.09"),
            MoneyUnit.TEN_THOUSAND_YUAN);
    assertEquals(
        List.of(),
        ReportValidator.builder()
            .moneyTolerance(new BigDecimal("100"))
            .build()
            .validate(report)
            .findings());
    assertEquals(
        List.of("DR-V301"),
        ruleIds(
            ReportValidator.builder()
                .moneyTolerance(new BigDecimal("99.99"))
                .build()
                .validate(report)));
  }

  @Test
  void feeAmountsWithoutNotices() {
    AnnualReport report =
        withFees(0, new BigDecimal("800"), MoneyUnit.YUAN, new BigDecimal("800"), MoneyUnit.YUAN);
    Finding f = single(LENIENT.validate(report));
    assertEquals("DR-V302", f.ruleId());
    assertEquals(
        "/otherMatters/fees/noticesIssued", f.location().jsonPointer().orElseThrow().toString());
    assertEquals(BigDecimal.ZERO, f.reported().orElseThrow());
  }

  private static AnnualReport withFees(
      long notices,
      BigDecimal notified,
      MoneyUnit notifiedUnit,
      BigDecimal collected,
      MoneyUnit collectedUnit) {
    AnnualReport base = consistent(Edition.V2021, 2021);
    return base.withOtherMatters(
        base.otherMatters()
            .withFees(
                InformationProcessingFees.builder()
                    .noticesIssued(CellValue.count(notices))
                    .amountNotified(CellValue.amount(notified, notifiedUnit))
                    .amountCollected(CellValue.amount(collected, collectedUnit))
                    .build()));
  }

  // ------------------------------------------------------------------ configuration

  @Test
  void rulesCanBeSwitchedOffAndTheirSeverityChanged() {
    AnnualReport report = consistent(Edition.V2021, 2020);
    assertEquals(
        List.of(),
        ReportValidator.builder().disable("DR-V002").build().validate(report).findings());
    ValidationResult result =
        ReportValidator.builder().severity("DR-V002", Severity.INFO).build().validate(report);
    assertEquals(Severity.INFO, single(result).severity());
    assertTrue(result.isValid());
  }

  @Test
  void optionsRefuseUnknownRulesAndNegativeTolerance() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReportValidator.builder().disable("DR-V999").build());
    assertTrue(e.getMessage().contains("DR-V999"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportValidator.builder().moneyTolerance(new BigDecimal("-1")).build());
  }

  @Test
  void findingsAreGroupedBySection() {
    AnnualReport report = consistent(Edition.V2021, 2020).withGeneral(Narrative.empty());
    report =
        withCount(
            report, Tables.REVIEW_AND_LITIGATION, ReviewAndLitigation.CASES, "reviewTotal", 99);
    ValidationResult result = LENIENT.validate(report);
    assertEquals(List.of("DR-V002", "DR-V104", "DR-V201"), ruleIds(result));
    assertEquals(
        List.of(SectionId.GENERAL, SectionId.REVIEW_AND_LITIGATION),
        List.copyOf(result.bySection().keySet()));
    assertEquals(List.of("DR-V002"), result.unlocated().stream().map(Finding::ruleId).toList());
    assertEquals(
        "DR-V104", result.bySection().get(SectionId.REVIEW_AND_LITIGATION).get(0).ruleId());
  }

  @Test
  void findingMessagesFollowTheLocale() {
    Finding f = single(LENIENT.validate(luoning2020().withGeneral(Narrative.empty())));
    assertEquals(f.messageZh(), f.message(Locale.TRADITIONAL_CHINESE));
    assertEquals(f.messageEn(), f.message(Locale.FRANCE));
    assertEquals("一、总体情况: the section is empty.", f.messageEn());
  }

  // ------------------------------------------------------------------ reuse

  @Test
  void oneValidatorServesManyThreads() {
    List<AnnualReport> reports =
        IntStream.range(0, 64)
            .mapToObj(
                i ->
                    withCount(
                        luoning2020(),
                        Tables.REVIEW_AND_LITIGATION,
                        ReviewAndLitigation.CASES,
                        "reviewUpheld",
                        i % 4))
            .toList();
    List<List<Finding>> sequential =
        reports.stream().map(r -> LENIENT.validate(r).findings()).toList();
    List<List<Finding>> parallel =
        reports.parallelStream().map(r -> LENIENT.validate(r).findings()).toList();
    assertEquals(sequential, parallel);
    assertEquals(48, sequential.stream().filter(l -> !l.isEmpty()).count());
  }

  // ------------------------------------------------------------------ helpers

  static Finding single(ValidationResult result) {
    assertEquals(1, result.findings().size(), () -> result.findings().toString());
    return result.findings().get(0);
  }

  static List<String> ruleIds(ValidationResult result) {
    return result.findings().stream().map(Finding::ruleId).toList();
  }

  private static long count(AnnualReport report, String row, String column) {
    return report.cell(T, row, column).wholeNumber().orElseThrow();
  }

  private static CellCorrection correction(
      EditionSpec spec, CellAddress cell, long reported, long suggested) {
    return CellCorrection.builder()
        .cell(cell)
        .labels(spec.label(cell))
        .reported(BigDecimal.valueOf(reported))
        .suggested(BigDecimal.valueOf(suggested))
        .build();
  }

  /** Makes every correction of a hint. */
  static AnnualReport apply(AnnualReport report, RepairHint hint) {
    AnnualReport repaired = report;
    for (CellCorrection c : hint.corrections()) {
      repaired =
          TestReports.with(repaired, c.cell(), CellValue.count(c.suggested().longValueExact()));
    }
    return repaired;
  }

  private static AnnualReport bump(AnnualReport report, String row, String column) {
    return withCount(report, T, row, column, count(report, row, column) + 1);
  }
}
