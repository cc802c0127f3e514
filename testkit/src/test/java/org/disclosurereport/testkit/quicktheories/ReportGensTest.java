package org.disclosurereport.testkit.quicktheories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.testkit.GeneratorConfig;
import org.disclosurereport.testkit.Mutant;
import org.disclosurereport.testkit.ReportAssertions;
import org.disclosurereport.testkit.ReportPairGenerator;
import org.disclosurereport.validation.RuleCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.api.AsString;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.Reporter;

class ReportGensTest {

  @ParameterizedTest
  @EnumSource(Edition.class)
  void everyGeneratedReportIsConsistent(Edition edition) {
    qt().withFixedSeed(edition.ordinal())
        .withExamples(1_000)
        .forAll(
            ReportGens.reports(GeneratorConfig.builder().edition(edition).blankPercent(10).build()))
        .checkAssert(ReportAssertions::assertConsistent);
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void everyVariedReportIsConsistent(Edition edition) {
    qt().withFixedSeed(edition.ordinal())
        .withExamples(300)
        .forAll(ReportGens.reports(GeneratorConfig.varied(edition)))
        .checkAssert(ReportAssertions::assertConsistent);
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void everyGeneratedPairChains(Edition edition) {
    qt().withFixedSeed(edition.ordinal())
        .withExamples(300)
        .forAll(ReportGens.pairs(ReportPairGenerator.of(GeneratorConfig.of(edition))))
        .checkAssert(ReportAssertions::assertConsistent);
  }

  /**
   * A property that fails as soon as a cell reaches 5 must shrink to a report that is still
   * consistent and small: few non-zero cells, the largest exactly 5.
   */
  @ParameterizedTest
  @EnumSource(Edition.class)
  void aFailingPropertyShrinksToASmallConsistentReport(Edition edition) {
    AtomicReference<Object> smallest = new AtomicReference<>();
    Reporter capture =
        new ExceptionReporter() {
          @Override
          public void falisification(
              long seed,
              int examplesUsed,
              Object value,
              List<Object> history,
              AsString<Object> to) {
            smallest.set(value);
            super.falisification(seed, examplesUsed, value, history, to);
          }

          @Override
          public void falisification(
              long seed,
              int examplesUsed,
              Object value,
              Throwable cause,
              List<Object> history,
              AsString<Object> to) {
            smallest.set(value);
            super.falisification(seed, examplesUsed, value, cause, history, to);
          }
        };
    GeneratorConfig config = GeneratorConfig.builder().edition(edition).maxCount(20).build();
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () ->
                qt().withFixedSeed(11)
                    .withExamples(200)
                    .withShrinkCycles(3_000)
                    .withReporter(capture)
                    .forAll(ReportGens.reports(config))
                    .check(report -> maxCell(report) < 5));
    assertNotNull(smallest.get(), failure.getMessage());
    AnnualReport report = assertInstanceOf(AnnualReport.class, smallest.get());
    ReportAssertions.assertConsistent(report);
    assertEquals(5, maxCell(report), failure.getMessage());
    long nonZero =
        report.cells().values().stream()
            .filter(v -> v.decimal().map(d -> d.signum() != 0).orElse(false))
            .count();
    long sum = report.cells().values().stream().mapToLong(v -> v.wholeNumber().orElse(0)).sum();
    // Unshrunk reports of this configuration have well over a hundred non-zero cells adding up to
    // thousands; shrinking leaves only the cells that reach 5 and what they are derived from.
    assertTrue(
        nonZero <= 30,
        "shrunk report still has " + nonZero + " non-zero cells: " + failure.getMessage());
    assertTrue(sum <= 80, "shrunk report still adds up to " + sum + ": " + failure.getMessage());
    assertTrue(
        failure.getMessage().contains(report.metadata().organName().orElseThrow()),
        failure.getMessage());
  }

  private static long maxCell(AnnualReport report) {
    long max = 0;
    for (CellAddress a : report.spec().cells()) {
      CellValue v = report.cell(a);
      max = Math.max(max, v.decimal().map(d -> d.abs().longValue()).orElse(0L));
    }
    return max;
  }

  /** A shrunk mutant is rebuilt from shrunk choices, so it still breaks exactly its rule. */
  @ParameterizedTest
  @EnumSource(Edition.class)
  void aShrunkMutantStillBreaksExactlyItsRule(Edition edition) {
    String ruleId = RuleCatalogue.forRelation("applications.balance").orElseThrow().id();
    AtomicReference<Mutant> last = new AtomicReference<>();
    assertThrows(
        AssertionError.class,
        () ->
            qt().withFixedSeed(3)
                .withExamples(50)
                .withShrinkCycles(500)
                .forAll(ReportGens.mutants(ruleId, GeneratorConfig.of(edition)))
                .check(
                    m -> {
                      last.set(m);
                      return false;
                    }));
    ReportAssertions.assertBreaksExactly(last.get());
  }
}
