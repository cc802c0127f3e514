package org.disclosurereport.layout.internal;

import java.util.List;
import org.disclosurereport.document.CellSource;

/**
 * One cell of the grid of cell texts that both readers produce, HTML and text alike, and that the
 * {@link TableRecognizer} reads. A cell is a table cell, a line, a part of a line between
 * separators, or a paragraph.
 *
 * @param text the text as found, possibly with line breaks
 * @param origin where it was found (its raw text trimmed)
 * @param lineKey identifies the line or paragraph the cell is part of
 * @param lineText the whole of that line or paragraph, used when it is narrative text
 * @param rowStart whether the cell starts a line or table row
 * @param hardBreak whether the cell certainly starts a new row (an HTML {@code <tr>} or block)
 * @param joinable whether a label may continue from the previous cell into this one (cells split at
 *     line breaks or spaces) and so be joined
 * @param heading whether the source marks it as a heading (an HTML {@code <h1>}–{@code <h6>})
 * @param lines for a cell spanning several lines whose whole text is not a label, the lines as
 *     separate cells; empty otherwise
 * @param literal whether the cell is narrative text exactly as a renderer wrote it (a paragraph or
 *     a sub-heading of a rendered report, which declares itself so): never a label, a figure or a
 *     section heading, whatever it says, and its text taken as it is
 */
public record SourceCell(
    String text,
    CellSource origin,
    int lineKey,
    String lineText,
    boolean rowStart,
    boolean hardBreak,
    boolean joinable,
    boolean heading,
    List<SourceCell> lines,
    boolean literal) {

  /** Copies the list of lines. */
  public SourceCell {
    lines = List.copyOf(lines);
  }

  /**
   * A cell found in a source, not literal narrative text.
   *
   * @param text the text as found
   * @param origin where it was found
   * @param lineKey the line or paragraph the cell is part of
   * @param lineText the whole of that line or paragraph
   * @param rowStart whether the cell starts a line or table row
   * @param hardBreak whether the cell certainly starts a new row
   * @param joinable whether a label may continue into this cell
   * @param heading whether the source marks it as a heading
   * @param lines the lines of a cell of several lines, or empty
   */
  public SourceCell(
      String text,
      CellSource origin,
      int lineKey,
      String lineText,
      boolean rowStart,
      boolean hardBreak,
      boolean joinable,
      boolean heading,
      List<SourceCell> lines) {
    this(text, origin, lineKey, lineText, rowStart, hardBreak, joinable, heading, lines, false);
  }
}
