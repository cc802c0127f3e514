package org.disclosurereport.edition;

/**
 * What a numeric cell of the format holds.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CellKind {
  /** A whole number of documents, decisions, applications or cases, zero or more. */
  COUNT,
  /** A signed whole number: the 2019 edition's {@code 本年增/减} (change on last year). */
  CHANGE,
  /** An amount of money, a decimal with a unit. */
  AMOUNT
}
