package org.disclosurereport.serialization.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.TableSpec;

/**
 * Where each cell of an edition sits among {@link EditionSpec#cells()}, by the keys a document
 * names it with: a table's rows give where their cells start, its columns how far along a row a
 * cell is. A reader looks a row up once and each cell's column once, and puts the cell by position,
 * instead of making an address and looking it up in the edition.
 *
 * <p>Derived from the edition description, once per edition, and checked against its positions.
 * Immutable and thread-safe.
 */
final class CellPositions {
  private static final Map<Edition, CellPositions> BY_EDITION = new EnumMap<>(Edition.class);

  static {
    for (Edition e : Edition.values()) {
      BY_EDITION.put(e, new CellPositions(e.spec()));
    }
  }

  private final EditionSpec spec;
  private final Map<String, Table> tables = new HashMap<>();

  private CellPositions(EditionSpec spec) {
    this.spec = spec;
    for (TableSpec t : spec.tables()) {
      tables.put(t.key(), new Table(spec, t));
    }
  }

  /**
   * Returns the positions of an edition's cells.
   *
   * @param spec the edition description
   * @return the positions
   */
  static CellPositions of(EditionSpec spec) {
    CellPositions p = BY_EDITION.get(spec.edition());
    return p.spec == spec ? p : new CellPositions(spec);
  }

  /**
   * Returns a table's positions.
   *
   * @param key the table key
   * @return the positions, or null when the edition has no such table
   */
  Table table(String key) {
    return tables.get(key);
  }

  /** The positions of one table's cells. */
  static final class Table {
    private final TableSpec spec;
    private final Map<String, Integer> rowStarts = new HashMap<>();
    private final Map<String, Integer> columnOffsets = new HashMap<>();

    /** The leaf columns' keys, in order. */
    private final String[] columnKeys;

    private Table(EditionSpec edition, TableSpec table) {
      this.spec = table;
      List<AxisNode> columns = table.columnLeaves();
      this.columnKeys = columns.stream().map(AxisNode::key).toArray(String[]::new);
      for (int c = 0; c < columns.size(); c++) {
        columnOffsets.put(columns.get(c).key(), c);
      }
      for (AxisNode row : table.rowLeaves()) {
        int start = edition.indexOf(CellAddress.of(table.key(), row.key(), columns.get(0).key()));
        rowStarts.put(row.key(), start);
        for (int c = 0; c < columns.size(); c++) {
          CellAddress a = CellAddress.of(table.key(), row.key(), columns.get(c).key());
          if (edition.indexOf(a) != start + c) {
            throw new IllegalStateException("cells of " + a.table() + " are not row by row: " + a);
          }
        }
      }
    }

    /**
     * @return the table's description
     */
    TableSpec spec() {
      return spec;
    }

    /**
     * Returns the position of a row's first cell.
     *
     * @param rowKey the row key
     * @return the position, or -1 when the key is not one of the table's leaf rows
     */
    int rowStart(String rowKey) {
      Integer i = rowStarts.get(rowKey);
      return i == null ? -1 : i;
    }

    /**
     * Returns how far along its row a column's cell is.
     *
     * @param columnKey the column key
     * @return the offset, or -1 when the key is not one of the table's leaf columns
     */
    int columnOffset(String columnKey) {
      Integer i = columnOffsets.get(columnKey);
      return i == null ? -1 : i;
    }

    /**
     * Returns how far along its row a column's cell is, trying first the offset a document in the
     * canonical order gives it: a parser's names are the same strings as the edition's keys (both
     * interned), so the guess costs one comparison of references.
     *
     * @param columnKey the column key
     * @param expected the offset to try first, such as the one after the row's previous cell
     * @return the offset, or -1 when the key is not one of the table's leaf columns
     */
    int columnOffset(String columnKey, int expected) {
      if (expected < columnKeys.length && columnKeys[expected] == columnKey) {
        return expected;
      }
      return columnOffset(columnKey);
    }
  }
}
