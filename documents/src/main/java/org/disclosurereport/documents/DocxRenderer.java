package org.disclosurereport.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosurereport.layout.OfficialLayout;
import org.disclosurereport.model.AnnualReport;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Prints a report as a Word document ({@code .docx}) in the official layout: the title, the
 * metadata lines, the numbered sections with their narrative, and the tables with their merged
 * headers as the national format prints them (merged cells as Word writes them, {@code gridSpan}
 * across and {@code vMerge} down). An organ can fill in the JSON form and get the document it
 * publishes; {@link DocumentReader} reads the document back into the same report.
 *
 * <p>Every metadata field (organ, year, edition, title, the organ's level and kind, codes, date) is
 * also kept in the document's custom properties ({@link OfficialLayout#declaredMetadata}), which
 * the reader prefers to the title; in a document that has them, paragraphs that are not headings
 * are read as narrative exactly as written, so a paragraph that reads like a section heading stays
 * a paragraph.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocxRenderer {
  private static final String FONT = "宋体";
  private static final String HEADING_FONT = "黑体";

  private DocxRenderer() {}

  /**
   * Returns a renderer.
   *
   * @return the renderer
   */
  public static DocxRenderer create() {
    return new DocxRenderer();
  }

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the {@code .docx} file's bytes
   */
  public byte[] render(AnnualReport report) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      OfficialLayout.write(report, new Sink(document));
      // Every metadata field exactly, for a reader: the title need not say the organ or the year.
      var properties = document.getProperties().getCustomProperties();
      OfficialLayout.declaredMetadata(report).forEach(properties::addProperty);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
  }

  /** Prints each part as paragraphs and tables of the document. */
  private static final class Sink implements OfficialLayout.Sink {
    private final XWPFDocument document;

    Sink(XWPFDocument document) {
      this.document = document;
    }

    private XWPFParagraph paragraph(
        String text, String font, int size, boolean bold, ParagraphAlignment align) {
      XWPFParagraph p = document.createParagraph();
      p.setAlignment(align);
      XWPFRun run = p.createRun();
      run.setText(text);
      run.setFontFamily(font);
      run.setFontSize(size);
      run.setBold(bold);
      return p;
    }

    @Override
    public void title(String title) {
      paragraph(title, HEADING_FONT, 18, true, ParagraphAlignment.CENTER).setStyle("Title");
    }

    @Override
    public void metadata(String line) {
      paragraph(line, FONT, 12, false, ParagraphAlignment.CENTER);
    }

    @Override
    public void sectionHeading(String heading) {
      paragraph(heading, HEADING_FONT, 14, true, ParagraphAlignment.LEFT).setStyle("Heading1");
    }

    @Override
    public void subHeading(String heading) {
      paragraph(heading, FONT, 12, true, ParagraphAlignment.LEFT).setStyle("Heading2");
    }

    @Override
    public void paragraph(String text) {
      XWPFParagraph p = paragraph(text, FONT, 12, false, ParagraphAlignment.BOTH);
      p.setFirstLineIndent(480);
    }

    @Override
    public void table(List<List<OfficialLayout.Cell>> rows) {
      // Lay the cells on a grid: where each starts, and which slots continue one from above.
      List<List<Object[]>> grid = new ArrayList<>();
      int width = 0;
      List<int[]> down = new ArrayList<>(); // per column: rows still covered, and the span
      for (int r = 0; r < rows.size(); r++) {
        List<Object[]> slots = new ArrayList<>();
        int column = 0;
        int next = 0;
        List<OfficialLayout.Cell> cells = rows.get(r);
        while (next < cells.size() || column < down.size()) {
          if (column < down.size() && down.get(column) != null && down.get(column)[0] > 0) {
            int[] d = down.get(column);
            d[0]--;
            slots.add(new Object[] {null, d[1]});
            column += d[1];
            continue;
          }
          if (next >= cells.size()) {
            column++;
            continue;
          }
          OfficialLayout.Cell cell = cells.get(next++);
          slots.add(new Object[] {cell, cell.colSpan()});
          while (down.size() < column + cell.colSpan()) {
            down.add(null);
          }
          if (cell.rowSpan() > 1) {
            down.set(column, new int[] {cell.rowSpan() - 1, cell.colSpan()});
          }
          column += cell.colSpan();
        }
        width = Math.max(width, column);
        grid.add(slots);
      }
      XWPFTable table = document.createTable();
      table.removeRow(0);
      table.setWidth("100%");
      for (int r = 0; r < grid.size(); r++) {
        XWPFTableRow row = table.insertNewTableRow(r);
        for (Object[] slot : grid.get(r)) {
          XWPFTableCell tc = row.createCell();
          CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
          int span = (Integer) slot[1];
          if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
          }
          OfficialLayout.Cell cell = (OfficialLayout.Cell) slot[0];
          XWPFParagraph p =
              tc.getParagraphs().isEmpty() ? tc.addParagraph() : tc.getParagraphs().get(0);
          if (cell == null) {
            pr.addNewVMerge().setVal(STMerge.CONTINUE);
            continue;
          }
          if (cell.rowSpan() > 1) {
            pr.addNewVMerge().setVal(STMerge.RESTART);
          }
          p.setAlignment(cell.header() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
          String[] lines = cell.text().split("\n", -1);
          for (int i = 0; i < lines.length; i++) {
            XWPFParagraph line = i == 0 ? p : tc.addParagraph();
            XWPFRun run = line.createRun();
            run.setText(lines[i]);
            run.setFontFamily(FONT);
            run.setFontSize(10);
          }
        }
      }
      document.createParagraph();
    }
  }
}
