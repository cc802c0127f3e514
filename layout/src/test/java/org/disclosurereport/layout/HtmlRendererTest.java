package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.testkit.samples.SampleReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HtmlRendererTest {
  private static Document render(AnnualReport report) {
    return Jsoup.parse(HtmlRenderer.create().render(report));
  }

  private static Element cell(Element table, String text) {
    return table.select("th, td").stream()
        .filter(c -> c.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + text));
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void theSixSectionsCarryTheirOfficialHeadings(Edition edition) {
    Document doc = render(SampleReports.compact(edition));
    List<String> headings = doc.select("section > h2").eachText();
    assertEquals(
        edition.spec().sections().stream().map(SectionSpec::numberedHeading).toList(), headings);
    assertEquals(
        "某县人民政府" + (edition == Edition.V2019 ? 2020 : 2022) + "年政府信息公开工作年度报告",
        doc.selectFirst("h1").text());
    assertEquals(doc.title(), doc.selectFirst("h1").text());
    assertEquals("zh-CN", doc.selectFirst("html").attr("lang"));
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void section三HasTheMergedHeaderOfTheFormat(Edition edition) {
    TableSpec spec = edition.spec().table("applications").orElseThrow();
    Element table =
        render(SampleReports.compact(edition)).selectFirst("table[data-table=applications]");
    Element corner = table.selectFirst("thead tr th");
    assertEquals(spec.cornerNote().orElseThrow(), corner.text());
    assertEquals("3", corner.attr("rowspan"));
    assertEquals("3", corner.attr("colspan"));
    assertEquals("7", cell(table, "申请人情况").attr("colspan"));
    assertEquals("5", cell(table, "法人或其他组织").attr("colspan"));
    assertEquals("2", cell(table, "自然人").attr("rowspan"));
    assertEquals(edition == Edition.V2019 ? "20" : "22", cell(table, "三、本年度办理结果").attr("rowspan"));
    assertEquals("8", cell(table, "（三）不予公开").attr("rowspan"));
    assertEquals(3, table.select("thead tr").size());
    assertEquals(spec.rowLeaves().size(), table.select("tbody tr").size());
    assertEquals(
        "12", table.selectFirst("td[data-cell=applications/newlyReceived/naturalPerson]").text());
    assertEquals(
        "",
        table.selectFirst("td[data-cell=applications/carriedOver/total]").text(),
        "blank stays blank");
  }

  @Test
  void section四HasNoLabelColumn() {
    Element table =
        render(SampleReports.compact(Edition.V2021))
            .selectFirst("table[data-table=reviewAndLitigation]");
    assertEquals("10", cell(table, "行政诉讼").attr("colspan"));
    assertEquals("5", cell(table, "未经复议直接起诉").attr("colspan"));
    assertEquals(15, table.select("tbody td").size());
    assertEquals("2", table.selectFirst("tbody td").text());
  }

  @Test
  void section二IsOneTableOfBlocksUnderTheirCaptions() {
    Element table =
        render(SampleReports.compact(Edition.V2019)).selectFirst("table[data-table=proactive]");
    assertEquals(
        Edition.V2019
            .spec()
            .tables(org.disclosurereport.edition.SectionId.PROACTIVE_DISCLOSURE)
            .stream()
            .map(t -> t.caption().orElseThrow())
            .toList(),
        table.select("th.caption").eachText());
    assertEquals("4", table.selectFirst("th.caption").attr("colspan"));
    assertEquals("-27", table.selectFirst("td[data-cell=article20Item5/licensing/change]").text());
    assertEquals(
        "160.5964万元",
        table
            .selectFirst("td[data-cell=article20Item9/centralizedProcurement/procurementAmount]")
            .text(),
        "the column declares no unit");
    Element extra = cell(table, "其他主动公开文件").parent();
    assertEquals(
        List.of("其他主动公开文件", "186", "", ""), extra.children().stream().map(Element::text).toList());
  }

  @Test
  void anAmountInTheColumnsDeclaredUnitIsPrintedBare() {
    Element fee =
        render(SampleReports.compact(Edition.V2021))
            .selectFirst("td[data-cell=article20Item8/administrativeFees/feeAmount]");
    assertEquals("12.50", fee.text());
    assertEquals("3", fee.attr("colspan"));
  }

  @Test
  void theMetadataAndNarrativesArePrinted() {
    Document doc = render(SampleReports.compact(Edition.V2021));
    assertEquals(
        List.of("索引号：014416330/2023-00012", "发布日期：2023-01-20"), doc.select("p.meta").eachText());
    Element general = doc.getElementById("general");
    assertEquals(List.of("（一）主动公开"), general.select("h3").eachText());
    assertEquals(List.of("本县推进政府信息公开。", "通过网站公开信息。", "及时回应关切。"), general.select("p").eachText());
  }

  @Test
  void itIsFitToPrint() {
    String html = HtmlRenderer.create().render(SampleReports.compact(Edition.V2021));
    assertTrue(html.contains("@media print"));
    assertTrue(html.contains("@page"));
    assertTrue(html.contains("display:table-header-group"), "header rows repeat on each page");
    assertTrue(
        html.startsWith("<!doctype html>") || html.startsWith("<!DOCTYPE html>"),
        html.substring(0, 20));
  }

  @Test
  void textIsEscaped() {
    AnnualReport report =
        SampleReports.compact(Edition.V2021)
            .withProblems(Narrative.of("<script>alert(1)</script>&amp;"));
    String html = HtmlRenderer.create().render(report);
    assertFalse(html.contains("<script>alert"));
    Document doc = Jsoup.parse(html);
    assertNotNull(doc.getElementById("problems"));
    assertEquals(
        "<script>alert(1)</script>&amp;", doc.getElementById("problems").selectFirst("p").text());
  }

  @Test
  void aPageAddsItsOwnAttributesToTheCellsOfFigures() {
    AnnualReport report = SampleReports.compact(Edition.V2021);
    org.disclosurereport.edition.CellAddress marked =
        org.disclosurereport.edition.CellAddress.of(
            "applications", "resultsTotal", "naturalPerson");
    HtmlRenderer renderer =
        HtmlRenderer.create()
            .withCellAttributes(
                cell ->
                    cell.equals(marked)
                        ? java.util.Map.of(
                            "class", "finding-error", "title", "<b>\"sum\"</b>", "id", "cell-x")
                        : java.util.Map.of("data-kind", "count"));
    Document doc = org.jsoup.Jsoup.parse(renderer.render(report));
    Element td = doc.selectFirst("td[data-cell=applications/resultsTotal/naturalPerson]");
    assertTrue(td.hasClass("num") && td.hasClass("finding-error"), td.outerHtml());
    assertEquals("<b>\"sum\"</b>", td.attr("title"));
    assertEquals("cell-x", td.id());
    assertEquals(
        doc.select("td[data-cell]").size() - 1,
        doc.select("td[data-cell][data-kind=count]").size());
    assertEquals(
        HtmlRenderer.create().render(report),
        HtmlRenderer.create().withCellAttributes(c -> java.util.Map.of()).render(report),
        "no attributes: the same document");
  }

  @Test
  void theArticleAloneIsTheDocumentsArticleWithoutTheStyleSheet() {
    AnnualReport report = SampleReports.compact(Edition.V2019);
    Document whole = render(report);
    Element article =
        org.jsoup.Jsoup.parseBodyFragment(HtmlRenderer.create().renderArticle(report))
            .body()
            .child(0);
    assertEquals("article", article.tagName());
    assertEquals(whole.selectFirst("article").outerHtml(), article.outerHtml());
    assertTrue(article.select("style").isEmpty());
    assertTrue(
        whole.selectFirst("style").data().contains(HtmlRenderer.styleSheet().substring(0, 40)));
  }
}
