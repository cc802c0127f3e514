package org.disclosurereport.model;

import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.TableSpec;

/**
 * Read access to one table of a report, by row and column key.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableView {
  private final AnnualReport report;
  private final TableSpec spec;

  TableView(AnnualReport report, TableSpec spec) {
    this.report = report;
    this.spec = spec;
  }

  /**
   * Returns the description of the table.
   *
   * @return the table description
   */
  public TableSpec spec() {
    return spec;
  }

  /**
   * Returns a cell of the table.
   *
   * @param row the row key
   * @param column the column key
   * @return the value, blank when nothing was reported
   * @throws IllegalArgumentException if the table has no such cell
   */
  public CellValue cell(String row, String column) {
    return report.cell(CellAddress.of(spec.key(), row, column));
  }

  AnnualReport report() {
    return report;
  }
}
