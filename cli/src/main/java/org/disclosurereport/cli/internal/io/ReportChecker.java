package org.disclosurereport.cli.internal.io;

import java.util.List;
import java.util.Optional;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;

/**
 * Checks a report against the rules of its edition, and against last year's report when there is
 * one. Implementations adapt the SDK's validator and are thread-safe.
 */
@FunctionalInterface
public interface ReportChecker {
  /**
   * Checks a report.
   *
   * @param report the report
   * @param previous the same organ's report for the year before, for the cross-year rules
   * @return the findings, in the validator's order
   */
  List<Finding> check(AnnualReport report, Optional<AnnualReport> previous);
}
