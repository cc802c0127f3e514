package org.disclosurereport.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.internal.RuleEngine;

/**
 * Checks annual reports against every rule of the {@link RuleCatalogue}.
 *
 * <p>Build one validator with the options you need and reuse it: it holds only its options, so one
 * instance serves any number of reports and threads.
 *
 * <pre>{@code
 * ReportValidator validator = ReportValidator.builder()
 *     .blankPolicy(BlankPolicy.BLANK_IS_ERROR)
 *     .severity("DR-V003", Severity.INFO)
 *     .build();
 * ValidationResult result = validator.validate(report);
 * if (!result.isValid()) {
 *   result.findings(Severity.ERROR).forEach(f -> System.out.println(f.message(Locale.CHINA)));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportValidator {
  private final ValidationOptions options;
  private final RuleEngine engine;

  private ReportValidator(ValidationOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.engine = new RuleEngine(options);
  }

  /**
   * Returns a validator with the given options.
   *
   * @param options the options
   * @return the validator
   */
  public static ReportValidator create(ValidationOptions options) {
    return new ReportValidator(options);
  }

  /**
   * Returns a validator with the default options ({@link ValidationOptions#defaults()}).
   *
   * @return the validator
   */
  public static ReportValidator create() {
    return new ReportValidator(ValidationOptions.defaults());
  }

  /**
   * Returns a builder, starting from the default options.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the options of this validator.
   *
   * @return the options
   */
  public ValidationOptions options() {
    return options;
  }

  /**
   * Checks the rules of one report (those of scope {@link RuleScope#REPORT}).
   *
   * @param report the report
   * @return the findings
   * @throws NullPointerException if the report is null
   */
  public ValidationResult validate(AnnualReport report) {
    return new ValidationResult(engine.validate(report), options.blankPolicy());
  }

  /**
   * Checks the rules of one report read from a source that was cut off: the cells it never printed
   * ({@link org.disclosurereport.document.ReadResult#unseenCells()}) are unknown, neither blank nor
   * zero whatever the {@link BlankPolicy}, so a rule over any of them is not checked and no finding
   * names one.
   *
   * @param report the report
   * @param unseen the cells its source never printed
   * @return the findings about what was seen
   * @throws NullPointerException if an argument is null
   */
  public ValidationResult validate(AnnualReport report, Set<CellAddress> unseen) {
    return seen(report, validate(report), unseen);
  }

  /**
   * Checks the rules between two consecutive reports when the current one was read from a source
   * that was cut off: as {@link #validate(AnnualReport, Set)} does for one report.
   *
   * @param previous the report of year N-1
   * @param current the report of year N
   * @param unseen the cells the current report's source never printed
   * @return the findings, located in the current report
   * @throws NullPointerException if an argument is null
   */
  public ValidationResult validateConsecutive(
      AnnualReport previous, AnnualReport current, Set<CellAddress> unseen) {
    return seen(current, validateConsecutive(previous, current), unseen);
  }

  /**
   * Drops the findings about unseen cells: those that name one, and those about a table or a row (a
   * table left blank) none of whose cells was seen.
   */
  private ValidationResult seen(
      AnnualReport report, ValidationResult result, Set<CellAddress> unseen) {
    if (unseen.isEmpty()) {
      return result;
    }
    List<Finding> kept = new ArrayList<>();
    for (Finding f : result.findings()) {
      boolean aboutUnseen =
          f.involvedCells().stream().anyMatch(unseen::contains)
              || f.location().cell().map(unseen::contains).orElse(false)
              || (f.location().cell().isEmpty() && unseenPlace(report, f, unseen));
      if (!aboutUnseen) {
        kept.add(f);
      }
    }
    return new ValidationResult(kept, options.blankPolicy());
  }

  private static boolean unseenPlace(AnnualReport report, Finding f, Set<CellAddress> unseen) {
    if (f.location().table().isEmpty()) {
      return false;
    }
    String table = f.location().table().get();
    List<CellAddress> cells =
        report.spec().cells().stream()
            .filter(a -> a.table().equals(table))
            .filter(a -> f.location().row().map(r -> r.equals(a.row())).orElse(true))
            .toList();
    return !cells.isEmpty() && unseen.containsAll(cells);
  }

  /**
   * Checks the rules between the reports of one organ for two consecutive years (those of scope
   * {@link RuleScope#CONSECUTIVE_REPORTS}); the rules of each report alone are not repeated, call
   * {@link #validate} for those. When the reports are of different organs or of years that do not
   * follow each other, that is the one finding and no relation is checked.
   *
   * @param previous the report of year N-1
   * @param current the report of year N
   * @return the findings, located in the current report
   * @throws NullPointerException if a report is null
   */
  public ValidationResult validateConsecutive(AnnualReport previous, AnnualReport current) {
    return new ValidationResult(
        engine.validateConsecutive(previous, current), options.blankPolicy());
  }

  /** Builds a {@link ReportValidator}; not thread-safe, use it on one thread. */
  public static final class Builder {
    private final ValidationOptions.Builder options = ValidationOptions.builder();

    private Builder() {}

    /**
     * Starts from the given options instead of the defaults.
     *
     * @param from the options
     * @return this builder
     */
    public Builder options(ValidationOptions from) {
      options.from(from);
      return this;
    }

    /**
     * Sets what a blank cell means.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder blankPolicy(BlankPolicy policy) {
      options.blankPolicy(policy);
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param ruleId the rule id
     * @return this builder
     */
    public Builder disable(String ruleId) {
      options.addDisabledRules(ruleId);
      return this;
    }

    /**
     * Changes the severity of a rule.
     *
     * @param ruleId the rule id
     * @param severity the severity its findings get
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      options.putSeverityOverrides(ruleId, severity);
      return this;
    }

    /**
     * Sets how far amounts of money may differ, in yuan.
     *
     * @param yuan the tolerance, zero or more
     * @return this builder
     */
    public Builder moneyTolerance(BigDecimal yuan) {
      options.moneyTolerance(yuan);
      return this;
    }

    /**
     * Sets whether findings of failing sums get repair hints.
     *
     * @param enabled true to compute hints
     * @return this builder
     */
    public Builder repairHints(boolean enabled) {
      options.repairHints(enabled);
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalArgumentException if an option names an unknown rule or the tolerance is
     *     negative
     */
    public ReportValidator build() {
      return new ReportValidator(options.build());
    }
  }
}
