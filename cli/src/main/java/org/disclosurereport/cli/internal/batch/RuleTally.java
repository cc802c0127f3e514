package org.disclosurereport.cli.internal.batch;

import java.util.Objects;
import org.disclosurereport.finding.Severity;

/**
 * How often one rule was broken in a batch.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ruleId the rule id
 * @param severity the most serious severity its findings had
 * @param findings how many findings it produced
 * @param reports in how many reports (or unreadable inputs) it was broken
 */
public record RuleTally(String ruleId, Severity severity, long findings, long reports) {
  /** Creates a tally. */
  public RuleTally {
    Objects.requireNonNull(ruleId);
    Objects.requireNonNull(severity);
  }
}
