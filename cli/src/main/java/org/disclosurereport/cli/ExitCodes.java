package org.disclosurereport.cli;

/**
 * The exit codes of the {@code disclosure} tool, the same for every command and documented in each
 * command's {@code --help}.
 *
 * <p>When a run meets several conditions the highest code wins: a batch with one unreadable file
 * exits with {@link #UNREADABLE} even if other files have errors.
 */
public final class ExitCodes {
  /** Success: no report has a finding of severity ERROR. */
  public static final int OK = 0;

  /** At least one report has a finding of severity ERROR (it was read, and is not valid). */
  public static final int ERRORS = 1;

  /**
   * At least one input could not be read at all (missing, not a report format, unreadable), or the
   * command line was wrong.
   */
  public static final int UNREADABLE = 2;

  private ExitCodes() {}
}
