package org.disclosurereport.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.documents.internal.WordTables.Slot;
import org.disclosurereport.layout.DocumentContent;
import org.disclosurereport.layout.ReaderRule;

/**
 * Reads a binary {@code .doc} (Word 97-2003, and WPS saving as such) into paragraphs and tables
 * through POI's HWPF. Binary Word gives each cell its left edge and width, not a grid: the grid's
 * columns are the distinct edges of all the table's cells, and a cell spans the columns between its
 * edges. Cells merged across or down carry merge flags; those continuing a merge are folded into
 * the first.
 */
public final class DocContent {
  /** Two edges closer than this, in twentieths of a point, are one column boundary. */
  private static final int EDGE_TOLERANCE = 30;

  private DocContent() {}

  /**
   * Reads a document.
   *
   * @param bytes the OLE2 file
   * @return the content
   * @throws DocumentProblem when it is not a Word document
   */
  public static DocumentContent read(byte[] bytes) throws DocumentProblem {
    try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
      Range range = document.getRange();
      DocumentContent.Builder content = DocumentContent.builder();
      int tables = 0;
      int n = range.numParagraphs();
      for (int i = 0; i < n; i++) {
        Paragraph p = range.getParagraph(i);
        if (p.isInTable()) {
          Table table = range.getTable(p);
          content.add(table(table, ++tables));
          int consumed = Math.max(1, table.numParagraphs());
          i += consumed - 1;
          continue;
        }
        String text = clean(p.text());
        if (!text.isBlank()) {
          content.add(
              new DocumentContent.Paragraph(
                  text,
                  isHeading(document, p),
                  Origins.paragraph(DocumentFormat.DOC, i + 1, text)));
        }
      }
      return content.build();
    } catch (IOException | RuntimeException e) {
      throw new DocumentProblem(
          ReaderRule.DOCUMENT_UNREADABLE, "Word 97-2003 document (.doc)", DocxContent.describe(e));
    }
  }

  private static boolean isHeading(HWPFDocument document, Paragraph p) {
    StyleDescription style = document.getStyleSheet().getStyleDescription(p.getStyleIndex());
    String name = style == null ? null : style.getName();
    return name != null
        && (name.toLowerCase().startsWith("heading")
            || name.startsWith("标题")
            || name.equals("Title"));
  }

  /** Drops Word's cell, row and field marks and other control characters. */
  static String clean(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u000b') {
        b.append('\n');
      } else if (c >= ' ' || c == '\t') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static DocumentContent.Table table(Table table, int number) {
    TreeSet<Integer> edges = new TreeSet<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        addEdge(edges, cell.getLeftEdge());
        addEdge(edges, cell.getLeftEdge() + cell.getWidth());
      }
    }
    List<Integer> grid = new ArrayList<>(edges);
    List<List<Slot<TableCell>>> rows = new ArrayList<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      List<Slot<TableCell>> slots = new ArrayList<>();
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        int start = index(grid, cell.getLeftEdge());
        int end = index(grid, cell.getLeftEdge() + cell.getWidth());
        int span = Math.max(1, end - start);
        if (cell.isMerged() && !cell.isFirstMerged() && !slots.isEmpty()) {
          Slot<TableCell> previous = slots.remove(slots.size() - 1);
          slots.add(
              new Slot<>(
                  previous.cell(),
                  previous.column(),
                  Math.max(previous.colSpan(), end - previous.column()),
                  previous.continues()));
          continue;
        }
        boolean continues = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
        slots.add(new Slot<>(cell, start, span, continues));
      }
      rows.add(slots);
    }
    return WordTables.table(rows, DocContent::cellText, DocumentFormat.DOC, number);
  }

  private static void addEdge(TreeSet<Integer> edges, int edge) {
    Integer below = edges.floor(edge);
    Integer above = edges.ceiling(edge);
    if ((below != null && edge - below <= EDGE_TOLERANCE)
        || (above != null && above - edge <= EDGE_TOLERANCE)) {
      return;
    }
    edges.add(edge);
  }

  private static int index(List<Integer> grid, int edge) {
    int best = 0;
    for (int i = 0; i < grid.size(); i++) {
      if (Math.abs(grid.get(i) - edge) < Math.abs(grid.get(best) - edge)) {
        best = i;
      }
    }
    return best;
  }

  private static String cellText(TableCell cell) {
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < cell.numParagraphs(); k++) {
      lines.add(clean(cell.getParagraph(k).text()));
    }
    return String.join("\n", lines);
  }
}
