package org.disclosurereport.cli.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.testkit.quicktheories.ReportGens;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class CellTallyTest {
  /** The tally of a report as its definition reads: every cell of the edition, one by one. */
  private static CellTally byEachCell(AnnualReport report, Set<CellAddress> printedMarks) {
    Map<CellAddress, CellValue> values = report.cells();
    int blank = 0;
    Set<CellAddress> marked = new HashSet<>();
    for (CellAddress a : report.spec().cells()) {
      if (values.getOrDefault(a, CellValue.blank()).isBlank()) {
        if (printedMarks.contains(a)) {
          marked.add(a);
        } else {
          blank++;
        }
      }
    }
    return new CellTally(report.spec().cells().size(), blank, marked);
  }

  @Test
  void countsTheCellsOfAReportAsItsEditionListsThem() {
    Gen<AnnualReport> reports =
        SourceDSL.arbitrary().pick(List.of(Edition.values())).flatMap(e -> ReportGens.reports(e));
    Gen<List<Integer>> picks =
        SourceDSL.lists().of(SourceDSL.integers().between(0, 199)).ofSizeBetween(0, 60);
    qt().withExamples(150)
        .forAll(reports, picks, picks)
        .checkAssert(
            (report, blanked, marks) -> {
              List<CellAddress> cells = report.spec().cells();
              AnnualReport.Builder b = AnnualReport.builder().from(report);
              for (int i : blanked) {
                b.putCell(cells.get(i % cells.size()), CellValue.blank());
              }
              AnnualReport withBlanks = b.build();
              Set<CellAddress> printed = new HashSet<>();
              for (int i : marks) {
                // Marks on blank cells and on filled ones, which a tally does not count.
                printed.add(cells.get(i % cells.size()));
              }
              assertEquals(byEachCell(withBlanks, printed), CellTally.of(withBlanks, printed));
            });
  }
}
