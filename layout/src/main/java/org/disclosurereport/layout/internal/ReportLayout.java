package org.disclosurereport.layout.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.ReportMetadata;

/**
 * The order in which the renderers print a report, written once: the title, the page metadata, then
 * each of the six sections under its official heading with its narrative or its tables. A renderer
 * supplies the {@link Sink} that prints each part in its own form.
 */
public final class ReportLayout {
  private ReportLayout() {}

  /** Prints the parts of a report. */
  public interface Sink {
    /**
     * Prints the title.
     *
     * @param title the title
     */
    void title(String title);

    /**
     * Prints the page metadata.
     *
     * @param fields field name to value, in printed order; possibly empty
     */
    void metadata(Map<String, String> fields);

    /**
     * Starts a section.
     *
     * @param section the section
     */
    void section(SectionSpec section);

    /**
     * Prints the text of a narrative section.
     *
     * @param narrative the text
     */
    void narrative(Narrative narrative);

    /**
     * Prints a table.
     *
     * @param key the table key, or {@code proactive} for section 二's one printed table
     * @param table the table of sections 三 and 四, or null for section 二
     * @param rows the laid-out rows
     */
    void table(String key, TableSpec table, List<TableLayout.Row> rows);
  }

  /** The key of section 二's printed table, which holds the blocks of several tables. */
  public static final String PROACTIVE = "proactive";

  /**
   * Returns the title printed for a report: its own, or the usual one composed from the organ and
   * the year.
   *
   * @param report the report
   * @return the title
   */
  public static String title(AnnualReport report) {
    ReportMetadata meta = report.metadata();
    return meta.title().orElse(ReportTitle.compose(meta.organName(), meta.reportYear()));
  }

  /**
   * Prints a report.
   *
   * @param report the report
   * @param sink what prints
   */
  public static void write(AnnualReport report, Sink sink) {
    ReportMetadata meta = report.metadata();
    sink.title(title(report));
    Map<String, String> fields = new LinkedHashMap<>();
    meta.indexNumber().ifPresent(v -> fields.put(PageMetadata.INDEX_NUMBER, v));
    meta.creditCode().ifPresent(v -> fields.put(PageMetadata.CREDIT_CODE, v));
    meta.divisionCode().ifPresent(v -> fields.put(PageMetadata.DIVISION_CODE, v));
    meta.publicationDate().ifPresent(d -> fields.put(PageMetadata.PUBLICATION_DATE, d.toString()));
    sink.metadata(fields);
    EditionSpec spec = report.spec();
    for (SectionSpec section : spec.sections()) {
      sink.section(section);
      switch (section.id()) {
        case GENERAL -> sink.narrative(report.general());
        case PROBLEMS -> sink.narrative(report.problems());
        case OTHER_MATTERS -> sink.narrative(report.otherMatters().narrative());
        case PROACTIVE_DISCLOSURE -> sink.table(PROACTIVE, null, TableLayout.proactive(report));
        default -> {
          for (TableSpec t : spec.tables(section.id())) {
            sink.table(t.key(), t, TableLayout.matrix(report, t));
          }
        }
      }
    }
  }
}
