package org.disclosurereport.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.layout.internal.DeclaredMetadata;
import org.disclosurereport.layout.internal.ReportLayout;
import org.disclosurereport.layout.internal.TableLayout;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.TextBlock;

/**
 * The official layout of a report as a sequence of printed parts, for renderers of other document
 * formats: the title, the metadata lines, each section's numbered heading, its narrative
 * (sub-headings and paragraphs) and its tables as rows of cells with their spans, the merged
 * headers laid out as the national format prints them. {@link HtmlRenderer} prints the same parts
 * as HTML; a Word renderer prints them as a {@code .docx}. Everything comes from the edition
 * description.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class OfficialLayout {
  private OfficialLayout() {}

  /**
   * Returns every metadata field of a report in machine-readable form, for a renderer to keep in
   * its document (a Word document's custom properties) so that reading the document back never
   * depends on what its title says: the names are those of the HTML page's {@code <meta>} elements,
   * {@code disclosure-report:organ-name} and so on. A reader hands them back in {@link
   * DocumentContent#declaredMetadata()}.
   *
   * @param report the report
   * @return property name to value, in a fixed order
   */
  public static Map<String, String> declaredMetadata(AnnualReport report) {
    Map<String, String> out = new LinkedHashMap<>();
    DeclaredMetadata.fields(Objects.requireNonNull(report, "report").metadata())
        .forEach((name, value) -> out.put(DeclaredMetadata.PREFIX + name, value));
    return out;
  }

  /**
   * A printed table cell.
   *
   * @param text its text, empty for a blank cell
   * @param rowSpan the rows it spans
   * @param colSpan the columns it spans
   * @param header whether it is a caption, corner or column heading rather than a label or figure
   */
  public record Cell(String text, int rowSpan, int colSpan, boolean header) {}

  /** Receives the parts of a report in printing order. */
  public interface Sink {
    /**
     * The report's title.
     *
     * @param title the title
     */
    void title(String title);

    /**
     * A metadata line under the title, such as {@code 发布日期：2021-01-29}.
     *
     * @param line the line
     */
    void metadata(String line);

    /**
     * A section's numbered heading, such as {@code 一、总体情况}.
     *
     * @param heading the heading
     */
    void sectionHeading(String heading);

    /**
     * A sub-heading of a narrative, such as {@code （一）主动公开}.
     *
     * @param heading the heading
     */
    void subHeading(String heading);

    /**
     * A paragraph of a narrative.
     *
     * @param text the paragraph
     */
    void paragraph(String text);

    /**
     * A table: its rows, each the cells that start in it, left to right.
     *
     * @param rows the rows
     */
    void table(List<List<Cell>> rows);
  }

  /**
   * Prints a report's parts to a sink.
   *
   * @param report the report
   * @param sink what receives the parts
   */
  public static void write(AnnualReport report, Sink sink) {
    Objects.requireNonNull(sink, "sink");
    ReportLayout.write(
        Objects.requireNonNull(report, "report"),
        new ReportLayout.Sink() {
          @Override
          public void title(String title) {
            sink.title(title);
          }

          @Override
          public void metadata(Map<String, String> fields) {
            fields.forEach((name, value) -> sink.metadata(name + "：" + value));
          }

          @Override
          public void section(SectionSpec section) {
            sink.sectionHeading(section.numberedHeading());
          }

          @Override
          public void narrative(Narrative narrative) {
            for (TextBlock block : narrative.blocks()) {
              block.heading().ifPresent(sink::subHeading);
              for (String paragraph : block.body().split("\n")) {
                if (!paragraph.isBlank()) {
                  sink.paragraph(paragraph);
                }
              }
            }
          }

          @Override
          public void table(String key, TableSpec table, List<TableLayout.Row> rows) {
            sink.table(
                rows.stream()
                    .map(
                        row ->
                            row.cells().stream()
                                .map(
                                    c ->
                                        new Cell(
                                            c.text(),
                                            c.rowSpan(),
                                            c.colSpan(),
                                            c.role() != TableLayout.Role.LABEL
                                                && c.role() != TableLayout.Role.VALUE))
                                .toList())
                    .toList());
          }
        });
  }
}
