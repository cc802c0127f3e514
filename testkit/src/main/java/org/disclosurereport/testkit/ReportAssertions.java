package org.disclosurereport.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.RuleCode;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.ReportValidator;
import org.disclosurereport.validation.RuleCatalogue;
import org.disclosurereport.validation.ValidationResult;

/**
 * Assertions for tests about reports: that a report is consistent, or that it breaks a given rule
 * at a given cell. They run the {@link ReportValidator}, so they judge exactly as the validator
 * does. Failures are {@link AssertionError}s, so they work with any test framework, and their
 * messages show each finding with its rule, its cell, the cell's official labels and the numbers:
 *
 * <pre>
 * Report 清河县人民政府 2021 (edition 2021) is not consistent: 1 finding
 *   DR-V102 ERROR at applications/resultsTotal/naturalPerson (（七）总计 / 自然人): reported 20,
 *   expected 26: ...
 * </pre>
 *
 * <p>Use:
 *
 * <pre>{@code
 * ReportAssertions.assertConsistent(report);
 * ReportAssertions.assertBreaks(report, "DR-V102",
 *     CellAddress.of("applications", "resultsTotal", "naturalPerson"));
 * }</pre>
 *
 * <p>"Consistent" means that every sum relation of the report's edition holds, blank cells counting
 * as zero ({@link BlankPolicy#BLANK_AS_ZERO}); whether blanks, texts or metadata are acceptable is
 * for {@link #assertNoFindings(AnnualReport, ReportValidator)} with the options wanted.
 */
