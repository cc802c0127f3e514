package org.disclosurereport.serialization;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;

/**
 * What reading one document gave: the report, when one could be built, and every problem found,
 * in document order.
 *
 * <p>A report is built when the document is well-formed, within its limits, and names a known
 * schema version and edition, the organ and the report year. Values that could not be read
 * (a negative count, a wrong type) are left out of it, each with an error finding: such a report
 * is incomplete, so check {@link #hasErrors()} before trusting it. Reading never stops at the
 * first problem of content.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadResult {
  private final String source;
  private final AnnualReport report;
  private final List<Finding> findings;

  /**
   * Creates a result.
   *
   * @param source the name of the document read (a file name, {@code lines.jsonl:17}, or a name
   *     the caller gave)
   * @param report the report, or null when none could be built
   * @param findings the findings
   */
  public ReadResult(String source, AnnualReport report, List<Finding> findings) {
    this.source = Objects.requireNonNull(source, "source");
    this.report = report;
    this.findings = List.copyOf(findings);
  }

  /** @return the name of the document read */
  public String source() {
    return source;
  }

  /** @return the report, empty when none could be built */
  public Optional<AnnualReport> report() {
    return Optional.ofNullable(report);
  }

  /** @return every finding, in document order */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Whether any finding is an error; a report that comes with errors is incomplete.
   *
   * @return true when the document had errors
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  /**
   * Whether a report was built and no finding is an error.
   *
   * @return true for a clean read
   */
  public boolean isClean() {
    return report != null && !hasErrors();
  }

  /**
   * Returns the rule ids of the findings, in order; handy in tests and logs.
   *
   * @return the rule ids
   */
  public List<String> ruleIds() {
    return findings.stream().map(Finding::ruleId).toList();
  }

  @Override
  public String toString() {
    return "ReadResult[" + source + ", report=" + (report != null) + ", findings=" + ruleIds() + "]";
  }
}
