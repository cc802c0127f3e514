package org.disclosurereport.layout.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlSourceTest {
  private static final String PAGE =
      """
      <html><head><title>某县人民政府2021年政府信息公开工作年度报告_某县人民政府网</title>
      <script>var 规章 = 1;</script><style>td{}</style></head>
      <body>
      <div class="nav">首页 &gt; 政府信息公开 &gt; 年报 <a>一、总体情况</a></div>
      <table class="meta"><tr><td>索引号：</td><td>11341702486344515H/202201-00013</td>
        <td>发布日期：</td><td>2022-01-28</td></tr></table>
      <div class="article">
        <h1>某县人民政府2021年政府信息公开工作年度报告</h1>
        <p><strong>一、总体情况</strong></p>
        <p>本县推进政府信息公开。</p>
        <p style="display:none">隐藏的文字</p>
        <p>二、主动公开政府信息情况</p>
        <table><tr><td colspan="4">第二十条第（一）项</td></tr>
          <tr><td>信息内容</td><td>本年制发<br>件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
          <tr><td rowspan="2">规章</td><td>1</td><td>0</td><td>5</td></tr>
          <tr><td>2</td><td>3</td><td>4</td></tr></table>
      </div>
      <div class="footer">主办单位：某县人民政府办公室 网站标识码 1234567890</div>
      </body></html>
      """;

  @Test
  void onlyTheReportBodyIsReadAsCells() {
    HtmlSource.Page page = HtmlSource.read(PAGE);
    List<String> texts = page.cells().stream().map(SourceCell::text).toList();
    assertEquals("某县人民政府2021年政府信息公开工作年度报告", texts.get(0));
    assertTrue(texts.contains("一、总体情况"));
    assertFalse(texts.stream().anyMatch(t -> t.contains("首页")), "navigation is outside the body");
    assertFalse(texts.stream().anyMatch(t -> t.contains("主办单位")), "footer is outside the body");
    assertFalse(texts.stream().anyMatch(t -> t.contains("隐藏")), "hidden text is not read");
    assertFalse(texts.stream().anyMatch(t -> t.contains("var")), "scripts are not read");
    assertTrue(texts.contains("本年制发\n件数"), "a line break inside a cell is kept");
  }

  @Test
  void tableCellsKnowTheirPlaceOnTheGrid() {
    HtmlSource.Page page = HtmlSource.read(PAGE);
    SourceCell two =
        page.cells().stream().filter(c -> c.text().equals("2")).findFirst().orElseThrow();
    assertEquals(2, two.origin().table().getAsInt(), "the second table of the page");
    assertEquals(4, two.origin().row().getAsInt());
    assertEquals(2, two.origin().column().getAsInt(), "after the label spanning down");
    assertTrue(two.origin().line().isPresent());
    assertTrue(two.rowStart() && two.hardBreak(), "first cell of its row");
  }

  /**
   * A cell's line and column, found only when asked by a second parse, are those of its element's
   * start tag in the page as given, hidden elements and frames before it notwithstanding.
   */
  @Test
  void cellsArePlacedAtTheirTagInTheSource() {
    String page =
        PAGE.replace(
                "<p>本县推进政府信息公开。</p>",
                "<p>本县推进政府信息公开。</p>\n<div hidden><table><tr><td>隐</td></tr></table></div>"
                    + "<iframe srcdoc=\"&lt;p&gt;框内&lt;/p&gt;\"></iframe>")
            .replace("<td>2</td>", "<td class=\"x\">2</td>");
    HtmlSource.Page read = HtmlSource.read(page);
    SourceCell two =
        read.cells().stream().filter(c -> c.text().equals("2")).findFirst().orElseThrow();
    assertEquals(3, two.origin().table().getAsInt(), "the hidden table is counted");
    int at = page.indexOf("<td class=\"x\">2</td>");
    assertEquals(lineOf(page, at), two.origin().line().getAsInt());
    assertEquals(columnOf(page, at), two.origin().lineColumn().getAsInt());
    int cells = 0;
    for (SourceCell c : read.cells()) {
      if (c.origin().table().isEmpty() || c.text().equals("框内")) {
        continue;
      }
      int offset = offset(page, c.origin().line().getAsInt(), c.origin().lineColumn().getAsInt());
      assertTrue(page.startsWith("<td", offset), c.text() + " at " + offset);
      assertTrue(page.indexOf(c.text().replace("\n", "<br>"), offset) > offset, c.text());
      cells++;
    }
    assertEquals(12, cells);
    SourceCell framed =
        read.cells().stream().filter(c -> c.text().equals("框内")).findFirst().orElseThrow();
    assertEquals(1, framed.origin().line().getAsInt(), "placed in the frame's own document");
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  private static int columnOf(String text, int offset) {
    return offset - text.lastIndexOf('\n', offset - 1);
  }

  private static int offset(String text, int line, int column) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      start = text.indexOf('\n', start) + 1;
    }
    return start + column - 1;
  }

  @Test
  void metadataIsLookedForOnTheWholePage() {
    HtmlSource.Page page = HtmlSource.read(PAGE);
    assertTrue(
        page.pageLines().stream()
            .anyMatch(l -> l.contains("索引号") && l.contains("11341702486344515H")),
        () -> page.pageLines().toString());
    assertTrue(page.pageTitle().startsWith("某县人民政府2021年"));
    assertEquals("某县人民政府2021年政府信息公开工作年度报告", page.titleCandidates().get(0));
  }

  @Test
  void aFragmentWithoutHeadingsIsReadWhole() {
    HtmlSource.Page page = HtmlSource.read("<p>甲</p><p>乙</p>");
    assertEquals(List.of("甲", "乙"), page.cells().stream().map(SourceCell::text).toList());
  }

  /** Runs of white space become one space, as {@code [\\s\\u00a0\\u3000]+} replaced them. */
  @Test
  void collapsesWhiteSpaceAsTheRegularExpressionDid() {
    java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("[\\s\\u00a0\\u3000]+");
    org.quicktheories.QuickTheory.qt()
        .withExamples(5000)
        .forAll(
            org.quicktheories.generators.SourceDSL.lists()
                .of(
                    org.quicktheories.generators.Generate.pick(
                        java.util.List.of(
                            "a", "中", " ", "  ", "\t", "\n", "\r", "\u000B", "\f", "\u00a0",
                            "\u3000", "\u2003", "\u200b")))
                .ofSizeBetween(0, 8))
        .checkAssert(
            parts -> {
              String text = String.join("", parts);
              org.junit.jupiter.api.Assertions.assertEquals(
                  spaces.matcher(text).replaceAll(" "), HtmlSource.collapseSpaces(text), text);
            });
  }

  /** The style test gives what lowering the style and removing its spaces would give. */
  @Test
  void styleHidesAsTheLoweredStyleSays() {
    org.quicktheories.QuickTheory.qt()
        .withExamples(5000)
        .forAll(
            org.quicktheories.generators.SourceDSL.lists()
                .of(
                    org.quicktheories.generators.Generate.pick(
                        List.of(
                            "display",
                            "DISPLAY",
                            "Dis",
                            "play",
                            ":",
                            " ",
                            "none",
                            "NONE",
                            "no",
                            "ne",
                            "visibility",
                            "Visi",
                            "bility",
                            "hidden",
                            "HIDDEN",
                            ";",
                            "\u0130",
                            "K",
                            "\u212a",
                            "\u00a0",
                            "i")))
                .ofSizeBetween(0, 6))
        .checkAssert(
            parts -> {
              String style = String.join("", parts);
              String lowered = style.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
              assertEquals(
                  lowered.contains("display:none") || lowered.contains("visibility:hidden"),
                  HtmlSource.styleHides(style),
                  style);
            });
  }
}
