package org.disclosurereport.serialization;

/**
 * How a writer lays out a document. Both layouts are deterministic: the same report always gives
 * the same bytes.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Formatting {
  /**
   * Indented by two spaces, one member or element a line, {@code \n} line ends, a final line end.
   */
  PRETTY,
  /** No white space between tokens; for JSON, one document per line (JSON Lines). */
  COMPACT
}
