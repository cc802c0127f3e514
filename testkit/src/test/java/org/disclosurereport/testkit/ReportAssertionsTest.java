package org.disclosurereport.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.disclosurereport.validation.RuleCatalogue;
import org.junit.jupiter.api.Test;

class ReportAssertionsTest {
  private static final CellAddress RESULTS_TOTAL =
      CellAddress.of(Tables.APPLICATIONS, ApplicationRows.RESULTS_TOTAL, Applicants.NATURAL_PERSON);
  private static final String RESULTS_TOTAL_RULE =
      RuleCatalogue.forRelation("applications.resultsTotal").orElseThrow().id();

  private static AnnualReport report() {
    return ReportGenerator.of(Edition.V2021).generate(RandomEntropy.seeded(4));
  }

  /** The same report with the results total of natural persons raised by 7: its sums break. */
  private static AnnualReport broken(AnnualReport report) {
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>(report.cells());
    long v = report.cell(RESULTS_TOTAL).wholeNumber().orElseThrow();
    cells.put(RESULTS_TOTAL, CellValue.count(v + 7));
    return AnnualReport.copyOf(report).withCells(cells);
  }

  @Test
  void aGeneratedReportIsConsistent() {
    assertDoesNotThrow(() -> ReportAssertions.assertConsistent(report()));
  }

  @Test
  void anInconsistentReportFailsWithCellLabelsAndNumbers() {
    AnnualReport report = report();
    AnnualReport broken = broken(report);
    long v = report.cell(RESULTS_TOTAL).wholeNumber().orElseThrow();
    AssertionError e =
        assertThrows(AssertionError.class, () -> ReportAssertions.assertConsistent(broken));
    String message = e.getMessage();
    assertTrue(message.contains(report.metadata().organName().orElseThrow()), message);
    assertTrue(message.contains(RESULTS_TOTAL_RULE), message);
    assertTrue(message.contains(JsonPointer.ofCell(RESULTS_TOTAL).toString()), message);
    assertTrue(message.contains(Edition.V2021.spec().label(RESULTS_TOTAL)), message);
    assertTrue(message.contains("reported " + (v + 7)), message);
    assertTrue(message.contains("expected " + v), message);
  }

  @Test
  void breaksAtTheCellOfTheFailingSum() {
    AnnualReport broken = broken(report());
    assertDoesNotThrow(
        () -> ReportAssertions.assertBreaks(broken, RESULTS_TOTAL_RULE, RESULTS_TOTAL));
    CellAddress elsewhere =
        CellAddress.of(
            Tables.APPLICATIONS, ApplicationRows.RESULTS_TOTAL, Applicants.RESEARCH_INSTITUTION);
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> ReportAssertions.assertBreaks(broken, RESULTS_TOTAL_RULE, elsewhere));
    assertTrue(
        e.getMessage().contains("was expected to break " + RESULTS_TOTAL_RULE + " at " + elsewhere),
        e.getMessage());
    assertTrue(
        e.getMessage().contains(JsonPointer.ofCell(RESULTS_TOTAL).toString()),
        "lists what does fail: " + e.getMessage());
  }

  @Test
  void aConsistentReportBreaksNothing() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> ReportAssertions.assertBreaks(report(), RESULTS_TOTAL_RULE, RESULTS_TOTAL));
    assertTrue(e.getMessage().endsWith("nothing fires"), e.getMessage());
  }

  @Test
  void pairsChainAndAChainMutantBreaksAtItsCell() {
    ReportPair pair =
        ReportPairGenerator.of(GeneratorConfig.of(Edition.V2021)).generate(RandomEntropy.seeded(2));
    assertDoesNotThrow(() -> ReportAssertions.assertConsistent(pair));
    String carryOver = RuleCatalogue.forRelation("applications.carryOver").orElseThrow().id();
    Mutant m =
        MutantGenerator.of(carryOver, GeneratorConfig.of(Edition.V2021))
            .generate(RandomEntropy.seeded(2));
    assertDoesNotThrow(() -> ReportAssertions.assertBreaksExactly(m));
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> ReportAssertions.assertConsistent(m.previous().orElseThrow(), m.report()));
    assertTrue(e.getMessage().contains("does not chain"), e.getMessage());
    CellAddress changed =
        m.report().spec().cells().stream()
            .filter(a -> a.row().equals(ApplicationRows.CARRIED_OVER))
            .filter(
                a ->
                    !m.report()
                        .cell(a)
                        .equals(
                            m.previous()
                                .orElseThrow()
                                .cell(
                                    CellAddress.of(
                                        a.table(), ApplicationRows.CARRIED_FORWARD, a.column()))))
            .findFirst()
            .orElseThrow();
    assertDoesNotThrow(
        () ->
            ReportAssertions.assertBreaksChain(
                m.previous().orElseThrow(), m.report(), carryOver, changed));
  }

  @Test
  void aMutantOfAnotherRuleIsNotExact() {
    Mutant m =
        MutantGenerator.of(RESULTS_TOTAL_RULE, GeneratorConfig.of(Edition.V2019))
            .generate(RandomEntropy.seeded(9));
    Mutant mislabelled =
        new Mutant(
            "DR-V101",
            java.util.List.of("DR-V101"),
            m.previous(),
            m.report(),
            m.blankPolicy(),
            m.changes());
    AssertionError e =
        assertThrows(AssertionError.class, () -> ReportAssertions.assertBreaksExactly(mislabelled));
    assertTrue(e.getMessage().contains(RESULTS_TOTAL_RULE), e.getMessage());
  }
}
