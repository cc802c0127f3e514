package org.disclosurereport.serialization;

/**
 * What a reader does with content the canonical form does not describe.
 *
 * <p>Other systems add things: a province's extra table, a vendor's tracking id. A reader either
 * refuses them or keeps them, never drops them silently.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Strictness {
  /**
   * Unknown members are errors ({@link ReadCode#UNKNOWN_FIELD}, {@link ReadCode#NOT_IN_EDITION}).
   * The report, if it can be built, holds only known content.
   */
  STRICT,
  /**
   * Unknown members are kept as extensions ({@code AnnualReport.extensions()}: JSON Pointer to raw
   * JSON text), reported as information, and written back unchanged; a table of the other edition
   * is kept the same way with a warning.
   */
  LENIENT
}
