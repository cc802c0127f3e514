package org.disclosurereport.cli.internal.io;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Findings;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.BlankPolicy;

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

  /**
   * Checks a report read from a source that was cut off: the cells it never printed are unknown, so
   * no rule over them is checked and no finding names one. A checker that cannot tell checks the
   * report as it is.
   *
   * @param report the report
   * @param previous the same organ's report for the year before
   * @param unseen the cells the report's source never printed
   * @return the findings, in the validator's order
   */
  default List<Finding> check(
      AnnualReport report, Optional<AnnualReport> previous, Set<CellAddress> unseen) {
    return check(report, previous);
  }

  /**
   * Returns the findings of a check that the reader has not already given: a reader reports a
   * report's missing organ or year ({@code DR-V001}) as it reads, and the validator finds the same
   * again, at the same place; it is said once.
   *
   * @param read the reader's findings
   * @param checked the checker's findings
   * @return the checker's findings whose rule and JSON Pointer no reader finding has, in order
   */
  /**
   * Adds to each finding about a blank cell (the rule of a {@link BlankPolicy}) what the source
   * printed there, when it printed a mark for nothing: "printed as /".
   *
   * @param findings the findings
   * @param printed what the source printed in the cells read as blank
   * @return the findings, in order, those about such a cell with the note
   */
  static List<Finding> withPrintedMarks(List<Finding> findings, Map<CellAddress, String> printed) {
    if (printed.isEmpty()) {
      return findings;
    }
    Set<String> blankRules = new HashSet<>();
    for (BlankPolicy p : BlankPolicy.values()) {
      blankRules.add(p.ruleId());
    }
    return findings.stream()
        .map(
            f ->
                blankRules.contains(f.ruleId())
                        && f.location().cell().map(printed::containsKey).orElse(false)
                    ? Findings.printedAs(f, printed.get(f.location().cell().get()))
                    : f)
        .toList();
  }

  static List<Finding> notAlreadyRead(List<Finding> read, List<Finding> checked) {
    Set<String> seen = new HashSet<>();
    for (Finding f : read) {
      f.location().jsonPointer().ifPresent(p -> seen.add(f.ruleId() + ' ' + p));
    }
    if (seen.isEmpty()) {
      return List.copyOf(checked);
    }
    return checked.stream()
        .filter(
            f ->
                f.location().jsonPointer().isEmpty()
                    || !seen.contains(f.ruleId() + ' ' + f.location().jsonPointer().get()))
        .toList();
  }
}
