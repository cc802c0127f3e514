package org.disclosurereport.benchmarks.hostile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;

/**
 * What a reader gave for one input: the report, when it built one, and its findings.
 *
 * @param report the report, empty when none was built
 * @param findings the findings, in the reader's order
 */
public record Outcome(Optional<AnnualReport> report, List<Finding> findings) {
  /** Copies the findings. */
  public Outcome {
    Objects.requireNonNull(report, "report");
    findings = List.copyOf(findings);
  }

  /**
   * @return whether any finding is an error
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  /**
   * @return the rule ids of the findings, in order
   */
  public List<String> ruleIds() {
    return findings.stream().map(Finding::ruleId).toList();
  }
}
