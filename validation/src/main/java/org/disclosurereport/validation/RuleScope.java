package org.disclosurereport.validation;

/**
 * What a rule looks at: one report, the reports of one organ for two consecutive years, or a batch
 * of reports of one year.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RuleScope {
  /** The rule is checked by {@link ReportValidator#validate}. */
  REPORT,
  /** The rule is checked by {@link ReportValidator#validateConsecutive}. */
  CONSECUTIVE_REPORTS,
  /**
   * The rule looks at a batch of reports of one year ({@link SubordinateOrgans#compare}); its
   * findings are for information and no single report can break it.
   */
  BATCH
}
