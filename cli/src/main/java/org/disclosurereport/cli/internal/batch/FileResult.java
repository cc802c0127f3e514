package org.disclosurereport.cli.internal.batch;

import java.util.List;
import java.util.Objects;

/**
 * The result of one input file: the reports it held (usually one), or that it was passed over.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the file, as shown to the user
 * @param skipped whether the file was passed over without being counted as an input (a hidden file,
 *     a page asset or binary content found while walking a directory)
 * @param reports the outcome of each report in the file; one unreadable outcome when the file could
 *     not be read; empty when skipped
 */
public record FileResult(String source, boolean skipped, List<ReportOutcome> reports) {

  /** Creates a result; the list is copied. */
  public FileResult {
    Objects.requireNonNull(source);
    reports = List.copyOf(reports);
  }

  /**
   * Returns the result of a file that held one report, or could not be read.
   *
   * @param outcome the outcome
   * @return the result
   */
  public static FileResult of(ReportOutcome outcome) {
    return new FileResult(outcome.source(), false, List.of(outcome));
  }

  /**
   * Returns the result of a file passed over.
   *
   * @param source the file
   * @return the result
   */
  public static FileResult skipped(String source) {
    return new FileResult(source, true, List.of());
  }
}
