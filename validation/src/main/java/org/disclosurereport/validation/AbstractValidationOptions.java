package org.disclosurereport.validation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.disclosurereport.finding.Severity;
import org.immutables.value.Value;

/**
 * How a {@link ReportValidator} judges reports: the {@link BlankPolicy}, rules switched off or
 * given another severity (by rule id), the tolerance for sums of money, and whether repair hints
 * are computed.
 *
 * <p>Build with {@code ValidationOptions.builder()}; {@code ValidationOptions.defaults()} counts
 * blanks as zero, keeps every rule at its default severity, has no money tolerance and computes
 * hints. Unknown rule ids and a negative tolerance are refused when the options are built, with an
 * {@link IllegalArgumentException} naming the option.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractValidationOptions {
  /** Only the value type generated from it extends it. */
  AbstractValidationOptions() {}

  /**
   * @return what a blank cell means; default {@link BlankPolicy#BLANK_AS_ZERO}
   */
  @Value.Default
  public BlankPolicy blankPolicy() {
    return BlankPolicy.BLANK_AS_ZERO;
  }

  /**
   * @return the ids of rules that are not checked
   */
  public abstract Set<String> disabledRules();

  /**
   * @return severities that replace rules' default severities, by rule id
   */
  public abstract Map<String, Severity> severityOverrides();

  /**
   * Returns how far two amounts of money may differ, in yuan, before a rule comparing them fires.
   * Reports round amounts in 万元 to a few decimals, so an exact comparison can be too strict.
   *
   * @return the tolerance in yuan, zero or more; default zero
   */
  @Value.Default
  public BigDecimal moneyTolerance() {
    return BigDecimal.ZERO;
  }

  /**
   * @return whether findings of failing sums get repair hints; default true
   */
  @Value.Default
  public boolean repairHints() {
    return true;
  }

  /**
   * Returns the default options.
   *
   * @return the defaults
   */
  public static ValidationOptions defaults() {
    return ValidationOptions.builder().build();
  }

  /**
   * Whether a rule is checked.
   *
   * @param ruleId the rule id
   * @return false when the rule is switched off
   */
  public boolean isEnabled(String ruleId) {
    return !disabledRules().contains(ruleId);
  }

  /**
   * Returns the severity with which a rule reports.
   *
   * @param rule the rule
   * @return the overriding severity, or the rule's default
   */
  public Severity severityOf(Rule rule) {
    return severityOverrides().getOrDefault(rule.id(), rule.defaultSeverity());
  }

  @Value.Check
  protected void check() {
    for (String id : disabledRules()) {
      requireKnown(id, "disabledRules");
    }
    for (String id : severityOverrides().keySet()) {
      requireKnown(id, "severityOverrides");
    }
    if (moneyTolerance().signum() < 0) {
      throw new IllegalArgumentException(
          "Invalid value for moneyTolerance (valid values 0 or more, in yuan): "
              + moneyTolerance().toPlainString());
    }
  }

  private static void requireKnown(String id, String option) {
    if (RuleCatalogue.rule(id).isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid rule id in "
              + option
              + " (valid values are the ids of RuleCatalogue.all()): "
              + id);
    }
  }
}
