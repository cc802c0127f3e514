package org.disclosurereport.benchmarks;

import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.disclosurereport.layout.HtmlRenderer;
import org.disclosurereport.model.AnnualReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A report as a whole government web page: the official layout (from {@link HtmlRenderer}) inside
 * what a portal puts around it, for the HTML reading benchmark.
 *
 * <p>Portals publish reports pasted from a word processor, so every paragraph and table cell is
 * wrapped in the inline styles such an export carries, and the page has a header with navigation, a
 * search form, a breadcrumb, a metadata box, a side menu of earlier reports, a footer and scripts.
 * The report's content is exactly the rendered one: reading the page gives the report back, which
 * the benchmark's test checks. The chrome's text is the project's own.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GovernmentPage {
  private static final String CELL_STYLE =
      "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt";
  private static final String SPAN_STYLE =
      "font-size:10.5pt;font-family:宋体;mso-ascii-font-family:'Times New Roman';"
          + "mso-hansi-font-family:'Times New Roman';color:black";
  private static final String PARAGRAPH_STYLE =
      "text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly";

  private GovernmentPage() {}

  /**
   * Builds the page of a report.
   *
   * @param report the report
   * @return the page's HTML
   */
  public static String of(AnnualReport report) {
    Objects.requireNonNull(report, "report");
    Document rendered = Jsoup.parse(HtmlRenderer.create().render(report));
    Element article = rendered.selectFirst("article");
    Objects.requireNonNull(article, "the renderer's article");
    for (Element cell : article.select("td, th")) {
      String text = cell.text();
      cell.attr("style", CELL_STYLE).attr("valign", "center").empty();
      cell.appendElement("p")
          .addClass("MsoNormal")
          .attr("align", "center")
          .attr("style", "text-align:center;mso-pagination:widow-orphan")
          .appendElement("span")
          .attr("style", SPAN_STYLE)
          .attr("lang", "EN-US")
          .text(text);
    }
    for (Element paragraph : article.select("section > p")) {
      String text = paragraph.text();
      paragraph.addClass("MsoNormal").attr("style", PARAGRAPH_STYLE).empty();
      paragraph.appendElement("span").attr("style", SPAN_STYLE).text(text);
    }
    for (Element table : article.select("table")) {
      table
          .attr("class", "MsoNormalTable")
          .attr("border", "1")
          .attr("cellspacing", "0")
          .attr("cellpadding", "0")
          .attr(
              "style",
              "border-collapse:collapse;mso-table-layout-alt:fixed;mso-padding-alt:0cm 5.4pt 0cm 5.4pt");
    }
    String organ = report.metadata().organName().orElseThrow();
    String title = rendered.title();
    String date =
        report
            .metadata()
            .publicationDate()
            .map(DateTimeFormatter.ISO_LOCAL_DATE::format)
            .orElse("");
    StringBuilder page = new StringBuilder(64 * 1024);
    page.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"SiteName\" content=\"")
        .append(organ)
        .append("门户网站\">\n")
        .append("<meta name=\"ArticleTitle\" content=\"")
        .append(title)
        .append("\">\n")
        .append("<meta name=\"PubDate\" content=\"")
        .append(date)
        .append("\">\n")
        .append("<title>")
        .append(title)
        .append("_")
        .append(organ)
        .append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"/css/common.css\">\n")
        .append("<style>\n")
        .append(PORTAL_STYLE)
        .append("</style>\n")
        .append("<script>\n")
        .append(ANALYTICS)
        .append("</script>\n")
        .append("</head>\n<body>\n");
    header(page, organ);
    page.append(
            "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; ")
        .append(
            "<a href=\"/zwgk/xxgk/\">政府信息公开</a> &gt; <a href=\"/zwgk/xxgk/ndbg/\">年度报告</a></div>\n");
    page.append("<div class=\"main\">\n");
    sideMenu(page, report.metadata().reportYear().getAsInt());
    page.append("<div class=\"content\">\n<table class=\"xxgk_table\">\n")
        .append("<tr><td class=\"t\">索 引 号：</td><td>")
        .append(
            report.metadata().indexNumber().orElse("000000000/" + date.replace("-", "") + "-00001"))
        .append("</td><td class=\"t\">主题分类：</td><td>政务公开</td></tr>\n")
        .append("<tr><td class=\"t\">发布机构：</td><td>")
        .append(organ)
        .append("</td><td class=\"t\">发布日期：</td><td>")
        .append(date)
        .append("</td></tr>\n")
        .append(
            "<tr><td class=\"t\">文　　号：</td><td></td><td class=\"t\">有 效 性：</td><td>有效</td></tr>\n")
        .append("</table>\n<div class=\"view TRS_UEDITOR trs_paper_default\">\n")
        .append(article.outerHtml())
        .append("\n</div>\n<div class=\"tools\"><a href=\"javascript:window.print()\">打印本页</a>")
        .append(
            " <a href=\"javascript:window.close()\">关闭窗口</a> <a href=\"javascript:share()\">分享</a></div>\n")
        .append("</div>\n</div>\n");
    footer(page, organ);
    page.append("<script src=\"/js/jquery.min.js\"></script>\n<script>\n")
        .append(ACCESSIBILITY)
        .append("</script>\n</body>\n</html>\n");
    return page.toString();
  }

  private static void header(StringBuilder page, String organ) {
    page.append("<div id=\"header\"><div class=\"top\"><span>欢迎访问")
        .append(organ)
        .append("门户网站</span><a href=\"/wza/\">无障碍</a> <a href=\"/old/\">长者模式</a> ")
        .append(
            "<a href=\"/m/\">手机版</a></div>\n<div class=\"logo\"><img src=\"/images/logo.png\" alt=\"")
        .append(organ)
        .append("\"></div>\n")
        .append(
            "<form class=\"search\" action=\"/search\"><input name=\"q\" placeholder=\"请输入关键词\">")
        .append("<button type=\"submit\">搜索</button></form>\n<ul class=\"nav\">\n");
    String[] menus = {"首页", "政务公开", "政务服务", "互动交流", "走进本地", "专题专栏"};
    String[] items = {"通知公告", "政策文件", "政策解读", "人事信息", "财政信息", "重点项目", "应急管理", "统计数据"};
    for (int m = 0; m < menus.length; m++) {
      page.append("<li><a href=\"/m").append(m).append("/\">").append(menus[m]).append("</a><ul>");
      for (int i = 0; i < items.length; i++) {
        page.append("<li><a href=\"/m")
            .append(m)
            .append("/c")
            .append(i)
            .append("/\">")
            .append(items[i])
            .append("</a></li>");
      }
      page.append("</ul></li>\n");
    }
    page.append("</ul></div>\n");
  }

  private static void sideMenu(StringBuilder page, int year) {
    page.append("<div class=\"sidebar\"><h4>年度报告</h4><ul>\n");
    for (int y = year; y > year - 10; y--) {
      page.append("<li><a href=\"/zwgk/xxgk/ndbg/")
          .append(y)
          .append("/\">")
          .append(y)
          .append("年度报告</a></li>\n");
    }
    page.append("</ul><h4>相关链接</h4><ul><li><a href=\"/zwgk/xxgk/zn/\">公开指南</a></li>")
        .append(
            "<li><a href=\"/zwgk/xxgk/ml/\">公开目录</a></li><li><a href=\"/zwgk/xxgk/ysq/\">依申请公开</a></li>")
        .append("</ul></div>\n");
  }

  private static void footer(StringBuilder page, String organ) {
    page.append(
            "<div id=\"footer\"><p><a href=\"/about/\">关于本站</a> | <a href=\"/map/\">网站地图</a> | ")
        .append("<a href=\"/contact/\">联系我们</a></p>\n<p>主办单位：")
        .append(organ)
        .append("办公室</p>\n")
        .append("<p>联系电话：0000-0000000　网站标识码：0000000000</p>\n")
        .append("<p><a href=\"https://beian.miit.gov.cn/\">某ICP备00000000号-1</a>　")
        .append("<img src=\"/images/ga.png\" alt=\"\">某公网安备 00000000000000号</p>\n")
        .append(
            "<p><img src=\"/images/jiucuo.png\" alt=\"政府网站找错\"> <img src=\"/images/dzjg.png\" alt=\"党政机关\"></p></div>\n");
  }

  private static final String PORTAL_STYLE =
      String.join(
          "\n",
          "body{margin:0;font:14px/1.8 'Microsoft YaHei',SimSun,sans-serif;color:#333;background:#f3f3f3}",
          "#header .top{height:30px;background:#eee;padding:0 20px}",
          "#header .nav li{float:left;position:relative;width:16%;text-align:center}",
          "#header .nav li ul{display:none;position:absolute;background:#fff}",
          "#header .nav li:hover ul{display:block}",
          ".crumb{width:1200px;margin:10px auto;color:#666}",
          ".main{width:1200px;margin:0 auto;overflow:hidden;background:#fff}",
          ".sidebar{float:left;width:220px}.content{float:right;width:940px;padding:20px}",
          ".xxgk_table{width:100%;border:1px solid #ddd;margin-bottom:20px}",
          ".xxgk_table td.t{width:90px;text-align:right;color:#999}",
          ".view p{margin:0}.view table{margin:0 auto}",
          "#footer{background:#2b5f9e;color:#fff;text-align:center;padding:20px 0}",
          "#footer a{color:#fff}",
          "");

  private static final String ANALYTICS =
      String.join(
          "\n",
          "var _hmt = _hmt || [];",
          "(function() {",
          "  var hm = document.createElement('script');",
          "  hm.src = 'https://analytics.example/hm.js?0000000000';",
          "  var s = document.getElementsByTagName('script')[0];",
          "  s.parentNode.insertBefore(hm, s);",
          "})();",
          "");

  private static final String ACCESSIBILITY =
      String.join(
          "\n",
          "function share() { if (navigator.share) { navigator.share({title: document.title, url: location.href}); } }",
          "document.addEventListener('DOMContentLoaded', function () {",
          "  var links = document.querySelectorAll('.nav a');",
          "  for (var i = 0; i < links.length; i++) { links[i].setAttribute('tabindex', i + 1); }",
          "});",
          "");
}
