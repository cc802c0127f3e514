package org.disclosurereport.edition;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One instance of a {@link SumRelation}: concrete cells whose values must add up.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param relation the relation this identity instantiates
 * @param along the key of the row or column it holds in (a column key for a relation over {@link
 *     Axis#ROWS})
 * @param left the cells of the left side
 * @param right the cells of the right side
 */
public record Identity(
    SumRelation relation, String along, List<CellAddress> left, List<CellAddress> right) {

  /** Creates an identity; lists are copied. */
  public Identity {
    Objects.requireNonNull(relation);
    Objects.requireNonNull(along);
    left = List.copyOf(left);
    right = List.copyOf(right);
  }

  /**
   * Returns every cell the identity involves, left side first.
   *
   * @return the cells
   */
  public List<CellAddress> cells() {
    return Stream.concat(left.stream(), right.stream()).toList();
  }

  /**
   * Returns the total cell of a total relation.
   *
   * @return the single left cell
   * @throws IllegalStateException if the relation is not a total
   */
  public CellAddress total() {
    if (left.size() != 1) {
      throw new IllegalStateException(relation.id() + " is not a total relation");
    }
    return left.get(0);
  }
}
