package org.disclosurereport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.RuleCode;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;

class ReadAssertionsTest {
  private static final CellAddress GRANTED =
      CellAddress.of(Tables.APPLICATIONS, ApplicationRows.RESULTS_TOTAL, Applicants.NATURAL_PERSON);

  private static AnnualReport report() {
    return ReportGenerator.of(Edition.V2021).generate(RandomEntropy.seeded(9));
  }

  private static ReadResult read(AnnualReport report, Finding... findings) {
    return new ReadResult("page.html", report, List.of(findings));
  }

  private static Finding finding(Severity severity) {
    return Finding.of(RuleCode.DIFFERENT_ORGANS, "previousOrgan", "甲", "currentOrgan", "乙")
        .severity(severity)
        .build();
  }

  @Test
  void theSameReportWithNothingButInformationPasses() {
    AnnualReport r = report();
    AnnualReport copy = AnnualReport.copyOf(r);
    assertSame(copy, ReadAssertions.assertReadsBack(r, read(copy, finding(Severity.INFO))));
  }

  @Test
  void aCellThatDiffersIsNamedWithBothValues() {
    AnnualReport r = report();
    long v = r.cell(GRANTED).wholeNumber().orElseThrow();
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>(r.cells());
    cells.put(GRANTED, CellValue.count(v + 3));
    AnnualReport changed = AnnualReport.copyOf(r).withCells(cells);
    String m =
        assertThrows(AssertionError.class, () -> ReadAssertions.assertReadsBack(r, read(changed)))
            .getMessage();
    assertTrue(m.startsWith("page.html: "), m);
    assertTrue(m.contains("its cells: 1 differ"), m);
    assertTrue(m.contains(GRANTED.toString()), m);
    assertTrue(m.contains(String.valueOf(v)) && m.contains(String.valueOf(v + 3)), m);
  }

  @Test
  void thePartThatDiffersIsNamed() {
    AnnualReport r = report();
    AnnualReport retitled = r.withMetadata(ReportMetadata.copyOf(r.metadata()).withTitle("另一个标题"));
    String m =
        assertThrows(AssertionError.class, () -> ReadAssertions.assertReadsBack(r, read(retitled)))
            .getMessage();
    assertTrue(m.contains("its metadata"), m);
    assertTrue(m.contains("另一个标题"), m);
  }

  @Test
  void findingsMoreSevereThanAllowedFailAndNoReportFails() {
    AnnualReport r = report();
    String m =
        assertThrows(
                AssertionError.class,
                () -> ReadAssertions.assertReadsBack(r, read(r, finding(Severity.WARNING))))
            .getMessage();
    assertTrue(m.contains("more severe than INFO") && m.contains("DR-V404"), m);
    ReadAssertions.assertReadsBack(r, read(r, finding(Severity.WARNING)), Severity.WARNING);
    assertThrows(
        AssertionError.class,
        () ->
            ReadAssertions.assertReadsBack(r, read(r, finding(Severity.ERROR)), Severity.WARNING));
    String none =
        assertThrows(
                AssertionError.class,
                () -> ReadAssertions.assertReadsBack(r, read(null, finding(Severity.ERROR))))
            .getMessage();
    assertTrue(none.contains("no report was read") && none.contains("DR-V404"), none);
  }

  @Test
  void aPublishedDocumentHasNoOrganLevelKindOrFeeFigures() {
    AnnualReport full = SampleReports.exampleDistrict2024();
    assertTrue(full.metadata().organLevel().isPresent());
    assertTrue(full.otherMatters().fees().isPresent());
    AnnualReport published = ReadAssertions.asPublished(full);
    assertEquals(Optional.empty(), published.metadata().organLevel());
    assertEquals(Optional.empty(), published.metadata().organKind());
    assertEquals(Optional.empty(), published.otherMatters().fees());
    assertEquals(full.cells(), published.cells());
    assertEquals(full.otherMatters().narrative(), published.otherMatters().narrative());
    assertFalse(full.equals(published));
  }
}
