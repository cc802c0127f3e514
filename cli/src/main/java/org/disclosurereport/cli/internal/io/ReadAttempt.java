package org.disclosurereport.cli.internal.io;

import java.util.HashSet;
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
 */
public record ReadAttempt(
    Optional<AnnualReport> report, List<Finding> findings, Set<CellAddress> printedMarks) {
  /** Creates a result; the collections are copied. */
  public ReadAttempt {
    Objects.requireNonNull(report);
    findings = List.copyOf(findings);
    printedMarks = Set.copyOf(printedMarks);
  }

  /**
   * Creates a result without printed marks.
   *
   * @param report the report
   * @param findings the findings
   */
  public ReadAttempt(Optional<AnnualReport> report, List<Finding> findings) {
    this(report, findings, Set.of());
  }

  /**
   * Returns what a reader's result holds: the report, the findings, and the blank cells printed
   * with a mark, from the text the reader recorded for each cell.
   *
   * @param result the reader's result
   * @return the attempt
   */
  public static ReadAttempt of(ReadResult result) {
    if (result.report().isEmpty() || result.provenance().isEmpty()) {
      return new ReadAttempt(result.report(), result.findings());
    }
    Map<CellAddress, CellValue> cells = result.report().get().cells();
    Set<CellAddress> marks = new HashSet<>();
    for (Map.Entry<CellAddress, CellSource> e : result.provenance().entrySet()) {
      if (isMark(e.getValue().rawText())
          && cells.getOrDefault(e.getKey(), CellValue.blank()).isBlank()) {
        marks.add(e.getKey());
      }
    }
    return new ReadAttempt(result.report(), result.findings(), marks);
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
   * Returns this attempt with other findings, the report and the printed marks kept.
   *
   * @param newFindings the findings
   * @return the attempt
   */
  public ReadAttempt withFindings(List<Finding> newFindings) {
    return new ReadAttempt(report, newFindings, printedMarks);
  }
}
