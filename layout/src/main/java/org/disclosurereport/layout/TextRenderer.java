package org.disclosurereport.layout;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.layout.internal.ReportLayout;
import org.disclosurereport.layout.internal.TableLayout;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.TextBlock;

/**
 * Renders a report as plain text, the way text copied from a published report looks: the title, the
 * page metadata, each section under its official heading, paragraphs separated by blank lines, and
 * every table row on one line with its cells separated by tabs (one cell per printed cell, so a
 * merged cell is one cell and the cells spanning down from above are not repeated).
 *
 * <p>Blank cells are empty; amounts carry their unit unless the column's label declares it. As with
 * {@link HtmlRenderer}, the organ's level and kind, the structured fees and extensions are not
 * printed. Reading the text back with {@link PublishedReportReader#readText(String)} gives the
 * report back, provided sub-headings of the narrative sections look like sub-headings ({@code
 * （一）…}, no closing punctuation) and body paragraphs do not.
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
            fields.forEach(
                (name, value) -> out.append(name).append('：').append(value).append('\n'));
          }

          @Override
          public void section(SectionSpec section) {
            out.append('\n').append(section.numberedHeading()).append("\n\n");
          }

          @Override
          public void narrative(Narrative narrative) {
            for (TextBlock block : narrative.blocks()) {
              block.heading().ifPresent(h -> out.append(h).append("\n\n"));
              for (String paragraph : block.body().split("\n")) {
                if (!paragraph.isBlank()) {
                  out.append(paragraph).append("\n\n");
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
