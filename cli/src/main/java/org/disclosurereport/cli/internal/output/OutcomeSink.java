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
   * Finishes the output (closes a JSON array, say). Does not close the underlying stream.
   *
   * @throws IOException if writing fails
   */
  @Override
  void close() throws IOException;
}
