package org.disclosurereport.layout.internal;

import java.util.ArrayList;
import java.util.List;
import org.disclosurereport.document.CellSource;
import org.disclosurereport.document.DocumentFormat;

/**
 * Turns text extracted from a document into the grid of cell texts the {@link TableRecognizer}
 * reads.
 *
 * <p>Text copied from published reports separates cells in four ways, often mixed in one text:
 *
 * <ul>
 *   <li>tabs: a line is a row, each tab ends a cell;
 *   <li>{@code |}: each {@code |} ends a cell, and a cell may run over several lines (a label
 *       broken over two lines, or one cell per line with {@code |} lines between them);
 *   <li>runs of spaces: a line is split at its spaces when its parts are labels and figures (a
 *       sentence with spaces stays whole);
 *   <li>one cell per line, with or without blank lines between.
 * </ul>
 *
 * <p>Lines without a separator are kept until the next separator decides whether they begin a
 * {@code |}-ended cell or stand alone. A cell of several lines that is not a label as a whole is
 * also offered as its lines, so a heading and a sentence caught in one cell are not lost.
 */
public final class TextSource {
  private final List<SourceCell> cells = new ArrayList<>();
  private final List<int[]> pending = new ArrayList<>();
  private final String[] lines;
  /** Each line stripped, made once: every cell keeps its line, and a line may have many cells. */
  private final String[] strippedLines;

  private TextSource(String text) {
    this.lines = text.split("\r\n|\r|\n", -1);
    this.strippedLines = new String[lines.length];
  }

  /** The line stripped; the same string for every cell of the line, not a copy per cell. */
  private String stripped(int lineIndex) {
    String s = strippedLines[lineIndex];
    if (s == null) {
      s = lines[lineIndex].strip();
      strippedLines[lineIndex] = s;
    }
    return s;
  }

  /**
   * Reads a text into cells.
   *
   * @param text the text
   * @return the cells in reading order
   */
  public static List<SourceCell> cells(String text) {
    TextSource source = new TextSource(text);
    source.read();
    return source.cells;
  }

  private void read() {
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.indexOf('\t') >= 0) {
        flushPending();
        splitAt(i, '\t', false);
      } else if (line.indexOf('|') >= 0) {
        splitAt(i, '|', true);
      } else if (!line.isBlank()) {
        pending.add(new int[] {i, 0, line.length()});
      }
    }
    flushPending();
  }

  /** Splits a line at a separator; with pipes, text after the last one waits for the next. */
  private void splitAt(int lineIndex, char separator, boolean pipes) {
    String line = lines[lineIndex];
    int start = 0;
    int cell = 0;
    boolean first = true;
    while (true) {
      int end = line.indexOf(separator, start);
      if (end < 0) {
        break;
      }
      if (pipes && first && !pending.isEmpty()) {
        if (!line.substring(start, end).isBlank()) {
          pending.add(new int[] {lineIndex, start, end});
        }
        emitPendingAsOneCell();
        ++cell;
      } else {
        emit(lineIndex, start, end, ++cell, first, false);
      }
      first = false;
      start = end + 1;
    }
    if (!pipes) {
      emit(lineIndex, start, line.length(), ++cell, first, false);
    } else if (!line.substring(start).isBlank()) {
      pending.add(new int[] {lineIndex, start, line.length()});
    }
  }

  private void emit(int lineIndex, int start, int end, int cellNumber, boolean rowStart, boolean joinable) {
    String line = lines[lineIndex];
    String text = line.substring(start, end);
    cells.add(
        new SourceCell(
            text,
            origin(lineIndex, start + leading(text), cellNumber, text.strip()),
            lineIndex,
            stripped(lineIndex),
            rowStart,
            false,
            joinable,
            false,
            List.of()));
  }

  /** A {@code |} ended the text that waited: it is one cell, possibly of several lines. */
  private void emitPendingAsOneCell() {
    if (pending.size() == 1) {
      int[] p = pending.get(0);
      emit(p[0], p[1], p[2], 1, true, false);
      pending.clear();
      return;
    }
    List<SourceCell> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int[] p : pending) {
      String piece = lines[p[0]].substring(p[1], p[2]);
      text.append(text.length() == 0 ? "" : "\n").append(piece.strip());
      parts.add(
          new SourceCell(
              piece,
              origin(p[0], p[1] + leading(piece), 1, piece.strip()),
              p[0],
              stripped(p[0]),
              true,
              false,
              true,
              false,
              List.of()));
    }
    int[] first = pending.get(0);
    cells.add(
        new SourceCell(
            text.toString(),
            parts.get(0).origin().withRawText(text.toString()),
            first[0],
            stripped(first[0]),
            true,
            false,
            false,
            false,
            parts));
    pending.clear();
  }

  /** Lines that no separator claimed stand alone, split at spaces when they are a table row. */
  private void flushPending() {
    for (int[] p : pending) {
      String piece = lines[p[0]].substring(p[1], p[2]);
      List<int[]> words = words(piece);
      List<String> texts = words.stream().map(w -> piece.substring(w[0], w[1])).toList();
      if (words.size() >= 2 && LabelJoiner.isTableRow(texts)) {
        for (int w = 0; w < words.size(); w++) {
          int[] word = words.get(w);
          String text = texts.get(w);
          cells.add(
              new SourceCell(
                  text,
                  origin(p[0], p[1] + word[0], w + 1, text),
                  p[0],
                  stripped(p[0]),
                  w == 0,
                  false,
                  true,
                  false,
                  List.of()));
        }
      } else {
        emit(p[0], p[1], p[2], 1, true, true);
      }
    }
    pending.clear();
  }

  private static List<int[]> words(String s) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && isSpace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < s.length() && !isSpace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(new int[] {start, i});
      }
    }
    return words;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static int leading(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i == s.length() ? 0 : i;
  }

  private static CellSource origin(int lineIndex, int offset, int cellNumber, String raw) {
    return CellSource.builder()
        .format(DocumentFormat.TEXT)
        .line(lineIndex + 1)
        .lineColumn(offset + 1)
        .column(cellNumber)
        .rawText(raw)
        .build();
  }
}
