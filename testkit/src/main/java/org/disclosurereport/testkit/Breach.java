package org.disclosurereport.testkit;

import java.util.List;
import java.util.Objects;
import org.disclosurereport.edition.CellAddress;

/**
 * One instance of a relation that does not hold in a report (or between the reports of two
 * consecutive years): which relation, at which cells, and the two sums.
 *
 * <p>For a total, {@link #cell()} is the total cell, {@link #reported()} its value and {@link
 * #expected()} the sum of its parts. For any other relation {@code reported} is the left side and
 * {@code expected} the right side. Blank cells count as zero.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param relationId the id of the sum relation or cross-year relation
 * @param cell the first cell of the left side (the total, for a total relation)
 * @param cells every cell of the instance
 * @param labels the official labels of {@link #cell()}, from the edition description
 * @param reported the sum of the left side
 * @param expected the sum of the right side
 * @param crossYear whether the relation links year N-1 to year N; its cells are then year N's
 *     cell first and the terms after, each read from the year the relation says
 */
public record Breach(
    String relationId,
    CellAddress cell,
    List<CellAddress> cells,
    String labels,
    long reported,
    long expected,
    boolean crossYear) {

  /** Creates a breach; the list is copied. */
  public Breach {
    Objects.requireNonNull(relationId);
    Objects.requireNonNull(cell);
    cells = List.copyOf(cells);
    Objects.requireNonNull(labels);
  }

  /**
   * Returns reported minus expected.
   *
   * @return the difference, never zero
   */
  public long difference() {
    return reported - expected;
  }

  /**
   * Returns a one-line description: relation, cell, labels and numbers.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return relationId
        + " at "
        + cell
        + " ("
        + labels
        + "): reported "
        + reported
        + ", expected "
        + expected
        + " (difference "
        + (difference() > 0 ? "+" : "")
        + difference()
        + ")";
  }
}
