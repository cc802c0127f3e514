package org.disclosurereport.cli.internal.output;

import java.io.IOException;
import org.disclosurereport.cli.internal.batch.ReportOutcome;

/**
 * Prints the outcome of each report as it comes, so that a batch never holds them all.
 * Implementations are used from one thread.
 */
public interface OutcomeSink extends AutoCloseable {
  /**
   * Prints one outcome.
   *
   * @param outcome the outcome
   */
  void accept(ReportOutcome outcome);

  /**
   * Whether {@link #accept} prints anything for an outcome; a progress bar on the same terminal is
   * erased first only when it does.
   *
   * @param outcome the outcome
   * @return true unless the outcome is left out
   */
  default boolean prints(ReportOutcome outcome) {
    return true;
  }

  /**
   * Finishes the output (closes a JSON array, say). Does not close the underlying stream.
   *
   * @throws IOException if writing fails
   */
  @Override
  void close() throws IOException;
}
