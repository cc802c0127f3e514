package org.disclosurereport.validation;

/**
 * What a blank numeric cell means to the validator. Blank is not zero: the caller chooses.
 *
 * <p>Which policy suits which job:
 *
 * <ul>
 *   <li>Portals that accept uploaded reports demand complete tables: {@link #BLANK_IS_ERROR}.
 *   <li>Auditors of published reports, where blank cells are common (many organs leave the {@code
 *       总计} column empty), want to know which sums are wrong whatever the blanks hold and which
 *       hold only if the blanks hold something: {@link #BLANK_CHECKED_BOTH_WAYS}.
 *   <li>Readers who know that their source writes nothing for zero: {@link #BLANK_AS_ZERO}: every
 *       blank cell is reported as a warning and the sums are checked as if it held zero, and the
 *       findings of those sums say so.
 * </ul>
 *
 * <p>Under {@link #BLANK_IS_ERROR} and {@link #BLANK_CHECKED_BOTH_WAYS} a sum with blank cells is
 * checked twice. Over the filled cells: counts are zero or more, so a side with a blank cell can
 * only be larger than its filled cells; if no values of the blanks can make the sum hold (the
 * filled parts already exceed a total), it breaks either way and is an ERROR of its sum rule. With
 * blanks as zero: a sum that breaks only then is a WARNING (rule {@code DR-V107}) naming the blank
 * cells that would have to hold the difference.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum BlankPolicy {
  /**
   * A blank cell is an error (rule {@code DR-V011}); a sum that involves a blank cell is checked
   * both ways, as the class description says.
   */
  BLANK_IS_ERROR("DR-V011"),
  /**
   * A blank cell counts as zero and is reported as a warning (rule {@code DR-V012}); sums are
   * checked with the zeros, and their findings state how many blank cells they counted.
   */
  BLANK_AS_ZERO("DR-V012"),
  /**
   * A blank cell is reported for information (rule {@code DR-V013}); every sum is checked both
   * ways, as the class description says: an ERROR where it breaks whatever the blanks hold, a
   * WARNING naming the blanks where it breaks only when they count as zero.
   */
  BLANK_CHECKED_BOTH_WAYS("DR-V013");

  private final String ruleId;

  BlankPolicy(String ruleId) {
    this.ruleId = ruleId;
  }

  /**
   * Returns the id of the rule that reports blank cells under this policy.
   *
   * @return {@code DR-V011}, {@code DR-V012} or {@code DR-V013}
   */
  public String ruleId() {
    return ruleId;
  }
}
