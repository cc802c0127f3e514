package org.disclosurereport.layout;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.layout.internal.DeclaredMetadata;
import org.disclosurereport.layout.internal.RenderedText;
import org.disclosurereport.layout.internal.ReportLayout;
import org.disclosurereport.layout.internal.TableLayout;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.TextBlock;

/**
 * Renders a report as plain text, the way text copied from a published report looks: the title, the
 * report's particulars, each section under its official heading, paragraphs indented by two
 * ideographic spaces and separated by blank lines, and every table row on one line with its cells
 * separated by tabs (one cell per printed cell, so a merged cell is one cell and the cells spanning
 * down from above are not repeated).
 *
 * <p>The particulars are a block of {@code 标签：值} lines under the title, one per metadata field the
 * report has: organ, year, edition, title, the organ's level and kind, codes, index number and
 * date. They are machine-readable, and the reader prefers them to the title: a title that names no
 * organ, another organ or another year loses nothing. In a text with that block, the reader takes
 * each indented line as a paragraph exactly as written and each other line of a text section as a
 * sub-heading, so a paragraph that reads like a heading ({@code 一、总体情况}), a table label or markup
 * stays a paragraph.
 *
 * <p>Blank cells are empty; amounts carry their unit unless the column's label declares it. As with
 * {@link HtmlRenderer}, the structured fees and extensions are not printed. Reading the text back
 * with {@link PublishedReportReader#readText(String)} gives the report back, provided its text has
 * no line breaks but those between paragraphs, each sub-heading is one line, and only the first
 * block of a section goes without a sub-heading.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TextRenderer {
  private TextRenderer() {}

  /**
   * Returns a renderer.
   *
   * @return the renderer
   */
  public static TextRenderer create() {
    return new TextRenderer();
  }

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the text, lines ending in {@code \n}
   * @throws NullPointerException if {@code report} is null
   */
  public String render(AnnualReport report) {
    Objects.requireNonNull(report, "report");
    StringBuilder out = new StringBuilder();
    ReportLayout.write(
        report,
        new ReportLayout.Sink() {
          @Override
          public void title(String title) {
            out.append(title).append('\n');
          }

          @Override
          public void metadata(Map<String, String> fields) {
            // Every field, the printed ones among them, in the block the reader prefers.
            for (String line : DeclaredMetadata.textLines(report.metadata())) {
              out.append(line).append('\n');
            }
          }

          @Override
          public void section(SectionSpec section) {
            out.append('\n').append(section.numberedHeading()).append("\n\n");
          }

          @Override
          public void narrative(Narrative narrative) {
            for (TextBlock block : narrative.blocks()) {
              block.heading().ifPresent(h -> out.append(h).append("\n\n"));
              if (!block.body().isEmpty()) {
                for (String paragraph : block.body().split("\n", -1)) {
                  out.append(RenderedText.PARAGRAPH_INDENT).append(paragraph).append("\n\n");
                }
              }
            }
          }

          @Override
          public void table(String key, TableSpec table, List<TableLayout.Row> rows) {
            TextRenderer.table(out, rows);
          }
        });
    return out.toString();
  }

  private static void table(StringBuilder out, List<TableLayout.Row> rows) {
    for (TableLayout.Row row : rows) {
      out.append(row.cells().stream().map(TableLayout.Cell::text).collect(Collectors.joining("\t")))
          .append('\n');
    }
  }
}
