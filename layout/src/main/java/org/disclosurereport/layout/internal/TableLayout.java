package org.disclosurereport.layout.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.SupplementaryRow;

/**
 * Lays out the tables of a report as the national format prints them, for both renderers: which
 * cells each printed row has, their texts, and how many rows and columns each spans.
 *
 * <p>Everything is derived from the edition description. Header rows come from the column trees: a
 * heading spans as many columns as it has leaves ({@link AxisNode#span()}) and a leaf reaches down
 * to the last header row. Row labels come from the row trees: a group heading spans the rows of its
 * leaves, and a leaf label fills the label columns left of it. The corner cell holds the table's
 * corner note (section 三) or its row header ({@code 信息内容}). Section 二 is one printed table of four
 * (or five) blocks, each with its caption row; its narrower blocks stretch their last column to the
 * common width. Rows the format does not have follow their table's rows.
 */
public final class TableLayout {
  /** What a printed cell is. */
  public enum Role {
    /** A caption row cell, such as {@code 第二十条第（一）项}. */
    CAPTION,
    /** The top-left cell: corner note or row header. */
    CORNER,
    /** A column heading. */
    HEADER,
    /** A row label. */
    LABEL,
    /** A figure. */
    VALUE
  }

  /**
   * A printed cell.
   *
   * @param text its text, empty for a blank cell
   * @param rowSpan the rows it spans
   * @param colSpan the columns it spans
   * @param role what it is
   * @param address for a figure of the format, its address; null otherwise
   */
  public record Cell(String text, int rowSpan, int colSpan, Role role, CellAddress address) {}

  /**
   * A printed row.
   *
   * @param cells its cells, left to right, leaving out cells spanning down from above
   * @param header whether it is a header row of the table
   */
  public record Row(List<Cell> cells, boolean header) {}

  private TableLayout() {}

