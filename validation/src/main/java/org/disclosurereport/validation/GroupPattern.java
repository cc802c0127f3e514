package org.disclosurereport.validation;

/**
 * The shape a {@link FindingGroup} has in its table: findings of one rule in the same column over
 * many rows, over a whole row, or over a whole table.
 *
 * <p>Blank-heavy reports produce one finding per blank cell; most of them come in these shapes (an
 * organ leaves its 总计 column empty, or a whole table), and a reader wants the shape, not a hundred
 * lines.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GroupPattern {
  /** Every cell of a table. */
  TABLE,
  /** Every cell of one row of a table. */
  ROW,
  /** One column over several rows of a table. */
  COLUMN
}
