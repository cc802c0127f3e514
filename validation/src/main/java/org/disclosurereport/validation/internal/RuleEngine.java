package org.disclosurereport.validation.internal;

import java.util.List;
import java.util.Objects;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.ValidationOptions;

/**
 * Runs the rule families over a report, or over two consecutive reports, under fixed options. Holds
 * nothing but the options, so one engine serves any number of threads.
 */
public final class RuleEngine {
  private final ValidationOptions options;

  /**
   * Creates an engine.
   *
   * @param options the options
   */
  public RuleEngine(ValidationOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Checks the rules of scope {@code REPORT}, in catalogue order.
   *
   * @param report the report
   * @return the findings
   */
  public List<Finding> validate(AnnualReport report) {
    Objects.requireNonNull(report, "report");
    FindingSink sink = new FindingSink(options);
    MetadataRules.check(report, sink);
    CellRules.check(report, sink);
    SumRules.check(report, sink);
    TextRules.check(report, sink);
    FeeRules.check(report, sink);
    NarrativeRules.check(report, sink);
    PlausibilityRules.check(report, sink);
    return sink.findings();
  }

  /**
   * Checks the rules of scope {@code CONSECUTIVE_REPORTS}.
   *
   * @param previous the report of year N-1
   * @param current the report of year N
   * @return the findings, located in the current report
   */
  public List<Finding> validateConsecutive(AnnualReport previous, AnnualReport current) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    FindingSink sink = new FindingSink(options);
    CrossYearRules.check(previous, current, sink);
    return sink.findings();
  }
}
