package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text whose table rows are split at spaces and aligned in monospace: a row that leaves a cell
 * blank keeps its figures under their columns, and one whose figures stand under no clear column is
 * said to be so instead of being shifted.
 */
class AlignedColumnsTest {
  private static final String TABLE = Keys.Tables.ARTICLE20_ITEM1;
  private static final String REGULATIONS = Keys.Proactive.REGULATIONS;
  private static final String NORMATIVE = Keys.Proactive.NORMATIVE_DOCUMENTS;

  /** The right edges, in display columns, of the three figure columns. */
  private static final int[] EDGES = {34, 50, 66};

  /** A row with its figures right-aligned at the edges; null leaves a column blank. */
  private static String row(char pad, String label, String... figures) {
    StringBuilder b = new StringBuilder(label);
    int width = width(label);
    for (int k = 0; k < figures.length; k++) {
      if (figures[k] == null) {
        continue;
      }
      int target = EDGES[k] - figures[k].length();
      while (width < target - (pad == ' ' ? 0 : 1)) {
        b.append(pad);
        width += pad == ' ' ? 1 : 2;
      }
      while (width < target) {
        b.append(' ');
        width++;
      }
      b.append(figures[k]);
      width += figures[k].length();
    }
    return b.toString();
  }

  private static int width(String s) {
    return s.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
  }

  private static String text(char pad, String normativeRow) {
    return String.join(
        "\n",
        "某县人民政府2020年政府信息公开工作年度报告",
        "二、主动公开政府信息情况",
        "第二十条第（一）项",
        row(pad, "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量").replace("本年", " 本年").strip(),
        row(pad, "规章", "1", "2", "3"),
        normativeRow,
        "");
  }

  private static CellValue cell(AnnualReport r, String row, String column) {
    return r.cell(CellAddress.of(TABLE, row, column));
  }

  @ParameterizedTest
  @ValueSource(chars = {' ', '\u3000'})
  void aBlankCellKeepsTheFiguresUnderTheirColumns(char pad) {
    String text = text(pad, row(pad, "规范性文件", null, "8", "8"));
    ReadResult read = PublishedReportReader.create().readText(text);
    AnnualReport r = read.report().orElseThrow(() -> new AssertionError(read.findings()));
    assertEquals(Edition.V2019, r.edition());
    assertEquals("3", cell(r, REGULATIONS, Keys.Proactive.TOTAL_PUBLISHED).toString());
    assertTrue(cell(r, NORMATIVE, Keys.Proactive.NEWLY_MADE).isBlank(), text);
    assertEquals("8", cell(r, NORMATIVE, Keys.Proactive.NEWLY_PUBLISHED).toString(), text);
    assertEquals("8", cell(r, NORMATIVE, Keys.Proactive.TOTAL_PUBLISHED).toString(), text);
    assertFalse(read.ruleIds().contains("DR-L013"), read.findings()::toString);
    assertFalse(read.ruleIds().contains("DR-L017"), read.findings()::toString);
  }

  @Test
  void aBlankLastCellIsBlankToo() {
    String text = text(' ', row(' ', "规范性文件", "5", "8", null));
    AnnualReport r = PublishedReportReader.create().readText(text).report().orElseThrow();
    assertEquals("5", cell(r, NORMATIVE, Keys.Proactive.NEWLY_MADE).toString());
    assertEquals("8", cell(r, NORMATIVE, Keys.Proactive.NEWLY_PUBLISHED).toString());
    assertTrue(cell(r, NORMATIVE, Keys.Proactive.TOTAL_PUBLISHED).isBlank());
  }

  @Test
  void figuresUnderNoClearColumnAreNotShiftedButSaidToBeSo() {
    // The two figures stand between the columns: which cell is blank cannot be told.
    String text = text(' ', "规范性文件" + " ".repeat(32) + "8" + " ".repeat(7) + "9");
    ReadResult read = PublishedReportReader.create().readText(text);
    AnnualReport r = read.report().orElseThrow();
    for (String column :
        List.of(
            Keys.Proactive.NEWLY_MADE,
            Keys.Proactive.NEWLY_PUBLISHED,
            Keys.Proactive.TOTAL_PUBLISHED)) {
      assertTrue(cell(r, NORMATIVE, column).isBlank(), column);
    }
    Finding f =
        read.findings().stream()
            .filter(x -> x.ruleId().equals("DR-L017"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(read.findings()));
    assertEquals(6, f.location().line().orElseThrow());
    assertTrue(f.messageEn().contains("规范性文件"), f::messageEn);
    assertTrue(f.messageEn().contains("8") && f.messageEn().contains("9"), f::messageEn);
  }
}
