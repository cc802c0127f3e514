package org.disclosurereport.cli.internal.batch;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;

/**
 * How the table cells of one report were filled: out of its edition's cells, how many are blank
 * with nothing printed, and which are blank with a mark printed for nothing ({@code /} mostly, also
 * {@code -} or {@code —}). Auditors read the two apart: a mark says "nothing to report" on purpose,
 * an empty cell may be an omission.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cells the number of cells of the report's edition
 * @param blank the number of blank cells with nothing printed in them (or not in the source)
 * @param marked the blank cells printed with a mark for nothing
 */
public record CellTally(int cells, int blank, Set<CellAddress> marked) {
  /** Creates the value; the set is copied. */
  public CellTally {
    marked = Set.copyOf(marked);
    if (cells < 0 || blank < 0 || blank + marked.size() > cells) {
      throw new IllegalArgumentException(
          "Invalid cell tally (blank + marked must be at most cells): "
              + cells
              + ", "
              + blank
              + ", "
              + marked.size());
    }
  }

  /**
   * Counts the cells of a report.
   *
   * @param report the report
   * @param printedMarks its blank cells printed with a mark, as the reader recorded them
   * @return the tally
   */
  public static CellTally of(AnnualReport report, Set<CellAddress> printedMarks) {
    Objects.requireNonNull(printedMarks, "printedMarks");
    EditionSpec spec = report.spec();
    Map<CellAddress, CellValue> values = report.cells();
    // A report's cells are its edition's non-blank cells only (the model checks each and leaves
    // blank ones out), so the filled cells are counted with no lookup.
    int filled = values.size();
    Set<CellAddress> marked = new HashSet<>();
    for (CellAddress a : printedMarks) {
      if (spec.contains(a) && values.getOrDefault(a, CellValue.blank()).isBlank()) {
        marked.add(a);
      }
    }
    int cells = spec.cells().size();
    return new CellTally(cells, cells - filled - marked.size(), marked);
  }

  /**
   * Returns the number of blank cells printed with a mark.
   *
   * @return the count
   */
  public int markedCount() {
    return marked.size();
  }
}
