package org.disclosurereport.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.testkit.internal.Checks;

/**
 * Assertions for tests about reports: that a report is consistent, or that it breaks a given
 * relation at a given cell. Failures are {@link AssertionError}s, so they work with any test
 * framework, and their messages name each cell by key and by official label, with the numbers:
 *
 * <pre>
 * Report 清河县人民政府 2021 (edition 2021) is not consistent: 1 relation instance does not hold
 *   applications.resultsTotal at applications/resultsTotal/naturalPerson (（七）总计 / 自然人):
 *     reported 20, expected 26 (difference -6)
 * </pre>
 *
 * <p>Blank cells count as zero. Use:
 *
 * <pre>{@code
 * ReportAssertions.assertConsistent(report);
 * ReportAssertions.assertBreaks(report, "applications.balance",
 *     CellAddress.of("applications", "newlyReceived", "naturalPerson"));
 * }</pre>
 */
public final class ReportAssertions {
  private ReportAssertions() {}

  /**
   * Returns every relation instance of the report's edition that does not hold in the report,
   * blanks counting as zero.
   *
   * @param report the report
   * @return the breaches, empty for a consistent report
   */
  public static List<Breach> breaches(AnnualReport report) {
    return Checks.inYear(Objects.requireNonNull(report, "report"));
  }

  /**
   * Returns every cross-year relation instance that does not hold between the reports of two
   * consecutive years, blanks counting as zero.
   *
   * @param previous the report of year N-1
   * @param current the report of year N
   * @return the breaches, empty when the figures chain
   */
  public static List<Breach> chainBreaches(AnnualReport previous, AnnualReport current) {
    return Checks.crossYear(previous, current);
  }

  /**
   * Asserts that every sum relation of the report's edition holds.
   *
   * @param report the report
   * @throws AssertionError listing each instance that does not hold
   */
  public static void assertConsistent(AnnualReport report) {
    List<Breach> breaches = breaches(report);
    if (!breaches.isEmpty()) {
      throw new AssertionError(describe(report) + " is not consistent: " + list(breaches));
    }
  }

  /**
   * Asserts that both reports are consistent and that the figures of year N chain to those of
   * year N-1 (the cross-year relations of year N's edition that apply).
   *
   * @param previous the report of year N-1
   * @param current the report of year N
   * @throws AssertionError listing each instance that does not hold
   */
  public static void assertConsistent(AnnualReport previous, AnnualReport current) {
    assertConsistent(previous);
    assertConsistent(current);
    List<Breach> breaches = chainBreaches(previous, current);
    if (!breaches.isEmpty()) {
      throw new AssertionError(
          describe(current) + " does not chain to " + describe(previous) + ": " + list(breaches));
    }
  }

  /**
   * Asserts that both reports of a pair are consistent and chain.
   *
   * @param pair the pair
   * @throws AssertionError listing each instance that does not hold
   */
  public static void assertConsistent(ReportPair pair) {
    assertConsistent(pair.previous(), pair.current());
  }

  /**
   * Asserts that the report breaks a relation at an instance that involves a cell.
   *
   * @param report the report
   * @param relationId the id of a sum relation, such as {@code applications.balance}
   * @param cell a cell of the instance expected to fail
   * @throws AssertionError if no such instance fails; the message lists what does fail
   */
  public static void assertBreaks(AnnualReport report, String relationId, CellAddress cell) {
    assertBreaks(describe(report), breaches(report), report.spec(), relationId, cell);
  }

  /**
   * Asserts that the figures of year N do not chain to those of year N-1 for a cross-year
   * relation, at an instance that involves a cell.
   *
   * @param previous the report of year N-1
   * @param current the report of year N
   * @param relationId the id of a cross-year relation, such as {@code applications.carryOver}
   * @param cell a cell of the instance expected to fail
   * @throws AssertionError if no such instance fails
   */
  public static void assertBreaksChain(
      AnnualReport previous, AnnualReport current, String relationId, CellAddress cell) {
    assertBreaks(
        describe(current) + " after " + describe(previous),
        chainBreaches(previous, current),
        current.spec(),
        relationId,
        cell);
  }

  private static void assertBreaks(
      String what, List<Breach> breaches, EditionSpec spec, String relationId, CellAddress cell) {
    for (Breach b : breaches) {
      if (b.relationId().equals(relationId) && b.cells().contains(cell)) {
        return;
      }
    }
    String at = cell + (spec.contains(cell) ? " (" + spec.label(cell) + ")" : "");
    throw new AssertionError(
        what
            + " was expected to break "
            + relationId
            + " at "
            + at
            + ", but "
            + (breaches.isEmpty() ? "every relation holds" : "only these fail: " + list(breaches)));
  }

  static String describe(AnnualReport report) {
    return "Report "
        + report.metadata().organName()
        + " "
        + report.metadata().reportYear()
        + " (edition "
        + report.edition().id()
        + ")";
  }

  private static String list(List<Breach> breaches) {
    List<String> lines = new ArrayList<>();
    lines.add(
        breaches.size()
            + (breaches.size() == 1 ? " relation instance does not hold" : " relation instances do not hold"));
    lines.addAll(breaches.stream().map(b -> "  " + b).toList());
    return lines.stream().collect(Collectors.joining(System.lineSeparator()));
  }
}
