package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.junit.jupiter.api.Test;

/**
 * Text as it is really copied out of web pages and documents: inline tags kept in cells, full-width
 * bars, a bar after a blank last cell, the entity of an empty cell. Every figure reads.
 */
class TextAsCopiedTest {
  private static final PublishedReportReader READER = PublishedReportReader.create();
  private static final String SEED = PublishedReportReaderTest.resource("luoning-2020.txt");

  private static Map<CellAddress, CellValue> seedFigures() {
    return org.disclosurereport.testkit.samples.SampleReports.luoning2020().cells();
  }

  private static List<String> warnings(ReadResult read) {
    return read.findings().stream()
        .filter(f -> !f.severity().name().equals("INFO"))
        .map(Finding::ruleId)
        .toList();
  }

  /** The seed's tab-separated rows with their cells separated by the given bar. */
  private static String barred(String text, String bar) {
    return text.replace("\t", bar);
  }

  /** What the seed itself reads with beyond INFO (it prints one row with a cell too many). */
  private static final List<String> SEED_WARNINGS = warnings(READER.readText(SEED));

  @Test
  void inlineTagsInsideCellsDoNotHideLabels() {
    String text =
        SEED.replace("本年新制作数量", "本年新<br />制作数量")
            .replace("自然人", "自然<br>人")
            .replace("规范性文件", "<span>规范性</span>文件");
    assertTrue(text.contains("<br />"));
    ReadResult read = READER.readText(text);
    AnnualReport report = read.report().orElseThrow();
    assertEquals(seedFigures(), report.cells());
    assertEquals(SEED_WARNINGS, warnings(read), read.findings()::toString);
  }

  @Test
  void fullWidthBarsSeparateLikeBars() {
    ReadResult ascii = READER.readText(barred(SEED, "|"));
    ReadResult wide = READER.readText(barred(SEED, "｜"));
    assertEquals(seedFigures(), wide.report().orElseThrow().cells());
    assertEquals(ascii.report(), wide.report());
    assertEquals(SEED_WARNINGS, warnings(wide), wide.findings()::toString);
  }

  @Test
  void aBarAfterTheLastFigureClosesABlankLastCell() {
    // "规章|0|0|": the third figure is not printed, the bar closes its blank cell.
    String text = barred(SEED, "|").replace("规章|0|0|0\n", "规章|0|0|\n");
    assertTrue(text.contains("规章|0|0|\n"), text);
    ReadResult read = READER.readText(text);
    Map<CellAddress, CellValue> expected = new HashMap<>(seedFigures());
    CellAddress total =
        CellAddress.of(Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, Proactive.TOTAL_PUBLISHED);
    expected.remove(total); // a blank cell is not a figure of the report
    assertEquals(expected, read.report().orElseThrow().cells());
    assertEquals(SEED_WARNINGS, warnings(read), read.findings()::toString);
  }

  @Test
  void theEntityOfAnEmptyCellIsABlankCell() {
    String text = SEED.replace("规章\t0\t0\t0", "规章\t0\t&nbsp;\t0");
    ReadResult read = READER.readText(text);
    Map<CellAddress, CellValue> expected = new HashMap<>(seedFigures());
    CellAddress blank =
        CellAddress.of(Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, Proactive.NEWLY_PUBLISHED);
    expected.remove(blank);
    assertEquals("&nbsp;", read.cellSource(blank).orElseThrow().rawText());
    assertEquals(expected, read.report().orElseThrow().cells());
    assertEquals(SEED_WARNINGS, warnings(read), read.findings()::toString);
  }

  @Test
  void aReportInAnIframeSrcdocIsRead() {
    String page = PublishedReportReaderTest.resource("html/county-bureau-2022.html");
    String framed =
        "<html><body><nav>首页</nav><iframe srcdoc=\""
            + page.replace("&", "&amp;").replace("\"", "&quot;")
            + "\"></iframe></body></html>";
    ReadResult direct = READER.readHtml(page);
    ReadResult read = READER.readHtml(framed);
    assertTrue(direct.report().isPresent(), direct.findings()::toString);
    assertEquals(direct.report().get().cells(), read.report().orElseThrow().cells());
    assertEquals(
        direct.report().get().metadata().organName().orElseThrow(),
        read.report().get().metadata().organName().orElseThrow());
  }
}
