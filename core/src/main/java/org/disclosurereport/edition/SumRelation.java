package org.disclosurereport.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sum relation of the format, described once and held in every row or column of its table: the
 * cells named by {@link #left()} add up to the cells named by {@link #right()}.
 *
 * <p>For example section 三's balance rule is a relation over {@link Axis#ROWS} with left {@code
 * newlyReceived, carriedOver} and right {@code resultsTotal, carriedForward}: it holds in each of
 * the seven columns. When the left side is one cell, that cell is a <em>total</em> and can be
 * derived from the right side ({@link #isTotal()}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id of the relation, for example {@code applications.balance}
 * @param table the table key
 * @param axis which axis the keys name
 * @param left the keys on the left side
 * @param right the keys on the right side
 * @param englishStatement the relation in English words
 * @param chineseStatement the relation in Chinese words
 */
public record SumRelation(
    String id,
    String table,
    Axis axis,
    List<String> left,
    List<String> right,
    String englishStatement,
    String chineseStatement) {

  /** Creates a relation; lists are copied. */
  public SumRelation {
    Objects.requireNonNull(id);
    Objects.requireNonNull(table);
    Objects.requireNonNull(axis);
    left = List.copyOf(left);
    right = List.copyOf(right);
    Objects.requireNonNull(englishStatement);
    Objects.requireNonNull(chineseStatement);
    if (left.isEmpty() || right.isEmpty()) {
      throw new IllegalArgumentException("a sum relation needs both sides: " + id);
    }
  }

  /**
   * Whether the left side is a single cell that totals the right side.
   *
   * @return true for a total relation
   */
  public boolean isTotal() {
    return left.size() == 1;
  }

  /**
   * Expands the relation into one identity per row or column of its table.
   *
   * @param spec the table the relation belongs to
   * @return the identities, in printed order of the axis they are expanded over
   */
  public List<Identity> expand(TableSpec spec) {
    if (!spec.key().equals(table)) {
      throw new IllegalArgumentException("relation " + id + " belongs to table " + table);
    }
    List<Identity> out = new ArrayList<>();
    List<AxisNode> across = axis == Axis.ROWS ? spec.columnLeaves() : spec.rowLeaves();
    for (AxisNode other : across) {
      out.add(
          new Identity(
              this, other.key(), addresses(left, other.key()), addresses(right, other.key())));
    }
    return out;
  }

  private List<CellAddress> addresses(List<String> keys, String otherKey) {
    return keys.stream()
        .map(
            k ->
                axis == Axis.ROWS
                    ? CellAddress.of(table, k, otherKey)
                    : CellAddress.of(table, otherKey, k))
        .toList();
  }
}
