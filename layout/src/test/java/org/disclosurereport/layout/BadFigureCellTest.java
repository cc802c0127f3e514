package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.testkit.samples.SampleReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A count cell of an HTML table holding what is no figure: the cell is blank with a finding located
 * on it; the other figures of its row stay in their columns and no row is invented.
 */
class BadFigureCellTest {
  private static final CellAddress CELL =
      CellAddress.of(Tables.APPLICATIONS, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON);

  @Test
  void aCellThatIsNoFigureIsBlankWithAFindingAndNothingShifts() {
    AnnualReport report = SampleReports.luoning2020();
    String html = HtmlRenderer.create().render(report);
    Map<CellAddress, CellValue> expected = new LinkedHashMap<>(report.cells());
    expected.put(CELL, CellValue.blank());
    for (String bad : List.of("abc", "1e3", "NaN", "(5)")) {
      Document doc = Jsoup.parse(html);
      doc.selectFirst("td[data-cell=" + CELL + "]").text(bad);
      ReadResult read = PublishedReportReader.create().readHtml(doc.outerHtml());
      AnnualReport back = read.report().orElseThrow(() -> new AssertionError(read.findings()));
      assertEquals(List.of(), back.supplementaryRows(), bad);
      for (Map.Entry<CellAddress, CellValue> e : expected.entrySet()) {
        assertEquals(e.getValue(), back.cell(e.getKey()), bad + " at " + e.getKey());
      }
      List<Finding> about =
          read.findings().stream().filter(f -> f.involvedCells().contains(CELL)).toList();
      assertEquals(1, about.size(), bad + ": " + read.findings());
      assertTrue(about.get(0).isError(), about.get(0).toString());
      assertTrue(
          about.get(0).location().sourceText().orElse("").contains(bad), about.get(0).toString());
    }
  }
}
