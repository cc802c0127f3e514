package org.disclosurereport.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.documents.internal.WordTables.Slot;
import org.disclosurereport.layout.DocumentContent;
import org.disclosurereport.layout.ReaderRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a {@code .docx} (Word 2007+, and WPS saving as such) into paragraphs and tables. A cell
 * spanning columns carries {@code w:gridSpan}; cells merged down carry {@code w:vMerge}, {@code
 * restart} on the first and an empty or {@code continue} value on those below, which are folded
 * into the first as its row span.
 */
public final class DocxContent {
  private DocxContent() {}

  /**
   * Reads a document.
   *
   * @param bytes the package, already checked by {@link ZipGuard}
   * @return the content
   * @throws DocumentProblem when it is not a Word document
   */
  public static DocumentContent read(byte[] bytes) throws DocumentProblem {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      DocumentContent.Builder content = DocumentContent.builder();
      declared(document, content);
      int paragraphs = 0;
      int tables = 0;
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          String text = p.getText();
          paragraphs++;
          if (!text.isBlank()) {
            content.add(
                new DocumentContent.Paragraph(
                    text, isHeading(p), Origins.paragraph(DocumentFormat.DOCX, paragraphs, text)));
          }
        } else if (element instanceof XWPFTable t) {
          content.add(table(t, ++tables));
        }
      }
      return content.build();
    } catch (IOException | RuntimeException e) {
      throw new DocumentProblem(
          ReaderRule.DOCUMENT_UNREADABLE, "Word document (.docx)", describe(e));
    }
  }

  /** The custom properties of text a renderer keeps the report's metadata in. */
  private static void declared(XWPFDocument document, DocumentContent.Builder content) {
    var custom = document.getProperties().getCustomProperties();
    if (custom == null || custom.getUnderlyingProperties() == null) {
      return;
    }
    for (var p : custom.getUnderlyingProperties().getPropertyList()) {
      if (p.getName() != null && p.isSetLpwstr()) {
        content.declare(p.getName(), p.getLpwstr());
      }
    }
  }

  static String describe(Exception e) {
    String m = e.getMessage();
    String s = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }

  private static boolean isHeading(XWPFParagraph p) {
    String style = p.getStyle();
    if (style != null && (style.toLowerCase().startsWith("heading") || style.equals("Title"))) {
      return true;
    }
    return p.getCTP().getPPr() != null && p.getCTP().getPPr().getOutlineLvl() != null;
  }

  private static DocumentContent.Table table(XWPFTable table, int number) {
    List<List<Slot<XWPFTableCell>>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      List<Slot<XWPFTableCell>> slots = new ArrayList<>();
      int column = gridBefore(row);
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        int span = 1;
        boolean continues = false;
        if (pr != null) {
          if (pr.getGridSpan() != null && pr.getGridSpan().getVal() != null) {
            span = Math.max(1, Math.min(1000, pr.getGridSpan().getVal().intValue()));
          }
          CTVMerge merge = pr.getVMerge();
          continues =
              merge != null && (merge.getVal() == null || merge.getVal() == STMerge.CONTINUE);
        }
        slots.add(new Slot<>(cell, column, span, continues));
        column += span;
      }
      rows.add(slots);
    }
    return WordTables.table(rows, DocxContent::cellText, DocumentFormat.DOCX, number);
  }

  private static int gridBefore(XWPFTableRow row) {
    CTTrPr pr = row.getCtRow().getTrPr();
    if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
      return 0;
    }
    BigInteger v = pr.getGridBeforeArray(0).getVal();
    return v == null ? 0 : Math.max(0, Math.min(1000, v.intValue()));
  }

  private static String cellText(XWPFTableCell cell) {
    List<String> lines = new ArrayList<>();
    for (XWPFParagraph p : cell.getParagraphs()) {
      lines.add(p.getText());
    }
    return String.join("\n", lines);
  }
}
