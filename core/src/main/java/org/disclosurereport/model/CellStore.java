package org.disclosurereport.model;

import java.util.Map;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;

/**
 * The cells a report is built with, as its builder hands them over: either checked {@link
 * ReportCells}, or the cells put one by one while the edition was not known yet, which the report
 * checks once it is built.
 *
 * <p>The type is package-private on purpose. The report keeps its cells in this attribute so that a
 * reader's checked cells are taken without a copy, and Immutables makes a public builder setter and
 * {@code with} method for every attribute. With a type no one outside this package can name, those
 * generated methods cannot be called from outside, and the builder's hand-written {@code putCell},
 * {@code putAllCells}, {@code cells} and {@code from} stay the only ways to give cells.
 */
final class CellStore {
  /** The checked cells; null while the cells are a builder's draft. */
  private final ReportCells checked;

  /** The cells put so far, in order and unchecked; null for checked cells. */
  private final Map<CellAddress, CellValue> draft;

  private CellStore(ReportCells checked, Map<CellAddress, CellValue> draft) {
    this.checked = checked;
    this.draft = draft;
  }

  /** Returns cells checked already, to be kept as they are when the edition is theirs. */
  static CellStore of(ReportCells checked) {
    return new CellStore(checked, null);
  }

  /** Returns a builder's draft, a map the builder goes on adding to until the report is built. */
  static CellStore draft(Map<CellAddress, CellValue> cells) {
    return new CellStore(null, cells);
  }

  /** Returns the cells checked against the edition; null while they are a draft. */
  ReportCells checked() {
    return checked;
  }

  /**
   * Returns the cells checked against an edition: the same cells when they were checked against it
   * already, else a checked copy.
   *
   * @throws ReportShapeException if a cell is not in the edition or a value is of the wrong kind
   */
  ReportCells checkedFor(EditionSpec spec) {
    return ReportCells.of(spec, checked != null ? checked : draft);
  }

  private Map<CellAddress, CellValue> cells() {
    return checked != null ? checked : draft;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CellStore s && cells().equals(s.cells());
  }

  @Override
  public int hashCode() {
    return cells().hashCode();
  }

  @Override
  public String toString() {
    return cells().toString();
  }
}
