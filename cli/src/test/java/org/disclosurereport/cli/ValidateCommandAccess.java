package org.disclosurereport.cli;

import org.disclosurereport.cli.internal.batch.BatchSummary;

/** Gives tests in other packages the exit-code rule of {@code validate}. */
public final class ValidateCommandAccess {
  private ValidateCommandAccess() {}

  /**
   * @param summary a batch summary
   * @return the exit code {@code validate} would return for it
   */
  public static int exitCode(BatchSummary summary) {
    return ValidateCommand.exitCode(summary);
  }
}
