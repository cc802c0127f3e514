package org.disclosurereport.cli.internal.io;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.disclosurereport.document.CellSource;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;

/**
 * What a reader made of one input: the report, when one could be built, and every finding.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param report the report, empty when the input could not be read
 * @param findings the reader's findings (and the tool's, about the input), in the order found
 * @param printedMarks the report's blank cells in which the source printed a mark for nothing
 *     ({@code /}, {@code -}, {@code —}) rather than nothing at all, as the reader recorded each
 *     cell's text; empty for the canonical forms, which record no printed text
 * @param unseen the cells a source that was cut off never printed, which no check may count
 * @param printed the text the source printed in each of the report's blank cells that has some (a
 *     mark for nothing, or text that is no figure), for the findings about them
 */
public record ReadAttempt(
    Optional<AnnualReport> report,
    List<Finding> findings,
    Set<CellAddress> printedMarks,
    Set<CellAddress> unseen,
    Map<CellAddress, String> printed) {
  /** Creates a result; the collections are copied. */
  public ReadAttempt {
    Objects.requireNonNull(report);
    findings = List.copyOf(findings);
    printedMarks = Set.copyOf(printedMarks);
    unseen = Collections.unmodifiableSet(new LinkedHashSet<>(unseen));
    printed = Collections.unmodifiableMap(new LinkedHashMap<>(printed));
  }

  /**
   * Creates a result of a source read to its end, without printed marks.
   *
   * @param report the report
   * @param findings the findings
   */
  public ReadAttempt(Optional<AnnualReport> report, List<Finding> findings) {
    this(report, findings, Set.of(), Set.of(), Map.of());
  }

  /**
   * Creates a result of a source read to its end.
   *
   * @param report the report
   * @param findings the findings
   * @param printedMarks the blank cells printed with a mark for nothing
   */
  public ReadAttempt(
      Optional<AnnualReport> report, List<Finding> findings, Set<CellAddress> printedMarks) {
    this(report, findings, printedMarks, Set.of(), Map.of());
  }

  /**
   * Returns what a reader's result holds: the report, the findings, the blank cells printed with a
   * mark and what was printed in them, from the text the reader recorded for each cell, and the
   * cells a cut-off source never printed.
   *
   * @param result the reader's result
   * @return the attempt
   */
  public static ReadAttempt of(ReadResult result) {
    if (result.report().isEmpty() || result.provenance().isEmpty()) {
      return new ReadAttempt(
          result.report(), result.findings(), Set.of(), result.unseenCells(), Map.of());
    }
    Map<CellAddress, CellValue> cells = result.report().get().cells();
    Set<CellAddress> marks = new HashSet<>();
    Map<CellAddress, String> printed = new LinkedHashMap<>();
    for (Map.Entry<CellAddress, CellSource> e : result.provenance().entrySet()) {
      String raw = e.getValue().rawText();
      if (raw.isBlank() || !cells.getOrDefault(e.getKey(), CellValue.blank()).isBlank()) {
        continue;
      }
      printed.put(e.getKey(), raw);
      if (isMark(raw)) {
        marks.add(e.getKey());
      }
    }
    return new ReadAttempt(
        result.report(), result.findings(), marks, result.unseenCells(), printed);
  }

  /**
   * The marks printed for nothing, after NFKC (which makes {@code ／} a {@code /}): slashes, dashes,
   * an underscore, a tilde. Text that is neither a figure nor such a mark (an unreadable cell) is
   * not one.
   */
  private static final java.util.regex.Pattern MARK =
      java.util.regex.Pattern.compile("[/\\\\\\-\u2014\u2013\u2015\u2500_~]+");

  /** Whether a cell's printed text is only a mark for nothing. */
  static boolean isMark(String rawText) {
    String compact =
        java.text.Normalizer.normalize(rawText, java.text.Normalizer.Form.NFKC)
            .replaceAll("\\s+", "");
    return MARK.matcher(compact).matches();
  }

  /**
   * Returns this attempt with other findings, all else kept.
   *
   * @param newFindings the findings
   * @return the attempt
   */
  public ReadAttempt withFindings(List<Finding> newFindings) {
    return new ReadAttempt(report, newFindings, printedMarks, unseen, printed);
  }
}
