package org.disclosurereport.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.layout.DocumentContent;

/**
 * Turns the rows of a Word table, each cell laid on the table's column grid, into the cells of a
 * {@link DocumentContent.Table} with their row and column spans. The {@code .docx} and the binary
 * {@code .doc} readers find the grid differently (declared grid spans, or the cells' edges), but
 * once each knows where a cell starts, how many columns it spans and whether it continues the cell
 * above (a vertical merge), the spans down and the cells' origins are worked out the same way.
 */
final class WordTables {
  private WordTables() {}

  /**
   * One cell as laid on the grid.
   *
   * @param cell the cell of the document
   * @param column the first column it covers, from 0
   * @param colSpan the columns it covers
   * @param continues whether it continues the cell above it (and is folded into that one)
   * @param <C> the type of the document's cells
   */
  record Slot<C>(C cell, int column, int colSpan, boolean continues) {}

  /**
   * Makes the table: every slot that does not continue one above becomes a cell spanning down over
   * the slots below that continue it.
   *
   * @param rows the slots of each row, left to right
   * @param text the text of a cell, taken only for the cells kept
   * @param format the format read
   * @param number the table's number in the document, from 1
   * @param <C> the type of the document's cells
   * @return the table
   */
  static <C> DocumentContent.Table table(
      List<List<Slot<C>>> rows, Function<C, String> text, DocumentFormat format, int number) {
    List<List<DocumentContent.Cell>> cells = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<DocumentContent.Cell> out = new ArrayList<>();
      for (Slot<C> slot : rows.get(r)) {
        if (slot.continues()) {
          continue;
        }
        int rowSpan = 1;
        while (r + rowSpan < rows.size() && continuesAt(rows.get(r + rowSpan), slot.column())) {
          rowSpan++;
        }
        String t = text.apply(slot.cell());
        out.add(
            new DocumentContent.Cell(
                t,
                rowSpan,
                slot.colSpan(),
                Origins.cell(format, number, r + 1, slot.column() + 1, t)));
      }
      cells.add(out);
    }
    return new DocumentContent.Table(cells);
  }

  private static boolean continuesAt(List<? extends Slot<?>> row, int column) {
    for (Slot<?> s : row) {
      if (s.column() == column) {
        return s.continues();
      }
    }
    return false;
  }
}
