package org.disclosurereport.benchmarks.hostile;

import java.util.Objects;

/**
 * A reader broke a property of the campaign on one input. An {@link AssertionError}, so that JUnit
 * and Jazzer report it as a failed check rather than as an error of the harness.
 */
public final class HostileInputFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  /** Which property was broken. */
  public enum Kind {
    /** The reader threw (content must give findings, never exceptions). */
    EXCEPTION,
    /** The heap ran out while reading. */
    OUT_OF_MEMORY,
    /** The reader spent more than the time limit on one input. */
    TOO_SLOW,
    /** No report, and no error finding saying why. */
    SILENT_LOSS,
    /** A report read cleanly did not come back the same when written and read again. */
    NOT_ROUND_TRIP,
    /** A document that kept its meaning gave another report. */
    CHANGED_MEANING
  }

  private final Kind kind;

  /**
   * Creates a failure.
   *
   * @param kind the property broken
   * @param message what happened, with the reader and the input's size
   * @param cause the exception thrown, or null
   */
  public HostileInputFailure(Kind kind, String message, Throwable cause) {
    super(kind + ": " + message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * @return the property broken
   */
  public Kind kind() {
    return kind;
  }
}
