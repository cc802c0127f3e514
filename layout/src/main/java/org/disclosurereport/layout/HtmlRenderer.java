package org.disclosurereport.layout;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.layout.internal.DeclaredMetadata;
import org.disclosurereport.layout.internal.RenderedText;
import org.disclosurereport.layout.internal.ReportLayout;
import org.disclosurereport.layout.internal.TableLayout;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.TextBlock;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * Renders a report in the official layout as an HTML document, readable in a browser and fit to
 * print.
 *
 * <p>The document has the title, the page metadata the report has (索引号, 发布日期, the organ's codes),
 * and the six sections with their official headings. The tables are printed as the national format
 * prints them, with the merged header cells ({@code rowspan}, {@code colspan}) derived from the
 * edition's heading trees, the corner note of section 三 and the official labels; section 二 is one
 * table of blocks, each under its caption. Blank cells are empty; amounts carry their unit unless
 * the column's label declares it. Rows the format does not have follow their table's rows. A print
 * style sheet sets A4 pages, repeats table headers on each page and keeps rows whole.
 *
 * <p>Every metadata field (organ, year, edition, title, the organ's level and kind, codes, date) is
 * also in the page's head as {@code <meta name="disclosure-report:…">} elements, which the reader
 * prefers to the title: a title that names no organ, or another year, loses nothing. In a page that
 * declares them, the narrative's paragraphs and sub-headings are marked ({@code data-text}) and
 * read back as text whatever they say, so a paragraph that reads like a heading ({@code 一、总体情况}), a
 * table label or markup stays a paragraph. White space in text is collapsed as a browser shows it.
 *
 * <p>What the published layout has no place for is not printed: the structured
 * information-processing fees (an organ reports them in the text of section 六) and the extensions
 * of a document. Reading the rendered page back with {@link PublishedReportReader#readHtml(String)}
 * gives the report back.
 *
 * <p>A page that shows a report among other things (a validation page marking the cells a finding
 * names, say) takes the report alone with {@link #renderArticle(AnnualReport)}, the style sheet
 * with {@link #styleSheet()}, and adds its own attributes to the figures' cells with {@link
 * #withCellAttributes(Function)}; every figure of the format carries its address in {@code
 * data-cell} ({@code table/row/column}) either way.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlRenderer {
  private static final Function<CellAddress, Map<String, String>> NO_ATTRIBUTES = cell -> Map.of();

  private static final String STYLE =
      String.join(
          "\n",
          "body{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",\"Noto Sans CJK SC\",serif;",
          "  margin:2em auto;max-width:60em;padding:0 1em;line-height:1.8;color:#000;background:#fff}",
          "h1{text-align:center;font-size:1.6em;font-weight:bold;margin:1em 0}",
          "h2{font-family:\"SimHei\",\"Heiti SC\",\"Noto Sans CJK SC\",sans-serif;font-size:1.15em;",
          "  margin:1.2em 0 .5em}",
          "h3{font-size:1em;margin:.6em 0 .2em;text-indent:2em}",
          "p{text-indent:2em;margin:.3em 0}",
          "p.meta{text-indent:0;text-align:center;margin:0;color:#333}",
          "table.report-table{border-collapse:collapse;width:100%;margin:.5em 0 1.2em;",
          "  font-size:.9em;line-height:1.5}",
          "table.report-table th,table.report-table td{border:1px solid #000;padding:.3em .4em;",
          "  text-align:center;vertical-align:middle}",
          "table.report-table th{font-weight:normal}",
          "table.report-table th.caption{font-weight:bold}",
          "table.report-table td.label{text-align:left}",
          "table.report-table th.corner{font-size:.85em}",
          "@media print{",
          "  @page{size:A4;margin:20mm 15mm}",
          "  body{margin:0;max-width:none;padding:0;font-size:10.5pt}",
          "  h2{page-break-after:avoid;break-after:avoid}",
          "  table.report-table{page-break-inside:auto}",
          "  table.report-table tr{page-break-inside:avoid;break-inside:avoid}",
          "  table.report-table thead{display:table-header-group}",
          "}");

  private final Function<CellAddress, Map<String, String>> cellAttributes;

  private HtmlRenderer(Function<CellAddress, Map<String, String>> cellAttributes) {
    this.cellAttributes = cellAttributes;
  }

  /**
   * Returns a renderer.
   *
   * @return the renderer
   */
  public static HtmlRenderer create() {
    return new HtmlRenderer(NO_ATTRIBUTES);
  }

  /**
   * Returns a renderer that adds attributes to the cell of each figure of the format, for a page
   * that marks cells (a class, a title, an id). The attribute {@code class} is added to the cell's
   * own classes; any other attribute is set, escaped as every attribute is.
   *
   * @param attributes the attributes of a cell, by its address; an empty map for none
   * @return the new renderer
   * @throws NullPointerException if {@code attributes} is null
   */
  public HtmlRenderer withCellAttributes(Function<CellAddress, Map<String, String>> attributes) {
    return new HtmlRenderer(Objects.requireNonNull(attributes, "attributes"));
  }

  /**
   * Returns the style sheet of the rendered layout, the one {@link #render} puts in the document's
   * head, for a page that serves it as a file of its own.
   *
   * @return the CSS text
   */
  public static String styleSheet() {
    return STYLE;
  }

  /**
   * Renders a report as the {@code article} element alone, without the document around it and
   * without its style sheet, to be placed in a page of one's own.
   *
   * @param report the report
   * @return the HTML of the {@code article} element
   * @throws NullPointerException if {@code report} is null
   */
  public String renderArticle(AnnualReport report) {
    Objects.requireNonNull(report, "report");
    Document doc = Document.createShell("");
    article(doc, report);
    doc.outputSettings().prettyPrint(true).indentAmount(1);
    return doc.body().child(0).outerHtml();
  }

  /**
   * Renders a report.
   *
   * @param report the report
   * @return a complete HTML document
   * @throws NullPointerException if {@code report} is null
   */
  public String render(AnnualReport report) {
    Objects.requireNonNull(report, "report");
    String title = ReportLayout.title(report);
    Document doc = Document.createShell("");
    doc.insertChildren(0, new DocumentType("html", "", ""));
    doc.selectFirst("html").attr("lang", "zh-CN");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head()
        .appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    doc.title(title);
    // Every metadata field exactly, for a reader: the title need not say the organ or the year.
    DeclaredMetadata.fields(report.metadata())
        .forEach(
            (name, value) ->
                doc.head()
                    .appendElement("meta")
                    .attr("name", DeclaredMetadata.PREFIX + name)
                    .attr("content", value));
    doc.head().appendElement("style").appendText(STYLE);
    article(doc, report);
    doc.outputSettings().prettyPrint(true).indentAmount(1);
    return doc.outerHtml();
  }

  private void article(Document doc, AnnualReport report) {
    Element article =
        doc.body()
            .appendElement("article")
            .addClass("annual-report")
            .attr("data-edition", report.edition().id());
    ReportLayout.write(report, new Sink(article, cellAttributes));
  }

  /** Prints the parts of the report as elements of the article. */
  private static final class Sink implements ReportLayout.Sink {
    private final Element article;
    private final Function<CellAddress, Map<String, String>> cellAttributes;
    private Element section;

    Sink(Element article, Function<CellAddress, Map<String, String>> cellAttributes) {
      this.article = article;
      this.cellAttributes = cellAttributes;
    }

    @Override
    public void title(String title) {
      article.appendElement("h1").text(title);
    }

    @Override
    public void metadata(Map<String, String> fields) {
      fields.forEach(
          (name, value) -> article.appendElement("p").addClass("meta").text(name + "：" + value));
    }

    @Override
    public void section(SectionSpec spec) {
      section = article.appendElement("section").id(spec.id().key());
      section.appendElement("h2").text(spec.numberedHeading());
    }

    @Override
    public void narrative(Narrative narrative) {
      for (TextBlock block : narrative.blocks()) {
        block
            .heading()
            .ifPresent(
                h ->
                    section
                        .appendElement("h3")
                        .attr(RenderedText.ATTRIBUTE, RenderedText.HEADING)
                        .text(h));
        for (String paragraph : block.body().split("\n")) {
          if (!paragraph.isBlank()) {
            section
                .appendElement("p")
                .attr(RenderedText.ATTRIBUTE, RenderedText.PARAGRAPH)
                .text(paragraph);
          }
        }
      }
    }

    @Override
    public void table(String key, TableSpec spec, List<TableLayout.Row> rows) {
      Element table = HtmlRenderer.table(section, key, rows, cellAttributes);
      if (spec != null) {
        columnWidths(table, TableLayout.labelColumns(spec), spec.columnLeaves().size());
      }
    }
  }

  /**
   * Gives the row labels about half the width, most of it to the innermost label column where the
   * long labels are, and shares the rest among the figures, so that short column headings such as
   * 自然人 are not broken.
   */
  private static void columnWidths(Element table, int labelColumns, int valueColumns) {
    Element colgroup = table.prependElement("colgroup");
    double outer = 12.0;
    double labels = labelColumns == 0 ? 0 : 52.0;
    for (int i = 0; i < labelColumns; i++) {
      double width = i < labelColumns - 1 ? outer : labels - outer * (labelColumns - 1);
      colgroup.appendElement("col").attr("style", width(width));
    }
    for (int i = 0; i < valueColumns; i++) {
      colgroup.appendElement("col").attr("style", width((100.0 - labels) / valueColumns));
    }
  }

  private static String width(double percent) {
    return String.format(Locale.ROOT, "width:%.2f%%", percent);
  }

  private static Element table(
      Element section,
      String key,
      List<TableLayout.Row> rows,
      Function<CellAddress, Map<String, String>> cellAttributes) {
    Element table = section.appendElement("table").addClass("report-table").attr("data-table", key);
    Element head = null;
    Element body = null;
    for (TableLayout.Row row : rows) {
      Element group;
      if (row.header()) {
        head = head == null ? table.appendElement("thead") : head;
        group = head;
      } else {
        body = body == null ? table.appendElement("tbody") : body;
        group = body;
      }
      Element tr = group.appendElement("tr");
      for (TableLayout.Cell cell : row.cells()) {
        boolean heading =
            cell.role() != TableLayout.Role.VALUE && cell.role() != TableLayout.Role.LABEL;
        Element c = tr.appendElement(heading ? "th" : "td").text(cell.text());
        if (cell.rowSpan() > 1) {
          c.attr("rowspan", String.valueOf(cell.rowSpan()));
        }
        if (cell.colSpan() > 1) {
          c.attr("colspan", String.valueOf(cell.colSpan()));
        }
        switch (cell.role()) {
          case CAPTION -> c.addClass("caption");
          case CORNER -> c.addClass("corner");
          case LABEL -> c.addClass("label");
          case VALUE -> {
            c.addClass("num");
            if (cell.address() != null) {
              c.attr("data-cell", cell.address().toString());
              cellAttributes
                  .apply(cell.address())
                  .forEach(
                      (name, value) -> {
                        if (name.equals("class")) {
                          c.addClass(value);
                        } else {
                          c.attr(name, value);
                        }
                      });
            }
          }
          default -> {}
        }
      }
    }
    return table;
  }
}
