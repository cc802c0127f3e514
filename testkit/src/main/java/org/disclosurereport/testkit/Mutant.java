package org.disclosurereport.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.ReportValidator;

/**
 * A report that breaks exactly one rule of the validation catalogue (or exactly that rule and its
 * documented companions), made by {@link MutantGenerator}.
 *
 * <p>For a rule on one report, {@link #report()} is the report and {@link #previous()} is empty.
 * For a rule on two consecutive reports, both are set; each is then consistent on its own and only
 * the rule between them fires. Validate with {@link #validator()}: the blank policy under which the
 * rule is the only one to fire (blank cells are errors, except for the rule on blanks counted as
 * zero).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ruleId the rule broken
 * @param expectedRuleIds the rule and its documented companions: every rule expected to fire
 * @param previous the report of year N-1, for a rule on consecutive reports
 * @param report the report (of year N, for a rule on consecutive reports)
 * @param blankPolicy the policy to validate under
 * @param changes what was changed, in words, for failure messages
 */
public record Mutant(
    String ruleId,
    List<String> expectedRuleIds,
    Optional<AnnualReport> previous,
    AnnualReport report,
    BlankPolicy blankPolicy,
    List<String> changes) {

  /** Creates a mutant; lists are copied. */
  public Mutant {
    Objects.requireNonNull(ruleId);
    expectedRuleIds = List.copyOf(expectedRuleIds);
    Objects.requireNonNull(previous);
    Objects.requireNonNull(report);
    Objects.requireNonNull(blankPolicy);
    changes = List.copyOf(changes);
  }

  /**
   * Returns a validator with the blank policy of this mutant and every other option at its default,
   * except that for a mutant of another rule the year-on-year flag (DR-V406, for information) is
   * off: the two years of a generated pair are drawn independently, so their headline figures often
   * jump, which says nothing of the rule broken.
   *
   * @return the validator
   */
  public ReportValidator validator() {
    ReportValidator.Builder b = ReportValidator.builder().blankPolicy(blankPolicy);
    String jump = org.disclosurereport.finding.RuleCode.YEAR_ON_YEAR_JUMP.id();
    if (!ruleId.equals(jump)) {
      b.disable(jump);
    }
    return b.build();
  }

  /** Returns the rule, the reports and the changes, without the whole reports. */
  @Override
  public String toString() {
    return "Mutant[" + ruleId + ": " + ReportAssertions.describe(report) + ", " + changes + "]";
  }
}
