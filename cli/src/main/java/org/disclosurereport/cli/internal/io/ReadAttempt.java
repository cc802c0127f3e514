package org.disclosurereport.cli.internal.io;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;

/**
 * What a reader made of one input: the report, when one could be built, and every finding.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param report the report, empty when the input could not be read
 * @param findings the reader's findings (and the tool's, about the input), in the order found
 * @param unseen the cells a source that was cut off never printed, which no check may count
 * @param printed what a published page or text printed in the cells read as blank ({@code /},
 *     {@code -}, {@code —}), for the findings about them
 */
public record ReadAttempt(
    Optional<AnnualReport> report,
    List<Finding> findings,
    Set<CellAddress> unseen,
    Map<CellAddress, String> printed) {
  /** Creates a result; the collections are copied. */
  public ReadAttempt {
    Objects.requireNonNull(report);
    findings = List.copyOf(findings);
    unseen = Collections.unmodifiableSet(new LinkedHashSet<>(unseen));
    printed = Map.copyOf(printed);
  }

  /**
   * Creates a result without notes on the cells.
   *
   * @param report the report, empty when the input could not be read
   * @param findings the findings
   * @param unseen the cells a source that was cut off never printed
   */
  public ReadAttempt(
      Optional<AnnualReport> report, List<Finding> findings, Set<CellAddress> unseen) {
    this(report, findings, unseen, Map.of());
  }

  /**
   * Creates a result of a source read to its end.
   *
   * @param report the report, empty when the input could not be read
   * @param findings the findings
   */
  public ReadAttempt(Optional<AnnualReport> report, List<Finding> findings) {
    this(report, findings, Set.of());
  }
}
