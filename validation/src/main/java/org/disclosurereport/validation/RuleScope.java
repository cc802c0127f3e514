package org.disclosurereport.validation;

/**
 * What a rule looks at: one report, or the reports of one organ for two consecutive years.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RuleScope {
  /** The rule is checked by {@link ReportValidator#validate}. */
  REPORT,
  /** The rule is checked by {@link ReportValidator#validateConsecutive}. */
  CONSECUTIVE_REPORTS
}
