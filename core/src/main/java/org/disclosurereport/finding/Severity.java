package org.disclosurereport.finding;

/**
 * How serious a finding is. A report is valid when it has no {@link #ERROR}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Severity {
  /** The report breaks a rule of the format, or the document could not be read; not valid. */
  ERROR,
  /** Probably wrong, or a rule real reports often bend; the report is still valid. */
  WARNING,
  /** Worth knowing (a row the format does not have, a soft cross-year check). */
  INFO
}
