package org.disclosurereport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Identity;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.finding.CellCorrection;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.RepairHint;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Properties of the sum rules and the repair advisor over random reports. */
class ReportValidatorPropertyTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  /** Random consistent section 三 and 四 figures on top of a consistent report. */
  private static Gen<AnnualReport> consistentReports() {
    Gen<Edition> editions = SourceDSL.arbitrary().enumValues(Edition.class);
    Gen<List<Long>> counts = SourceDSL.lists().of(SourceDSL.longs().between(0, 50)).ofSize(6 * 29);
    return editions.zip(
        counts,
        (edition, values) -> {
          AnnualReport base = TestReports.consistent(edition, edition.firstYear());
          Map<CellAddress, CellValue> cells = new java.util.LinkedHashMap<>(base.cells());
          Map<String, long[]> results = new java.util.LinkedHashMap<>();
          int i = 0;
          for (var row : TestReports.resultRows(edition.spec())) {
            results.put(row.key(), six(values, i++));
          }
          // Carried over and forward alike, so that newly received is never negative.
          long[] carried = six(values, 28);
          TestReports.applications(cells, results, carried, carried);
          return base.withCells(cells);
        });
  }

  private static long[] six(List<Long> values, int block) {
    long[] v = new long[6];
    for (int c = 0; c < 6; c++) {
      v[c] = values.get(6 * block + c);
    }
    return v;
  }

  @Test
  void consistentReportsHaveNoFindings() {
    qt().withExamples(200)
        .forAll(consistentReports())
        .checkAssert(r -> assertEquals(List.of(), VALIDATOR.validate(r).findings()));
  }

  /**
   * Changing one cell of section 三 breaks exactly the identities that contain it, and the first
   * hint of each finding restores the cell.
   */
  @Test
  void oneChangedCellIsFoundAndRepaired() {
    qt().withExamples(200)
        .forAll(
            consistentReports(),
            SourceDSL.integers().between(0, 174),
            SourceDSL.integers().between(1, 9))
        .checkAssert(
            (report, index, delta) -> {
              EditionSpec spec = report.spec();
              List<CellAddress> cells = spec.table(Tables.APPLICATIONS).orElseThrow().cells();
              CellAddress cell = cells.get(index % cells.size());
              long original = report.cell(cell).wholeNumber().orElseThrow();
              AnnualReport changed =
                  TestReports.with(report, cell, CellValue.count(original + delta));
              ValidationResult result = VALIDATOR.validate(changed);
              long broken =
                  spec.identities().stream().filter(i -> i.cells().contains(cell)).count();
              assertEquals(broken, result.findings().size());
              for (Finding f : result.findings()) {
                assertTrue(f.isError());
                assertTrue(f.involvedCells().contains(cell));
                RepairHint hint = f.hints().get(0);
                assertEquals(cell, hint.cell());
                assertEquals(original, hint.suggested().longValueExact());
                assertEquals((int) broken, hint.satisfiedRules());
              }
            });
  }

  /**
   * Changing two cells of section 三 that share a row or a column breaks sums that no single cell is
   * in, so no single correction can repair them; the first hint of every finding changes several
   * cells and, made in full, leaves no sum broken.
   */
  @Test
  void twoCoupledChangesAreRepairedTogether() {
    qt().withExamples(200)
        .forAll(
            consistentReports(),
            SourceDSL.integers().between(0, 10_000),
            SourceDSL.integers().between(0, 10_000),
            SourceDSL.integers().between(0, 10_000))
        .checkAssert(
            (report, first, partner, deltas) -> {
              EditionSpec spec = report.spec();
              List<CellAddress> cells = spec.table(Tables.APPLICATIONS).orElseThrow().cells();
              CellAddress a = cells.get(first % cells.size());
              boolean sameRow = partner % 2 == 0;
              List<CellAddress> line =
                  cells.stream()
                      .filter(c -> !c.equals(a))
                      .filter(
                          c -> sameRow ? c.row().equals(a.row()) : c.column().equals(a.column()))
                      .toList();
              CellAddress b = line.get(partner / 2 % line.size());
              long da = 1 + deltas % 5;
              long db = (deltas / 5 % 2 == 0 ? 1 : -1) * (1 + deltas / 10 % 5);
              long vb = report.cell(b).wholeNumber().orElseThrow();
              if (vb + db < 0) {
                db = -db;
              }
              Map<CellAddress, Long> change = Map.of(a, da, b, db);
              AnnualReport changed =
                  TestReports.with(
                      TestReports.with(
                          report,
                          a,
                          CellValue.count(report.cell(a).wholeNumber().orElseThrow() + da)),
                      b,
                      CellValue.count(vb + db));
              List<Identity> broken =
                  spec.identities().stream().filter(i -> imbalance(i, change) != 0).toList();
              assertTrue(
                  broken.get(0).cells().stream()
                      .noneMatch(c -> broken.stream().allMatch(i -> i.cells().contains(c))),
                  "some cell is in every broken sum");
              ValidationResult result = VALIDATOR.validate(changed);
              assertEquals(broken.size(), result.findings().size());
              List<RepairHint> firstHints =
                  result.findings().stream().map(f -> f.hints().get(0)).distinct().toList();
              for (RepairHint hint : firstHints) {
                assertTrue(hint.corrections().size() >= 2, hint.messageEn());
                assertEquals(broken.size(), hint.satisfiedRules(), hint.messageEn());
                AnnualReport repaired = changed;
                for (CellCorrection c : hint.corrections()) {
                  repaired =
                      TestReports.with(
                          repaired, c.cell(), CellValue.count(c.suggested().longValueExact()));
                }
                assertEquals(List.of(), VALIDATOR.validate(repaired).findings(), hint.messageEn());
              }
            });
  }

  /** How much a change of some cells moves the left side of an identity against its right. */
  private static long imbalance(Identity identity, Map<CellAddress, Long> change) {
    return identity.left().stream().mapToLong(c -> change.getOrDefault(c, 0L)).sum()
        - identity.right().stream().mapToLong(c -> change.getOrDefault(c, 0L)).sum();
  }

  @Test
  void everyIdentityOfSectionThreeHoldsInTheFixtures() {
    for (Edition e : Edition.values()) {
      AnnualReport r = TestReports.consistent(e, e.firstYear());
      for (Identity i : e.spec().identities()) {
        long left = i.left().stream().mapToLong(a -> r.cell(a).wholeNumber().orElseThrow()).sum();
        long right = i.right().stream().mapToLong(a -> r.cell(a).wholeNumber().orElseThrow()).sum();
        assertEquals(left, right, i.relation().id() + " " + i.along());
      }
    }
  }
}
