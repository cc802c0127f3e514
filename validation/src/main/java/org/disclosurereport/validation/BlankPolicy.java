package org.disclosurereport.validation;

/**
 * What a blank numeric cell means to the validator. Blank is not zero: the caller chooses.
 *
 * <p>Portals that accept uploaded reports demand complete tables and choose {@link
 * #BLANK_IS_ERROR}. Readers of published reports, where blank cells are common (many organs leave
 * the {@code 总计} column empty), choose {@link #BLANK_AS_ZERO}: every blank cell is reported as a
 * warning and the sums are checked as if it held zero, and the findings of those sums say so.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum BlankPolicy {
  /**
   * A blank cell is an error (rule {@code DR-V011}); a sum that involves a blank cell is not
   * checked, since its value is unknown.
   */
  BLANK_IS_ERROR("DR-V011"),
  /**
   * A blank cell counts as zero and is reported as a warning (rule {@code DR-V012}); sums are
   * checked with the zeros, and their findings state how many blank cells they counted.
   */
  BLANK_AS_ZERO("DR-V012");

  private final String ruleId;

  BlankPolicy(String ruleId) {
    this.ruleId = ruleId;
  }

  /**
   * Returns the id of the rule that reports blank cells under this policy.
   *
   * @return {@code DR-V011} or {@code DR-V012}
   */
  public String ruleId() {
    return ruleId;
  }
}
