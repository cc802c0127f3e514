package org.disclosurereport.edition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of an edition: its caption, its row and column headings and so its cells.
 *
 * <p>Every table is a full grid: each leaf row has one cell under each leaf column. The kind of a
 * cell is the kind of its column.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableSpec {
  private final String key;
  private final SectionId section;
  private final String caption;
  private final String englishName;
  private final String rowHeaderLabel;
  private final String cornerNote;
  private final List<AxisNode> rows;
  private final List<AxisNode> columns;
  private final List<AxisNode> rowLeaves;
  private final List<AxisNode> columnLeaves;
  private final Map<String, AxisNode> rowsByKey = new LinkedHashMap<>();
  private final Map<String, AxisNode> columnsByKey = new LinkedHashMap<>();
  private final List<CellAddress> cells;

  TableSpec(
      String key,
      SectionId section,
      String caption,
      String englishName,
      String rowHeaderLabel,
      String cornerNote,
      List<AxisNode> rows,
      List<AxisNode> columns) {
    this.key = Objects.requireNonNull(key);
    this.section = Objects.requireNonNull(section);
    this.caption = caption;
    this.englishName = Objects.requireNonNull(englishName);
    this.rowHeaderLabel = rowHeaderLabel;
    this.cornerNote = cornerNote;
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.rowLeaves = this.rows.stream().flatMap(n -> n.leaves().stream()).toList();
    this.columnLeaves = this.columns.stream().flatMap(n -> n.leaves().stream()).toList();
    index(this.rows, rowsByKey, "row");
    index(this.columns, columnsByKey, "column");
    for (AxisNode column : columnLeaves) {
      if (column.kind().isEmpty()) {
        throw new IllegalStateException("column " + key + "/" + column.key() + " has no cell kind");
      }
    }
    List<CellAddress> all = new ArrayList<>();
    for (AxisNode row : rowLeaves) {
      for (AxisNode column : columnLeaves) {
        all.add(CellAddress.of(key, row.key(), column.key()));
      }
    }
    this.cells = List.copyOf(all);
  }

  private void index(List<AxisNode> roots, Map<String, AxisNode> byKey, String what) {
    roots.stream()
        .flatMap(AxisNode::flatten)
        .forEach(
            n -> {
              if (byKey.put(n.key(), n) != null) {
                throw new IllegalStateException(
                    "duplicate " + what + " key " + key + "/" + n.key());
              }
            });
  }

  /**
   * Returns the stable key of the table, for example {@code applications}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the section the table is printed in.
   *
   * @return the section
   */
  public SectionId section() {
    return section;
  }

  /**
   * Returns the caption printed above the table (for example {@code 第二十条第（一）项}); empty when the
   * table has none.
   *
   * @return the caption
   */
  public Optional<String> caption() {
    return Optional.ofNullable(caption);
  }

  /**
   * Returns a short English name for the table.
   *
   * @return the English name
   */
  public String englishName() {
    return englishName;
  }

  /**
   * Returns the heading printed over the row labels ({@code 信息内容} in section 二); empty when none.
   *
   * @return the row header label
   */
  public Optional<String> rowHeaderLabel() {
    return Optional.ofNullable(rowHeaderLabel);
  }

  /**
   * Returns the note printed in the top-left corner cell (section 三's statement of its own balance
   * rule); empty when none.
   *
   * @return the corner note
   */
  public Optional<String> cornerNote() {
    return Optional.ofNullable(cornerNote);
  }

  /**
   * Returns the top-level row headings in printed order.
   *
   * @return the row headings
   */
  public List<AxisNode> rows() {
    return rows;
  }

  /**
   * Returns the top-level column headings in printed order.
   *
   * @return the column headings
   */
  public List<AxisNode> columns() {
    return columns;
  }

  /**
   * Returns the rows that carry cells, in printed order.
   *
   * @return the leaf rows
   */
  public List<AxisNode> rowLeaves() {
    return rowLeaves;
  }

  /**
   * Returns the columns that carry cells, in printed order.
   *
   * @return the leaf columns
   */
  public List<AxisNode> columnLeaves() {
    return columnLeaves;
  }

  /**
   * Finds a row heading (leaf or group) by key.
   *
   * @param rowKey the key
   * @return the heading, or empty
   */
  public Optional<AxisNode> row(String rowKey) {
    return Optional.ofNullable(rowsByKey.get(rowKey));
  }

  /**
   * Finds a column heading (leaf or group) by key.
   *
   * @param columnKey the key
   * @return the heading, or empty
   */
  public Optional<AxisNode> column(String columnKey) {
    return Optional.ofNullable(columnsByKey.get(columnKey));
  }

  /**
   * Returns the address of every cell, row by row in printed order.
   *
   * @return the addresses
   */
  public List<CellAddress> cells() {
    return cells;
  }

  /**
   * Whether the table has a cell at the given row and column key.
   *
   * @param rowKey the row key
   * @param columnKey the column key
   * @return true when both keys name leaves of this table
   */
  public boolean hasCell(String rowKey, String columnKey) {
    AxisNode r = rowsByKey.get(rowKey);
    AxisNode c = columnsByKey.get(columnKey);
    return r != null && c != null && r.isLeaf() && c.isLeaf();
  }

  @Override
  public String toString() {
    return key;
  }
}
