package org.disclosurereport.finding;

/**
 * The contract of every code a finding can have. Each module lists its codes once, as an enum
 * implementing this interface: {@link RuleCode} for the validator's rules, {@code ReadCode} for the
 * JSON and XML readers, {@code ReaderRule} for the readers of published pages and text, the command
 * line tool's codes, and {@code ReportShapeException.Code} for the model.
 *
 * <p>Ids are stable and never reused: tests and tools match on the id, never on a message. The
 * message of a code is in the code's {@link #messageBundle()} under {@link #messageKey()}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface FindingCode {
  /**
   * Returns the stable id, for example {@code DR-V101}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the severity of a finding of this code unless options say otherwise.
   *
   * @return the severity
   */
  Severity defaultSeverity();

  /**
   * Returns the key of the code's message in its bundle: by convention the code's id.
   *
   * @return the key
   */
  default String messageKey() {
    return id();
  }

  /**
   * Returns the bundle that holds the messages of this code's catalogue.
   *
   * @return the bundle
   */
  MessageBundle messageBundle();
}