public final class ReportAssertions {
  private static final ReportValidator BLANKS_AS_ZERO =
      ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_AS_ZERO).build();

  /**
   * The validator of {@link #assertConsistent(AnnualReport, AnnualReport)}: chaining is about the
   * cross-year relations, so the plausibility flag on figures that jump from one year to the next
   * (DR-V406, for information) is left out; two generated years are drawn independently and jump
   * often, as real organs' figures sometimes do.
   */
  private static final ReportValidator CHAIN =
      ReportValidator.builder()
          .blankPolicy(BlankPolicy.BLANK_AS_ZERO)
          .disable(RuleCode.YEAR_ON_YEAR_JUMP.id())
          .build();

  private ReportAssertions() {}

  /**
   * Asserts that every sum relation of the report's edition holds, blanks counting as zero.
   *
   * @param report the report
   * @throws AssertionError listing each sum that does not hold, with labels and numbers
   */
  public static void assertConsistent(AnnualReport report) {
    List<Finding> failing =
        BLANKS_AS_ZERO.validate(Objects.requireNonNull(report, "report")).findings().stream()
            .filter(ReportAssertions::checksRelation)
            .toList();
    if (!failing.isEmpty()) {
      throw new AssertionError(describe(report) + " is not consistent: " + list(failing));
    }
  }

  /**
   * Asserts that both reports are consistent and that they chain: same organ, consecutive years,
   * and every cross-year relation of year N's edition that applies holds, blanks counting as zero.
   * Figures that jump from one year to the next (DR-V406, for information) do not break a chain.
   *
   * @param previous the report of year N-1
   * @param current the report of year N
   * @throws AssertionError listing each finding
   */
  public static void assertConsistent(AnnualReport previous, AnnualReport current) {
    assertConsistent(previous);
    assertConsistent(current);
    ValidationResult result = CHAIN.validateConsecutive(previous, current);
    if (!result.findings().isEmpty()) {
      throw new AssertionError(
          describe(current)
              + " does not chain to "
              + describe(previous)
              + ": "
              + list(result.findings()));
    }
  }

  /**
   * Asserts that both reports of a pair are consistent and chain.
   *
   * @param pair the pair
   * @throws AssertionError listing each finding
   */
  public static void assertConsistent(ReportPair pair) {
    assertConsistent(pair.previous(), pair.current());
  }

  /**
   * Asserts that a validator has nothing at all to say about a report.
   *
   * @param report the report
   * @param validator the validator, with the options wanted
   * @throws AssertionError listing each finding
   */
  public static void assertNoFindings(AnnualReport report, ReportValidator validator) {
    ValidationResult result = validator.validate(report);
    if (!result.findings().isEmpty()) {
      throw new AssertionError(describe(report) + " has findings: " + list(result.findings()));
    }
  }

  /**
   * Asserts that the report breaks a rule at a cell: the validator (blanks counting as zero)
   * reports the rule at that cell or at a sum that involves it.
   *
   * @param report the report
   * @param ruleId the rule id, for example {@code DR-V102}
   * @param cell the cell
   * @throws AssertionError if the rule is not reported there; the message lists what is reported
   */
  public static void assertBreaks(AnnualReport report, String ruleId, CellAddress cell) {
    assertBreaks(report, ruleId, cell, BLANKS_AS_ZERO);
  }

  /**
   * Asserts that the report breaks a rule at a cell under the given validator.
   *
   * @param report the report
   * @param ruleId the rule id
   * @param cell the cell
   * @param validator the validator
   * @throws AssertionError if the rule is not reported there
   */
  public static void assertBreaks(
      AnnualReport report, String ruleId, CellAddress cell, ReportValidator validator) {
    expectAt(describe(report), validator.validate(report), ruleId, cell);
  }

  /**
   * Asserts that two consecutive reports break a rule on consecutive reports at a cell of year N.
   *
   * @param previous the report of year N-1
   * @param current the report of year N
   * @param ruleId the rule id, for example {@code DR-V401}
   * @param cell a cell of the failing relation instance
   * @throws AssertionError if the rule is not reported there
   */
  public static void assertBreaksChain(
      AnnualReport previous, AnnualReport current, String ruleId, CellAddress cell) {
    expectAt(
        describe(current) + " after " + describe(previous),
        BLANKS_AS_ZERO.validateConsecutive(previous, current),
        ruleId,
        cell);
  }

  /**
   * Asserts that a mutant makes exactly its rule and the rule's companions fire: each of them at
   * least once and no other rule, under the mutant's own validator; for a pair, neither report has
   * findings of its own.
   *
   * @param mutant the mutant
   * @throws AssertionError naming the rules missing or extra
   */
  public static void assertBreaksExactly(Mutant mutant) {
    ReportValidator validator = mutant.validator();
    ValidationResult result;
    if (mutant.previous().isPresent()) {
      assertNoFindings(mutant.previous().get(), validator);
      assertNoFindings(mutant.report(), validator);
      result = validator.validateConsecutive(mutant.previous().get(), mutant.report());
    } else {
      result = validator.validate(mutant.report());
    }
    List<String> fired =
        result.findings().stream().map(Finding::ruleId).distinct().sorted().toList();
    List<String> expected = mutant.expectedRuleIds().stream().distinct().sorted().toList();
    if (!fired.equals(expected)) {
      throw new AssertionError(
          mutant
              + " was expected to break "
              + expected
              + " and no other rule, but "
              + (result.findings().isEmpty() ? "nothing fires" : list(result.findings())));
    }
  }

  private static void expectAt(
      String what, ValidationResult result, String ruleId, CellAddress cell) {
    Predicate<Finding> here =
        f ->
            f.ruleId().equals(ruleId)
                && (f.involvedCells().contains(cell)
                    || (f.location().table().equals(java.util.Optional.of(cell.table()))
                        && f.location().row().equals(java.util.Optional.of(cell.row()))
                        && f.location().column().equals(java.util.Optional.of(cell.column()))));
    if (result.findings().stream().anyMatch(here)) {
      return;
    }
    throw new AssertionError(
        what
            + " was expected to break "
            + ruleId
            + " at "
            + cell
            + ", but "
            + (result.findings().isEmpty() ? "nothing fires" : list(result.findings())));
  }

  private static boolean checksRelation(Finding f) {
    return RuleCatalogue.rule(f.ruleId()).flatMap(r -> r.relationId()).isPresent();
  }

  static String describe(AnnualReport report) {
    return "Report "
        + report.metadata().organName().orElseThrow()
        + " "
        + report.metadata().reportYear().getAsInt()
        + " (edition "
        + report.edition().id()
        + ")";
  }

  static String list(List<Finding> findings) {
    String head = findings.size() + (findings.size() == 1 ? " finding" : " findings");
    return head
        + findings.stream()
            .map(ReportAssertions::line)
            .collect(
                Collectors.joining(
                    System.lineSeparator() + "  ", System.lineSeparator() + "  ", ""));
  }

  private static String line(Finding f) {
    StringBuilder sb = new StringBuilder().append(f.ruleId()).append(' ').append(f.severity());
    f.location().jsonPointer().ifPresent(p -> sb.append(" at ").append(p));
    f.location().labels().ifPresent(l -> sb.append(" (").append(l).append(')'));
    sb.append(": ");
    f.reported().ifPresent(r -> sb.append("reported ").append(r.toPlainString()).append(", "));
    f.expected().ifPresent(e -> sb.append("expected ").append(e.toPlainString()).append(": "));
    return sb.append(f.messageEn()).toString();
  }
}
