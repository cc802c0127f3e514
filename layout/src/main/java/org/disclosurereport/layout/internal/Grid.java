package org.disclosurereport.layout.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the cells of an HTML table on a grid, expanding {@code rowspan} and {@code colspan}: the
 * position of each cell is its row and its first column once every cell spanning down from the rows
 * above has taken its place, as browsers lay tables out.
 *
 * <p>Spans of any shape are accepted: missing or unreadable spans count as 1, a {@code rowspan} of
 * 0 spans to the end of the table, spans reaching past the table are cut at its end, and every span
 * is bounded ({@link #MAX_SPAN}, {@link #MAX_SPANNED_AREA}) so that a hostile page cannot make the
 * grid huge.
 *
 * @param <T> what a cell carries
 */
public final class Grid<T> {
  /** The largest span honoured, in rows or columns. */
  public static final int MAX_SPAN = 1000;

  /** The most grid positions spans may cover in one table; past it, spans count as 1. */
  public static final int MAX_SPANNED_AREA = 1_000_000;

  /**
   * A cell as given: its content and spans.
   *
   * @param content what the cell carries
   * @param rowSpan the rows it spans
   * @param colSpan the columns it spans
   * @param <T> what a cell carries
   */
  public record Input<T>(T content, int rowSpan, int colSpan) {}

  /**
   * A cell placed on the grid.
   *
   * @param content what the cell carries
   * @param row its first row, from 0
   * @param column its first column, from 0
   * @param rowSpan the rows it covers
   * @param colSpan the columns it covers
   * @param <T> what a cell carries
   */
  public record Placed<T>(T content, int row, int column, int rowSpan, int colSpan) {}

  private final List<List<Placed<T>>> rows;
  private final List<List<Placed<T>>> slots;
  private final int width;

  private Grid(List<List<Placed<T>>> rows, List<List<Placed<T>>> slots, int width) {
    this.rows = rows;
    this.slots = slots;
    this.width = width;
  }

  /**
   * Lays out a table.
   *
   * @param input the cells of each row, in document order
   * @param <T> what a cell carries
   * @return the grid
   */
  public static <T> Grid<T> of(List<List<Input<T>>> input) {
    int height = input.size();
    List<List<Placed<T>>> slots = new ArrayList<>();
    for (int r = 0; r < height; r++) {
      slots.add(new ArrayList<>());
    }
    List<List<Placed<T>>> rows = new ArrayList<>();
    int width = 0;
    long area = 0;
    for (int r = 0; r < height; r++) {
      List<Placed<T>> placedRow = new ArrayList<>();
      int column = 0;
      for (Input<T> cell : input.get(r)) {
        List<Placed<T>> row = slots.get(r);
        while (column < row.size() && row.get(column) != null) {
          column++;
        }
        int rowSpan = cell.rowSpan() == 0 ? height - r : clamp(cell.rowSpan());
        rowSpan = Math.min(rowSpan, height - r);
        int colSpan = clamp(cell.colSpan());
        if (area + (long) rowSpan * colSpan > MAX_SPANNED_AREA) {
          rowSpan = 1;
          colSpan = 1;
        }
        area += (long) rowSpan * colSpan;
        Placed<T> placed = new Placed<>(cell.content(), r, column, rowSpan, colSpan);
        for (int dr = 0; dr < rowSpan; dr++) {
          List<Placed<T>> target = slots.get(r + dr);
          for (int dc = 0; dc < colSpan; dc++) {
            set(target, column + dc, placed);
          }
        }
        placedRow.add(placed);
        column += colSpan;
        width = Math.max(width, column);
      }
      rows.add(placedRow);
      width = Math.max(width, slots.get(r).size());
    }
    return new Grid<>(rows, slots, width);
  }

  private static int clamp(int span) {
    return span < 1 ? 1 : Math.min(span, MAX_SPAN);
  }

  private static <T> void set(List<Placed<T>> row, int column, Placed<T> cell) {
    while (row.size() <= column) {
      row.add(null);
    }
    if (row.get(column) == null) {
      row.set(column, cell);
    }
  }

  /**
   * Returns the number of rows.
   *
   * @return the height
   */
  public int height() {
    return rows.size();
  }

  /**
   * Returns the number of columns of the widest row.
   *
   * @return the width
   */
  public int width() {
    return width;
  }

  /**
   * Returns the cells that start in a row, left to right.
   *
   * @param row the row, from 0
   * @return the cells
   */
  public List<Placed<T>> cellsStartingIn(int row) {
    return List.copyOf(rows.get(row));
  }

  /**
   * Returns the cell covering a position.
   *
   * @param row the row, from 0
   * @param column the column, from 0
   * @return the cell, or null when no cell covers the position
   */
  public Placed<T> at(int row, int column) {
    List<Placed<T>> r = slots.get(row);
    return column < r.size() ? r.get(column) : null;
  }
}
