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
 * @param continued whether the result is of a further part of an input already counted (a line of
 *     JSON Lines after its first), so that the input is counted once
 */
public record FileResult(
    String source, boolean skipped, List<ReportOutcome> reports, boolean continued) {

  /** Creates a result; the list is copied. */
  public FileResult {
    Objects.requireNonNull(source);
    reports = List.copyOf(reports);
  }

  /**
   * Creates the result of a whole input.
   *
   * @param source the file, as shown to the user
   * @param skipped whether the file was passed over
   * @param reports the outcome of each report in the file
   */
  public FileResult(String source, boolean skipped, List<ReportOutcome> reports) {
    this(source, skipped, reports, false);
  }

  /**
   * Returns the result of a part of an input that is not reported at all: a line of JSON Lines
   * after the one where reading its input stopped, read while the batch had not yet learnt so.
   *
   * @param source the part
   * @return the result, counted as nothing
   */
  public static FileResult none(String source) {
    return new FileResult(source, false, List.of(), true);
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
