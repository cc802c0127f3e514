package org.disclosurereport.finding;

/**
 * The codes of the validator's rules ({@code DR-Vnnn}), as public constants.
 *
 * <p>The rules themselves (what they require, the cells they involve, their sources) are described
 * by the validation module's {@code RuleCatalogue}; the codes are here, beside the finding, because
 * the readers meet two of those problems before a report exists (a negative count, {@link
 * #NON_NEGATIVE_COUNT}; a missing organ name or year, {@link #REQUIRED_METADATA}) and report them
 * with the validator's id, without depending on the validator.
 *
 * <p>Messages are in the bundle {@code org.disclosurereport.finding.RuleMessages}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RuleCode implements FindingCode {
  /** The organ's name, the edition and the report year are present; given texts are not blank. */
  REQUIRED_METADATA("DR-V001", Severity.ERROR),
  /** No report uses an edition issued for later report years. */
  EDITION_TOO_NEW("DR-V002", Severity.ERROR),
  /** A report uses an edition no longer prescribed for its year. */
  EDITION_OUTDATED("DR-V003", Severity.WARNING),
  /** Counts are zero or more. */
  NON_NEGATIVE_COUNT("DR-V010", Severity.ERROR),
  /** A numeric cell is blank (blank policy: error). */
  BLANK_CELL("DR-V011", Severity.ERROR),
  /** A blank numeric cell was counted as zero (blank policy: counted as zero). */
  BLANK_AS_ZERO("DR-V012", Severity.WARNING),
  /** A numeric cell is blank (blank policy: sums checked both ways); for information. */
  BLANK_CHECKED_BOTH_WAYS("DR-V013", Severity.INFO),
  /** Section 三: the balance of applications ({@code applications.balance}). */
  APPLICATIONS_BALANCE("DR-V101", Severity.ERROR),
  /** Section 三: （七）总计 is the sum of the result rows ({@code applications.resultsTotal}). */
  APPLICATIONS_RESULTS_TOTAL("DR-V102", Severity.ERROR),
  /** Section 三: 总计 is the sum of the applicant columns ({@code applications.applicantTotal}). */
  APPLICATIONS_APPLICANT_TOTAL("DR-V103", Severity.ERROR),
  /** Section 四: the total of administrative reviews ({@code reviewAndLitigation.reviewTotal}). */
  REVIEW_TOTAL("DR-V104", Severity.ERROR),
  /** Section 四: the total of direct suits ({@code reviewAndLitigation.directSuitTotal}). */
  DIRECT_SUIT_TOTAL("DR-V105", Severity.ERROR),
  /**
   * Section 四: the total of suits after review ({@code reviewAndLitigation.suitAfterReviewTotal}).
   */
  SUIT_AFTER_REVIEW_TOTAL("DR-V106", Severity.ERROR),
  /** A sum with blank cells holds only if the blank cells hold the difference. */
  SUM_NEEDS_BLANKS("DR-V107", Severity.WARNING),
  /** A mandatory text section is empty or only a placeholder. */
  EMPTY_TEXT_SECTION("DR-V201", Severity.WARNING),
  /** The table of section 三 or 四 is not filled in at all. */
  TABLE_MISSING("DR-V203", Severity.WARNING),
  /** More information-processing fees collected than notified. */
  FEES_COLLECTED_ABOVE_NOTIFIED("DR-V301", Severity.WARNING),
  /** Fee amounts reported without fee notices. */
  FEES_WITHOUT_NOTICES("DR-V302", Severity.WARNING),
  /** A fee was collected while section 六 says there is nothing to report. */
  FEE_BUT_NOTHING_TO_REPORT("DR-V303", Severity.WARNING),
  /** Applications carried over to the next year ({@code applications.carryOver}). */
  APPLICATIONS_CARRY_OVER("DR-V401", Severity.ERROR),
  /** Items in force carried over ({@code proactive.itemCountCarryOver}). */
  PROACTIVE_ITEM_COUNT_CARRY_OVER("DR-V402", Severity.WARNING),
  /** Items in force continue ({@code proactive.inForceContinuity}). */
  PROACTIVE_IN_FORCE_CONTINUITY("DR-V403", Severity.INFO),
  /** Two reports compared across years are of different organs. */
  DIFFERENT_ORGANS("DR-V404", Severity.ERROR),
  /** Two reports compared across years are not of consecutive years. */
  NOT_CONSECUTIVE("DR-V405", Severity.ERROR),
  /**
   * A headline figure grew more than fivefold, or fell below a fifth, from last year; for
   * information.
   */
  YEAR_ON_YEAR_JUMP("DR-V406", Severity.INFO),
  /**
   * A batch holds a people's government and the governments directly below it for the same year:
   * the parent's application counts beside the sum of its subordinates', for information only.
   */
  SUBORDINATE_TOTALS("DR-V407", Severity.INFO),
  /** A figure the narrative states disagrees with the table cells it restates. */
  NARRATIVE_FIGURE("DR-V501", Severity.WARNING);

  /** The bundle of the validator's messages. */
  public static final MessageBundle BUNDLE = MessageBundle.of(RuleCode.class, "RuleMessages");

  private final String id;
  private final Severity severity;

  RuleCode(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public MessageBundle messageBundle() {
    return BUNDLE;
  }

  /**
   * Finds a code by id.
   *
   * @param id the id, for example {@code DR-V101}
   * @return the code
   * @throws IllegalArgumentException if no rule has that id
   */
  public static RuleCode ofId(String id) {
    for (RuleCode c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "Unknown rule id \"" + id + "\" (valid: DR-V001 to DR-V501)");
  }
}
