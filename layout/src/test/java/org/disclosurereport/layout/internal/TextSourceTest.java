package org.disclosurereport.layout.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSourceTest {
  private static List<String> texts(String text) {
    return TextSource.cells(text).stream().map(SourceCell::text).map(String::strip).toList();
  }

  @Test
  void tabsSeparateCellsAndKeepEmptyOnes() {
    List<SourceCell> cells = TextSource.cells("第二十条第（八）项\t\t\t\n行政事业性收费\t31\t8\t");
    assertEquals(
        List.of("第二十条第（八）项", "", "", "", "行政事业性收费", "31", "8", ""),
        cells.stream().map(SourceCell::text).toList());
    SourceCell eight = cells.get(6);
    assertEquals(2, eight.origin().line().getAsInt());
    assertEquals(3, eight.origin().column().getAsInt());
    assertEquals(12, eight.origin().lineColumn().getAsInt());
    assertTrue(cells.get(4).rowStart());
    assertFalse(eight.rowStart());
    assertFalse(eight.joinable(), "tab-separated cells are never joined");
  }

  @Test
  void theCellsOfALineShareOneCopyOfItsText() {
    // 30,000 cells on one line with a tab at its end: a stripped copy of the line per cell would
    // be 30,000 copies of 60,000 characters, several gigabytes.
    String line = "行政许可" + "\t1".repeat(30_000) + "\t";
    List<SourceCell> cells = TextSource.cells("标题\n" + line + "\n");
    assertEquals(
        1 + 1 + 30_000 + 1,
        cells.size(),
        "the title, the label, the figures, the empty cell after the last tab");
    String first = cells.get(1).lineText();
    assertEquals(line.strip(), first);
    assertTrue(
        cells.stream().skip(1).allMatch(c -> c.lineText() == first), "one string for the line");
  }

  @Test
  void pipesEndCellsAndACellMayRunOverLines() {
    assertEquals(
        List.of("规章", "0", "0", "0", "规范性文件", "0", "8", "8"),
        texts("规章  | 0  | 0  | 0  | \n规范性文件  | 0  | 8  | 8  | "));
    assertEquals(List.of("规章", "", "", ""), texts("规章 |\n|\n|\n|"));
    List<SourceCell> split = TextSource.cells("商业\n企业\n|\n科研\n机构\n|");
    assertEquals("商业\n企业", split.get(0).text());
    assertEquals(2, split.get(0).lines().size(), "also offered line by line");
  }

  @Test
  void textBeforeAPipeLineIsOfferedLineByLine() {
    List<SourceCell> cells =
        TextSource.cells(
            "三、收到和处理政府信息公开申请情况\n该部分以表格形式报告。\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\n|\n申请人情况\n|");
    SourceCell first = cells.get(0);
    assertEquals(3, first.lines().size());
    assertEquals("该部分以表格形式报告。", first.lines().get(1).text());
    assertEquals(2, first.lines().get(1).origin().line().getAsInt());
  }

  @Test
  void aLineOfLabelsAndFiguresIsSplitAtSpaces() {
    assertEquals(
        List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "规章", "0", "0", "0"),
        texts("信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n规章 0 0 0"));
    assertEquals(List.of("1.", "属于国家秘密", "0", "0"), texts("1. 属于国家秘密 0 0"));
  }

  @Test
  void aSentenceWithSpacesStaysWhole() {
    assertEquals(List.of("洛宁县人民政府 2020 年政府信息公开工作 年度报告"), texts("洛宁县人民政府 2020 年政府信息公开工作 年度报告"));
    assertEquals(List.of("全年 共收到 2 件申请。"), texts("全年 共收到 2 件申请。"));
  }

  @Test
  void oneCellPerLineWithBlankLinesBetween() {
    List<SourceCell> cells = TextSource.cells("本年新\n制作数量\n\n规章\n\n0\n");
    assertEquals(List.of("本年新", "制作数量", "规章", "0"), cells.stream().map(SourceCell::text).toList());
    assertTrue(cells.get(1).joinable(), "a label broken over lines can be joined");
    assertEquals(6, cells.get(3).origin().line().getAsInt());
  }

  /** Lines are split as the regular expression {@code \r\n|\r|\n} splits them, empty ones kept. */
  @Test
  void splitsLinesAsTheRegularExpressionDoes() {
    org.quicktheories.core.Gen<String> pieces =
        org.quicktheories.generators.Generate.pick(
            List.of("a", "中", "\r", "\n", "\r\n", " ", "\t"));
    org.quicktheories.QuickTheory.qt()
        .withExamples(3000)
        .forAll(org.quicktheories.generators.SourceDSL.lists().of(pieces).ofSizeBetween(0, 10))
        .checkAssert(
            list -> {
              String text = String.join("", list);
              assertEquals(
                  List.of(text.split("\r\n|\r|\n", -1)),
                  List.of(TextSource.lines(text)),
                  text.replace("\r", "\\r").replace("\n", "\\n"));
            });
  }
}
