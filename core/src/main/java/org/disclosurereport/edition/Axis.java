package org.disclosurereport.edition;

/**
 * Which axis of a table the keys of a relation name.
 *
 * <p>A relation over {@link #ROWS} names row keys and holds in every column; one over {@link
 * #COLUMNS} names column keys and holds in every row.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Axis {
  /** The relation's keys are row keys; it is expanded over the table's columns. */
  ROWS,
  /** The relation's keys are column keys; it is expanded over the table's rows. */
  COLUMNS
}
