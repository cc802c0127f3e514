package org.disclosurereport.validation;

import static org.disclosurereport.validation.ReportValidatorTest.ruleIds;
import static org.disclosurereport.validation.ReportValidatorTest.single;
import static org.disclosurereport.validation.TestReports.consistent;
import static org.disclosurereport.validation.TestReports.luoning2020;
import static org.disclosurereport.validation.TestReports.with;
import static org.disclosurereport.validation.TestReports.withBlank;
import static org.disclosurereport.validation.TestReports.withCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.junit.jupiter.api.Test;

/** The cross-year rules DR-V401 to DR-V405. */
class ReportValidatorConsecutiveTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  /**
   * The seed's report for the year before, consistent with it: no change in the item counts, so
   * that last year's counts are this year's, and nothing carried forward.
   */
  private static AnnualReport luoning2019() {
    AnnualReport current = luoning2020();
    EditionSpec spec = current.spec();
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>(current.cells());
    for (CellAddress a : spec.cells()) {
      if (spec.kind(a) == CellKind.CHANGE) {
        cells.put(a, CellValue.change(0));
      }
    }
    return current.withMetadata(current.metadata().withReportYear(2019)).withCells(cells);
  }

  @Test
  void consecutiveReportsOfTheSeedOrganAreConsistent() {
    assertEquals(List.of(), VALIDATOR.validateConsecutive(luoning2019(), luoning2020()).findings());
  }

  @Test
  void carriedOverEqualsLastYearsCarriedForward() {
    AnnualReport previous =
        withCount(
            luoning2019(),
            Tables.APPLICATIONS,
            ApplicationRows.CARRIED_FORWARD,
            Applicants.LEGAL_SERVICE_AGENCY,
            3);
    ValidationResult result = VALIDATOR.validateConsecutive(previous, luoning2020());
    Finding f = single(result);
    assertEquals("DR-V401", f.ruleId());
    assertEquals(Severity.ERROR, f.severity());
    CellAddress over =
        CellAddress.of(
            Tables.APPLICATIONS, ApplicationRows.CARRIED_OVER, Applicants.LEGAL_SERVICE_AGENCY);
    assertEquals(FindingLocation.ofCell(Edition.V2019.spec(), over), f.location());
    assertEquals(BigDecimal.ZERO, f.reported().orElseThrow());
    assertEquals(BigDecimal.valueOf(3), f.expected().orElseThrow());
    CellAddress forward =
        CellAddress.of(
            Tables.APPLICATIONS, ApplicationRows.CARRIED_FORWARD, Applicants.LEGAL_SERVICE_AGENCY);
    assertEquals(List.of(over, forward), f.involvedCells());
    assertTrue(f.messageZh().contains("2019 年度报告"), f.messageZh());
  }

  @Test
  void itemCountsCarryOverInTheTrialEdition() {
    CellAddress change =
        CellAddress.of(Tables.ARTICLE20_ITEM5, Proactive.LICENSING, Proactive.CHANGE);
    AnnualReport previous = with(luoning2019(), change, CellValue.change(-5));
    Finding f = single(VALIDATOR.validateConsecutive(previous, luoning2020()));
    assertEquals("DR-V402", f.ruleId());
    assertEquals(Severity.WARNING, f.severity());
    CellAddress items =
        CellAddress.of(Tables.ARTICLE20_ITEM5, Proactive.LICENSING, Proactive.PREVIOUS_YEAR_ITEMS);
    assertEquals(FindingLocation.ofCell(Edition.V2019.spec(), items), f.location());
    assertEquals(BigDecimal.valueOf(227), f.reported().orElseThrow());
    assertEquals(BigDecimal.valueOf(222), f.expected().orElseThrow());
  }

  @Test
  void documentsInForceContinueInTheRevisedEdition() {
    AnnualReport previous = consistent(Edition.V2021, 2021);
    AnnualReport current = consistent(Edition.V2021, 2022);
    CellAddress inForce =
        CellAddress.of(Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, Proactive.IN_FORCE);
    CellAddress issued =
        CellAddress.of(Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, Proactive.ISSUED);
    CellAddress repealed =
        CellAddress.of(Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, Proactive.REPEALED);
    long expected = whole(previous, inForce) + whole(current, issued) - whole(current, repealed);
    // Documents in force of the other row continue exactly, so that only 规章 is off.
    CellAddress other =
        CellAddress.of(Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, Proactive.IN_FORCE);
    CellAddress otherIssued =
        CellAddress.of(Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, Proactive.ISSUED);
    CellAddress otherRepealed =
        CellAddress.of(Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, Proactive.REPEALED);
    current =
        with(
            current,
            other,
            CellValue.count(
                whole(previous, other)
                    + whole(current, otherIssued)
                    - whole(current, otherRepealed)));
    Finding f = single(VALIDATOR.validateConsecutive(previous, current));
    assertEquals("DR-V403", f.ruleId());
    assertEquals(Severity.INFO, f.severity());
    assertEquals(FindingLocation.ofCell(Edition.V2021.spec(), inForce), f.location());
    assertEquals(BigDecimal.valueOf(whole(current, inForce)), f.reported().orElseThrow());
    assertEquals(BigDecimal.valueOf(expected), f.expected().orElseThrow());
  }

  @Test
  void relationsOfTheRevisedEditionDoNotReachBackIntoTheTrialEdition() {
    AnnualReport previous = luoning2020();
    AnnualReport current =
        consistent(Edition.V2021, 2021)
            .withMetadata(
                consistent(Edition.V2021, 2021).metadata().withOrganName(TestReports.LUONING));
    // Documents in force would not continue, but 2020 was reported in the trial edition; only the
    // carry-over of applications, which both editions have, is compared. (The two reports are
    // unrelated, so their application counts jump; DR-V406 is left out here.)
    ValidationResult result =
        ReportValidator.builder().disable("DR-V406").build().validateConsecutive(previous, current);
    assertTrue(
        result.findings().stream().allMatch(f -> f.ruleId().equals("DR-V401")),
        result.findings()::toString);
    long carried =
        current.spec().table(Tables.APPLICATIONS).orElseThrow().columnLeaves().stream()
            .filter(
                c ->
                    whole(
                            current,
                            CellAddress.of(
                                Tables.APPLICATIONS, ApplicationRows.CARRIED_OVER, c.key()))
                        != 0)
            .count();
    assertTrue(carried > 0);
    assertEquals(carried, result.findings().size());
  }

  @Test
  void reportsOfDifferentOrgansAreNotCompared() {
    AnnualReport other =
        luoning2019().withMetadata(luoning2019().metadata().withOrganName("宜阳县人民政府"));
    Finding f =
        single(
            VALIDATOR.validateConsecutive(
                withCount(
                    other,
                    Tables.APPLICATIONS,
                    ApplicationRows.CARRIED_FORWARD,
                    Applicants.NATURAL_PERSON,
                    9),
                luoning2020()));
    assertEquals("DR-V404", f.ruleId());
    assertEquals(FindingLocation.ofPointer(JsonPointer.parse("/metadata/organName")), f.location());
  }

  @Test
  void sameCreditCodeMeansSameOrganWhateverTheName() {
    AnnualReport previous =
        luoning2019()
            .withMetadata(
                luoning2019()
                    .metadata()
                    .withOrganName("洛宁县政府")
                    .withCreditCode("11410328005357000X"));
    AnnualReport current =
        luoning2020().withMetadata(luoning2020().metadata().withCreditCode("11410328005357000X"));
    assertEquals(List.of(), VALIDATOR.validateConsecutive(previous, current).findings());
  }

  @Test
  void reportsOfYearsThatDoNotFollowAreNotCompared() {
    AnnualReport older = luoning2019().withMetadata(luoning2019().metadata().withReportYear(2019));
    ValidationResult result = VALIDATOR.validateConsecutive(luoning2020(), older);
    Finding f = single(result);
    assertEquals("DR-V405", f.ruleId());
    assertEquals(
        FindingLocation.ofPointer(JsonPointer.parse("/metadata/reportYear")), f.location());
    assertEquals(BigDecimal.valueOf(2019), f.reported().orElseThrow());
    assertEquals(BigDecimal.valueOf(2021), f.expected().orElseThrow());
  }

  @Test
  void blanksFollowThePolicy() {
    CellAddress forward =
        CellAddress.of(
            Tables.APPLICATIONS, ApplicationRows.CARRIED_FORWARD, Applicants.NATURAL_PERSON);
    AnnualReport previous = withBlank(luoning2019(), forward);
    AnnualReport current =
        withCount(
            luoning2020(),
            Tables.APPLICATIONS,
            ApplicationRows.CARRIED_OVER,
            Applicants.NATURAL_PERSON,
            2);
    ReportValidator strict =
        ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_IS_ERROR).build();
    assertEquals(List.of(), strict.validateConsecutive(previous, current).findings());
    ValidationResult lenient = VALIDATOR.validateConsecutive(previous, current);
    assertEquals(List.of("DR-V401"), ruleIds(lenient));
    assertTrue(lenient.findings().get(0).messageEn().endsWith("(Blank cells counted as zero: 1.)"));
  }

  private static final CellAddress RECEIVED =
      CellAddress.of(Tables.APPLICATIONS, ApplicationRows.NEWLY_RECEIVED, Applicants.TOTAL);

  private static ValidationResult receivedOver(long previous, long current) {
    return VALIDATOR.validateConsecutive(
        with(luoning2019(), RECEIVED, CellValue.count(previous)),
        with(luoning2020(), RECEIVED, CellValue.count(current)));
  }

  @Test
  void aFigureMoreThanFiveTimesLastYearsIsInformationWithBothValues() {
    ValidationResult result = receivedOver(20, 101);
    Finding f = single(result);
    assertEquals("DR-V406", f.ruleId());
    assertEquals(Severity.INFO, f.severity());
    assertTrue(result.isValid(), "a jump never makes a report invalid");
    assertEquals(FindingLocation.ofCell(Edition.V2019.spec(), RECEIVED), f.location());
    assertEquals(BigDecimal.valueOf(101), f.reported().orElseThrow());
    assertEquals(BigDecimal.valueOf(20), f.expected().orElseThrow());
    assertTrue(f.messageZh().contains("101") && f.messageZh().contains("20"), f.messageZh());
    assertTrue(f.messageEn().contains("more than five times"), f.messageEn());
  }

  @Test
  void aFigureBelowAFifthOfLastYearsIsInformation() {
    Finding f = single(receivedOver(100, 19));
    assertEquals("DR-V406", f.ruleId());
    assertTrue(f.messageEn().contains("less than a fifth"), f.messageEn());
    assertTrue(f.messageZh().contains("五分之一"), f.messageZh());
  }

  @Test
  void exactlyFivefoldOrSmallFiguresAreNotFlagged() {
    assertEquals(List.of(), receivedOver(20, 100).findings());
    assertEquals(List.of(), receivedOver(100, 20).findings());
    // One application against nine: small counts move a lot by chance.
    assertEquals(List.of(), receivedOver(1, 9).findings());
    assertEquals("DR-V406", single(receivedOver(0, 10)).ruleId());
  }

  @Test
  void aBlankFigureIsNotCompared() {
    AnnualReport previous = with(luoning2019(), RECEIVED, CellValue.count(100));
    AnnualReport current = withBlank(luoning2020(), RECEIVED);
    assertTrue(
        VALIDATOR.validateConsecutive(previous, current).findings().stream()
            .noneMatch(f -> f.ruleId().equals("DR-V406")));
  }

  @Test
  void theFlagCanBeTurnedOff() {
    ReportValidator off = ReportValidator.builder().disable("DR-V406").build();
    assertEquals(
        List.of(),
        off.validateConsecutive(
                with(luoning2019(), RECEIVED, CellValue.count(20)),
                with(luoning2020(), RECEIVED, CellValue.count(500)))
            .findings());
  }

  private static long whole(AnnualReport report, CellAddress address) {
    return report.cell(address).wholeNumber().orElseThrow();
  }
}