  /**
   * Lays out section 二: one table with a block per Article 20 table.
   *
   * @param report the report
   * @return the rows
   */
  public static List<Row> proactive(AnnualReport report) {
    List<TableSpec> tables = report.spec().tables(SectionId.PROACTIVE_DISCLOSURE);
    int width = tables.stream().mapToInt(t -> t.columnLeaves().size()).max().orElse(1);
    List<Row> rows = new ArrayList<>();
    for (TableSpec t : tables) {
      t.caption()
          .ifPresent(
              c ->
                  rows.add(new Row(List.of(new Cell(c, 1, width + 1, Role.CAPTION, null)), false)));
      List<AxisNode> columns = t.columnLeaves();
      List<Cell> header = new ArrayList<>();
      header.add(new Cell(t.rowHeaderLabel().orElse(""), 1, 1, Role.CORNER, null));
      for (int i = 0; i < columns.size(); i++) {
        header.add(
            new Cell(
                columns.get(i).label(), 1, stretch(i, columns.size(), width), Role.HEADER, null));
      }
      rows.add(new Row(header, false));
      for (AxisNode row : t.rowLeaves()) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(row.label(), 1, 1, Role.LABEL, null));
        for (int i = 0; i < columns.size(); i++) {
          CellAddress a = CellAddress.of(t.key(), row.key(), columns.get(i).key());
          cells.add(
              new Cell(
                  text(report.cell(a), columns.get(i)),
                  1,
                  stretch(i, columns.size(), width),
                  Role.VALUE,
                  a));
        }
        rows.add(new Row(cells, false));
      }
      for (SupplementaryRow s : supplementary(report, t)) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(s.label(), 1, 1, Role.LABEL, null));
        for (int i = 0; i < columns.size(); i++) {
          String raw = s.values().getOrDefault(columns.get(i).key(), "");
          cells.add(new Cell(raw, 1, stretch(i, columns.size(), width), Role.VALUE, null));
        }
        rows.add(new Row(cells, false));
      }
    }
    return rows;
  }

  private static int stretch(int index, int count, int width) {
    return index == count - 1 ? width - count + 1 : 1;
  }

  /**
   * Lays out a table with header rows and row labels from its trees (sections 三 and 四).
   *
   * @param report the report
   * @param table the table
   * @return the rows, header rows first
   */
  public static List<Row> matrix(AnnualReport report, TableSpec table) {
    List<AxisNode> leaves = table.rowLeaves();
    int labelColumns = labelColumns(table);
    int headerRows = table.columnLeaves().stream().mapToInt(c -> c.depth() + 1).max().orElse(1);
    List<Row> rows = new ArrayList<>();
    for (int level = 0; level < headerRows; level++) {
      List<Cell> cells = new ArrayList<>();
      if (level == 0 && labelColumns > 0) {
        String corner = table.cornerNote().or(table::rowHeaderLabel).orElse("");
        cells.add(new Cell(corner, headerRows, labelColumns, Role.CORNER, null));
      }
      final int depth = level;
      table.columns().stream()
          .flatMap(AxisNode::flatten)
          .filter(n -> n.depth() == depth)
          .forEach(
              n ->
                  cells.add(
                      new Cell(
                          n.label(),
                          n.isLeaf() ? headerRows - depth : 1,
                          n.span(),
                          Role.HEADER,
                          null)));
      rows.add(new Row(cells, true));
    }
    List<AxisNode> columns = table.columnLeaves();
    for (AxisNode leaf : leaves) {
      List<Cell> cells = new ArrayList<>();
      if (labelColumns > 0) {
        for (AxisNode ancestor : leaf.path().subList(0, leaf.path().size() - 1)) {
          if (ancestor.leaves().get(0) == leaf) {
            cells.add(new Cell(ancestor.label(), ancestor.span(), 1, Role.LABEL, null));
          }
        }
        cells.add(new Cell(leaf.label(), 1, labelColumns - leaf.depth(), Role.LABEL, null));
      }
      for (AxisNode column : columns) {
        CellAddress a = CellAddress.of(table.key(), leaf.key(), column.key());
        cells.add(new Cell(text(report.cell(a), column), 1, 1, Role.VALUE, a));
      }
      rows.add(new Row(cells, false));
    }
    for (SupplementaryRow s : supplementary(report, table)) {
      List<Cell> cells = new ArrayList<>();
      cells.add(new Cell(s.label(), 1, Math.max(labelColumns, 1), Role.LABEL, null));
      for (AxisNode column : columns) {
        cells.add(new Cell(s.values().getOrDefault(column.key(), ""), 1, 1, Role.VALUE, null));
      }
      rows.add(new Row(cells, false));
    }
    return rows;
  }

  /**
   * Returns the number of columns the row labels of a table take: the depth of its row tree, or
   * none when its rows have no labels (section 四).
   *
   * @param table the table
   * @return the number of label columns
   */
  public static int labelColumns(TableSpec table) {
    List<AxisNode> leaves = table.rowLeaves();
    boolean labelled = leaves.stream().anyMatch(r -> !r.label().isEmpty());
    return labelled ? leaves.stream().mapToInt(r -> r.depth() + 1).max().orElse(1) : 0;
  }

  private static List<SupplementaryRow> supplementary(AnnualReport report, TableSpec table) {
    return report.supplementaryRows().stream().filter(s -> s.table().equals(table.key())).toList();
  }

  /**
   * Prints a figure as the format prints it: counts as digits, changes with their sign ({@code +3},
   * {@code -8}), amounts with every digit given and with their unit unless the column's label
   * declares that unit. A blank cell prints as nothing.
   *
   * @param value the value
   * @param column the column heading
   * @return the text
   */
  public static String text(CellValue value, AxisNode column) {
    if (value.isBlank()) {
      return "";
    }
    if (value instanceof CellValue.Amount amount) {
      Optional<MoneyUnit> declared = column.declaredUnit();
      String digits = amount.value().toPlainString();
      return declared.isPresent() && declared.get() == amount.unit()
          ? digits
          : digits + amount.unit().symbol();
    }
    return value.toString();
  }
}
