package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.CellValue;
import org.junit.jupiter.api.Test;

/**
 * Empty rows around the one data row of section 四, as Word exports (a trailing {@code <tr
 * height=0>}) and hand-edited texts print them: they are not rows and change nothing.
 */
class EmptyRowsTest {
  private static final PublishedReportReader READER = PublishedReportReader.create();
  private static final String PAGE =
      PublishedReportReaderTest.resource("html/county-bureau-2022.html");
  private static final String TEXT = PublishedReportReaderTest.resource("luoning-2020.txt");
  private static final String DATA_ROW_HTML =
      "<tr><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td>"
          + "<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>\n";
  private static final String EMPTY_ROW_HTML =
      "<tr height=0>" + "<td width=0></td>".repeat(15) + "</tr>\n";
  private static final String DATA_ROW_TEXT = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";
  private static final String EMPTY_ROW_TEXT = "\t".repeat(14) + "\n";

  private static List<String> notInfo(ReadResult read) {
    return read.findings().stream()
        .filter(f -> !f.severity().name().equals("INFO"))
        .map(Finding::ruleId)
        .toList();
  }

  private static Map<CellAddress, CellValue> section4(ReadResult read) {
    return read.report().orElseThrow().cells().entrySet().stream()
        .filter(e -> e.getKey().table().equals(tableFour()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static String tableFour() {
    return org.disclosurereport.edition.Keys.Tables.REVIEW_AND_LITIGATION;
  }

  private static void assertSameAsWithout(ReadResult plain, ReadResult edited) {
    assertEquals(
        15,
        plain.report().orElseThrow().cells().keySet().stream()
                .filter(a -> a.table().equals(tableFour()))
                .count()
            + blanks(plain),
        plain.findings()::toString);
    assertEquals(
        plain.report().orElseThrow().cells(),
        edited.report().orElseThrow().cells(),
        edited.findings()::toString);
    assertEquals(notInfo(plain), notInfo(edited), edited.findings()::toString);
  }

  private static long blanks(ReadResult read) {
    return read.provenance().keySet().stream()
        .filter(a -> a.table().equals(tableFour()))
        .filter(a -> !read.report().orElseThrow().cells().containsKey(a))
        .count();
  }

  @Test
  void aTrailingEmptyRowOfAWordExportIsIgnored() {
    assertTrue(PAGE.contains(DATA_ROW_HTML));
    String page = PAGE.replace(DATA_ROW_HTML, DATA_ROW_HTML + EMPTY_ROW_HTML);
    assertSameAsWithout(READER.readHtml(PAGE), READER.readHtml(page));
  }

  @Test
  void anEmptyRowBeforeTheDataRowOfAPageIsIgnored() {
    String page = PAGE.replace(DATA_ROW_HTML, EMPTY_ROW_HTML + DATA_ROW_HTML);
    ReadResult read = READER.readHtml(page);
    assertEquals(15, section4(read).size() + blanks(read), read.findings()::toString);
    assertSameAsWithout(READER.readHtml(PAGE), read);
  }

  @Test
  void anEmptyRowBeforeOrAfterTheDataRowOfATextIsIgnored() {
    assertTrue(TEXT.contains(DATA_ROW_TEXT));
    ReadResult plain = READER.readText(TEXT);
    assertSameAsWithout(
        plain, READER.readText(TEXT.replace(DATA_ROW_TEXT, EMPTY_ROW_TEXT + DATA_ROW_TEXT)));
    assertSameAsWithout(
        plain, READER.readText(TEXT.replace(DATA_ROW_TEXT, DATA_ROW_TEXT + EMPTY_ROW_TEXT)));
    String barred = TEXT.replace("\t", "|");
    String row = DATA_ROW_TEXT.replace("\t", "|");
    String empty = "|".repeat(14) + "\n";
    ReadResult barredPlain = READER.readText(barred);
    assertSameAsWithout(barredPlain, READER.readText(barred.replace(row, empty + row)));
    assertSameAsWithout(barredPlain, READER.readText(barred.replace(row, row + empty)));
  }
}
