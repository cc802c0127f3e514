package org.disclosurereport.cli.internal.batch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;

/**
 * The result of reading and checking one report, or of failing to read one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source where the report came from, as shown to the user
 * @param format the format it was read as, empty when none could be decided
 * @param identity who reports for which year, empty when no report could be read
 * @param findings every finding, of the tool, the reader and the rules, in that order
 * @param cells how the report's cells were filled, empty when no report could be read
 */
public record ReportOutcome(
    String source,
    Optional<DocumentFormat> format,
    Optional<ReportIdentity> identity,
    List<Finding> findings,
    Optional<CellTally> cells) {

  /** Creates an outcome; the list is copied. */
  public ReportOutcome {
    Objects.requireNonNull(source);
    Objects.requireNonNull(format);
    Objects.requireNonNull(identity);
    findings = List.copyOf(findings);
    Objects.requireNonNull(cells);
  }

  /**
   * Creates an outcome without a cell tally.
   *
   * @param source where the report came from
   * @param format the format it was read as
   * @param identity who reports for which year
   * @param findings every finding
   */
  public ReportOutcome(
      String source,
      Optional<DocumentFormat> format,
      Optional<ReportIdentity> identity,
      List<Finding> findings) {
    this(source, format, identity, findings, Optional.empty());
  }

  /**
   * Whether a report could be read at all.
   *
   * @return false when the input was unreadable
   */
  public boolean readable() {
    return identity.isPresent();
  }

  /**
   * Whether the report is valid: readable, and without any finding of severity ERROR.
   *
   * @return true for a valid report
   */
  public boolean valid() {
    return readable() && count(Severity.ERROR) == 0;
  }

  /**
   * Counts the findings of a severity.
   *
   * @param severity the severity
   * @return how many there are
   */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
