package org.disclosurereport.document;

/**
 * What a reader of a canonical form (JSON, XML) does with content the form does not describe.
 *
 * <p>Other systems add things: a province's extra table, a vendor's tracking id. A reader either
 * refuses them or keeps them, never drops them silently. Readers of published layouts (HTML pages,
 * text, PDF, Word) keep a row they cannot place as a supplementary row or say so in a finding,
 * whatever the strictness.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Strictness {
  /**
   * Unknown members are errors (the JSON and XML readers' {@code UNKNOWN_FIELD} and {@code
   * NOT_IN_EDITION} findings). The report, if it can be built, holds only known content.
   */
  STRICT,
  /**
   * Unknown members are kept as extensions ({@code AnnualReport.extensions()}: JSON Pointer to raw
   * JSON text), reported as information, and written back unchanged; a table of the other edition
   * is kept the same way with a warning.
   */
  LENIENT
}
