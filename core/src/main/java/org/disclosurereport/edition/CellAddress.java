package org.disclosurereport.edition;

import java.util.Comparator;
import java.util.Objects;

/**
 * The address of one numeric cell: table key, row key and column key.
 *
 * <p>An address is only a name; whether it exists in an edition is answered by {@link
 * EditionSpec#contains(CellAddress)}. Its JSON Pointer into the canonical JSON form of a report,
 * {@code /tables/<table>/<row>/<column>}, is {@code JsonPointer.ofCell(address)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param table the table key, for example {@code applications}
 * @param row the row key, for example {@code granted}
 * @param column the column key, for example {@code naturalPerson}
 */
public record CellAddress(String table, String row, String column)
    implements Comparable<CellAddress> {

  private static final Comparator<CellAddress> ORDER =
      Comparator.comparing(CellAddress::table)
          .thenComparing(CellAddress::row)
          .thenComparing(CellAddress::column);

  /**
   * Creates an address.
   *
   * @throws NullPointerException if any part is null
   * @throws IllegalArgumentException if any part is empty
   */
  public CellAddress {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    if (table.isEmpty() || row.isEmpty() || column.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid cell address (table, row and column keys must be non-empty): "
              + table
              + "/"
              + row
              + "/"
              + column);
    }
  }

  /**
   * Creates an address.
   *
   * @param table the table key
   * @param row the row key
   * @param column the column key
   * @return the address
   */
  public static CellAddress of(String table, String row, String column) {
    return new CellAddress(table, row, column);
  }

  /**
   * Whether another address names the same cell: the same three keys. Written out rather than left
   * to the record's generated method, which goes through method handles that a run over a single
   * file spends its time interpreting; every report is looked up cell by cell.
   */
  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof CellAddress a
            && table.equals(a.table)
            && row.equals(a.row)
            && column.equals(a.column);
  }

  /** The same hash as the record's generated method: {@code (31 * table + row) * 31 + column}. */
  @Override
  public int hashCode() {
    return (31 * table.hashCode() + row.hashCode()) * 31 + column.hashCode();
  }

  /** Orders addresses by table, row and column key (alphabetically, not in printed order). */
  @Override
  public int compareTo(CellAddress other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return table + "/" + row + "/" + column;
  }
}
