package org.disclosurereport.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;

/**
 * Assertions for tests of readers and writers: that reading a document gave back exactly the report
 * expected, and said nothing worse than allowed about it. Round trips (render, then read back) and
 * sample documents (a published PDF or Word file, then its JSON) compare the same way, so a failure
 * reads the same in every module: the part of the report that differs (metadata, cells, narratives,
 * other matters, supplementary rows), and for cells only the cells that differ, rather than two
 * whole reports to compare by eye.
 *
 * <pre>{@code
 * ReadAssertions.assertReadsBack(report, reader.read(renderer.render(report)));
 * ReadAssertions.assertReadsBack(
 *     ReadAssertions.asPublished(fromJson), reader.read(pdf), Severity.WARNING);
 * }</pre>
 *
 * <p>Failures are {@link AssertionError}s, so they work with any test framework. This class is
 * stateless and thread-safe.
 */
public final class ReadAssertions {
  /** The most cells a failure lists one by one. */
  private static final int MAX_CELLS = 20;

  private ReadAssertions() {}

  /**
   * Asserts that a read gave back exactly the report expected and no finding but information.
   *
   * @param expected the report expected
   * @param read what the reader returned
   * @return the report read, equal to {@code expected}
   * @throws AssertionError if no report was read, a finding is a warning or an error, or the report
   *     differs from the one expected; the message names the part that differs
   */
  public static AnnualReport assertReadsBack(AnnualReport expected, ReadResult read) {
    return assertReadsBack(expected, read, Severity.INFO);
  }

  /**
   * Asserts that a read gave back exactly the report expected, with no finding more severe than a
   * given severity: {@link Severity#INFO} for a document the SDK wrote itself, {@link
   * Severity#WARNING} where a published document may bend a rule without being wrong.
   *
   * @param expected the report expected
   * @param read what the reader returned
   * @param worstAllowed the most severe finding allowed
   * @return the report read, equal to {@code expected}
   * @throws AssertionError if no report was read, a finding is more severe than allowed, or the
   *     report differs from the one expected; the message names the part that differs
   */
  public static AnnualReport assertReadsBack(
      AnnualReport expected, ReadResult read, Severity worstAllowed) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(worstAllowed, "worstAllowed");
    AnnualReport got =
        read.report()
            .orElseThrow(
                () ->
                    new AssertionError(
                        read.source()
                            + ": no report was read: "
                            + ReportAssertions.list(read.findings())));
    List<Finding> tooSevere =
        read.findings().stream().filter(f -> f.severity().compareTo(worstAllowed) < 0).toList();
    if (!tooSevere.isEmpty()) {
      throw new AssertionError(
          read.source()
              + ": findings more severe than "
              + worstAllowed
              + ": "
              + ReportAssertions.list(tooSevere));
    }
    assertSameReport(expected, got, read.source());
    return got;
  }

  private static void assertSameReport(AnnualReport expected, AnnualReport actual, String what) {
    if (expected.equals(actual)) {
      return;
    }
    String where = what + ": the report read differs from the one expected in ";
    differs(where + "its metadata", expected.metadata(), actual.metadata());
    if (!expected.cells().equals(actual.cells())) {
      throw new AssertionError(where + "its cells: " + cells(expected.cells(), actual.cells()));
    }
    differs(where + "its general text", expected.general(), actual.general());
    differs(where + "its problems text", expected.problems(), actual.problems());
    differs(where + "its other matters", expected.otherMatters(), actual.otherMatters());
    differs(
        where + "its supplementary rows", expected.supplementaryRows(), actual.supplementaryRows());
    differs(where + "its extensions", expected.extensions(), actual.extensions());
    throw new AssertionError(where + "its whole:\nexpected " + expected + "\n but was " + actual);
  }

  /**
   * Returns a report as a published document states it: without the organ's level and kind, and
   * without the information-processing fees as figures (a document states them in the text of its
   * other matters, which is kept). These are data of the JSON and XML forms that a PDF or Word
   * document published by an organ does not carry, so a reader cannot give them back.
   *
   * @param report the full report, as its JSON holds it
   * @return the report without those data
   */
  public static AnnualReport asPublished(AnnualReport report) {
    return report
        .withMetadata(
            ReportMetadata.copyOf(report.metadata())
                .withOrganLevel(Optional.empty())
                .withOrganKind(Optional.empty()))
        .withOtherMatters(OtherMatters.copyOf(report.otherMatters()).withFees(Optional.empty()));
  }

  private static void differs(String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      throw new AssertionError(what + ":\nexpected " + expected + "\n but was " + actual);
    }
  }

  private static String cells(
      Map<CellAddress, CellValue> expected, Map<CellAddress, CellValue> got) {
    TreeSet<String> all = new TreeSet<>();
    List<CellAddress> addresses = new ArrayList<>(expected.keySet());
    for (CellAddress a : got.keySet()) {
      if (!expected.containsKey(a)) {
        addresses.add(a);
      }
    }
    for (CellAddress a : addresses) {
      CellValue e = expected.get(a);
      CellValue g = got.get(a);
      if (!Objects.equals(e, g)) {
        all.add(
            a
                + ": expected "
                + (e == null ? "no cell" : e)
                + ", read "
                + (g == null ? "no cell" : g));
      }
    }
    StringBuilder sb = new StringBuilder().append(all.size()).append(" differ");
    all.stream().limit(MAX_CELLS).forEach(line -> sb.append("\n  ").append(line));
    if (all.size() > MAX_CELLS) {
      sb.append("\n  …");
    }
    return sb.toString();
  }
}
