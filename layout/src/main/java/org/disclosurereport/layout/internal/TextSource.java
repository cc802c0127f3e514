package org.disclosurereport.layout.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurereport.document.CellSource;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.SourcePosition;

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
  /** Inline tags text copied from a web page keeps: line breaks and character formatting. */
  private static final Pattern INLINE_TAG =
      Pattern.compile("(?i)</?(?:br|span|font|b|strong|i|em|u|sup|sub|wbr)\\b[^<>]{0,200}>");

  private final List<SourceCell> cells;
  private final List<int[]> pending = new ArrayList<>();
  private final String[] lines;

  /**
   * For a rendered text, the text of each paragraph line after its indent, null for other lines;
   * null for other texts. The line itself is then held as just its indent.
   */
  private final String[] paragraphs;

  /** Each line stripped, made once: every cell keeps its line, and a line may have many cells. */
  private final String[] strippedLines;

  /**
   * Whether nearly all rows written with bars (four in five) end with one ({@code 规章 | 0 | 0 | 0
   * |}): the last bar then closes the row. Otherwise a row that ends with a bar ends with a blank
   * cell ({@code 规章|0|0|}), as rows copied from a table with blank last cells do.
   */
  private final boolean barsCloseRows;

  /** The most words a line split at spaces may have to be a table row; rows have a few dozen. */
  static final int MAX_ROW_WORDS = 200;

  private final int maxCells;

  /**
   * The display columns ({@code [start, end)}) of the figures of the last row split at spaces that
   * printed a figure in every column, the columns a shorter row's figures are placed under; null
   * after anything that is no such row (a caption, a heading, a header), which may start a table of
   * other columns.
   */
  private int[][] columns;

  /** The rows split at spaces whose figures stand under no clear column. */
  private final List<Misaligned> misaligned = new ArrayList<>();

  /**
   * A row split at spaces with fewer figures than its table has columns, whose figures do not stand
   * each under one column of the rows above: which of its cells are blank cannot be told, so its
   * figures are not placed (shifting them left would put them under the wrong columns).
   *
   * @param line the 1-based line
   * @param label the row's label as printed
   * @param figures the figures as printed
   * @param columns the number of columns of the rows above
   */
  public record Misaligned(int line, String label, List<String> figures, int columns) {}

  /**
   * The cells of a text, and the rows whose figures could not be placed.
   *
   * @param cells the cells in reading order
   * @param misaligned the rows split at spaces whose figures stand under no clear column
   */
  public record Read(List<SourceCell> cells, List<Misaligned> misaligned) {}

  /**
   * Whether the text is one a renderer wrote (it declares its metadata): its indented lines are
   * paragraphs taken as they are, its other lines without a tab are one cell each.
   */
  private final boolean rendered;

  private TextSource(String text, int maxCells, boolean rendered) {
    int[] bounds = lineBounds(text);
    int count = bounds.length / 2;
    this.lines = new String[count];
    this.paragraphs = rendered ? new String[count] : null;
    int barred = 0;
    int closed = 0;
    for (int i = 0; i < count; i++) {
      int start = bounds[2 * i];
      int end = bounds[2 * i + 1];
      if (rendered && text.startsWith(RenderedText.PARAGRAPH_INDENT, start)) {
        // A paragraph as written: no tag dropped, no bar counted, and its text copied once, not
        // as a line and again without its indent.
        paragraphs[i] = text.substring(start + RenderedText.PARAGRAPH_INDENT.length(), end);
        lines[i] = RenderedText.PARAGRAPH_INDENT;
        continue;
      }
      String line = asPrinted(text.substring(start, end));
      lines[i] = line;
      if (line.indexOf('|') < 0) {
        continue; // nothing to strip: only a bar counts here
      }
      String t = line.strip();
      if (t.indexOf('|') > 0) {
        String body = t.endsWith("|") ? t.substring(0, t.length() - 1).strip() : t;
        if (!body.endsWith("|")) {
          // Rows ending in empty cells ("第二十条第（一）项|||") say nothing either way.
          barred++;
          closed += body.length() < t.length() ? 1 : 0;
        }
      }
    }
    this.barsCloseRows = barred > 0 && closed * 5 >= barred * 4;
    this.strippedLines = new String[lines.length];
    // Sized for a few cells per line, as tables have, so that the list is seldom copied as it
    // grows.
    this.cells = new ArrayList<>(Math.min(Math.min(4 * count, maxCells), 1 << 16));
    this.maxCells = maxCells;
    this.rendered = rendered;
  }

  /**
   * A line as it reads: the full-width bar {@code ｜} separates like {@code |}, and inline tags that
   * text copied from a web page keeps ({@code 本年新<br />制作数量}, {@code <span>}) are dropped, so a
   * label broken by a line break in its cell reads whole. Positions after a dropped tag shift left
   * by its length.
   */
  private static String asPrinted(String line) {
    String s = line.indexOf('\uFF5C') >= 0 ? line.replace('\uFF5C', '|') : line;
    return s.indexOf('<') >= 0 ? INLINE_TAG.matcher(s).replaceAll("") : s;
  }

  /**
   * Splits text at line breaks ({@code \r\n}, {@code \r} or {@code \n}), keeping empty lines, the
   * last one included: what {@code text.split("\r\n|\r|\n", -1)} gives, without a regular
   * expression.
   */
  static String[] lines(String text) {
    int[] bounds = lineBounds(text);
    String[] lines = new String[bounds.length / 2];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = text.substring(bounds[2 * i], bounds[2 * i + 1]);
    }
    return lines;
  }

  /**
   * Where the {@link #lines} of a text start and end: start and end (exclusive) of line {@code i}
   * at {@code 2 * i} and {@code 2 * i + 1}, so that a line is copied only when it is needed.
   */
  private static int[] lineBounds(String text) {
    int n = text.length();
    boolean returns = text.indexOf('\r') >= 0;
    int[] bounds = new int[64];
    int line = 0;
    int start = 0;
    while (true) {
      // Most texts end their lines in \n alone: the next one is found by the JDK's scan.
      int end = returns ? nextBreak(text, start) : text.indexOf('\n', start);
      if (2 * line + 2 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[2 * line] = start;
      bounds[2 * line + 1] = end < 0 ? n : end;
      line++;
      if (end < 0) {
        return Arrays.copyOf(bounds, 2 * line);
      }
      start = text.startsWith("\r\n", end) ? end + 2 : end + 1;
    }
  }

  /** The first {@code \r} or {@code \n} at or after a position, or -1. */
  private static int nextBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
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
    return cells(text, Integer.MAX_VALUE - 8);
  }

  /**
   * Reads a text into cells, at most a number of them.
   *
   * @param text the text
   * @param maxCells the most cells read
   * @return the cells in reading order
   * @throws InputLimitException if the text has more cells
   */
  public static List<SourceCell> cells(String text, int maxCells) {
    return cells(text, maxCells, false);
  }

  /**
   * Reads a text into cells, at most a number of them, knowing whether a renderer wrote it.
   *
   * @param text the text
   * @param maxCells the most cells read
   * @param rendered whether the text declares its metadata, as rendered text does: its indented
   *     lines are then literal paragraphs (see {@link RenderedText}) and its other lines without a
   *     tab one cell each, marked as headings
   * @return the cells in reading order
   * @throws InputLimitException if the text has more cells
   */
  public static List<SourceCell> cells(String text, int maxCells, boolean rendered) {
    return read(text, maxCells, rendered).cells();
  }

  /**
   * Reads a text into cells, at most a number of them, with the rows split at spaces whose figures
   * could not be placed under their columns.
   *
   * @param text the text
   * @param maxCells the most cells read
   * @param rendered whether the text declares its metadata, as rendered text does
   * @return the cells and the misaligned rows
   * @throws InputLimitException if the text has more cells
   */
  public static Read read(String text, int maxCells, boolean rendered) {
    TextSource source = new TextSource(text, maxCells, rendered);
    source.read();
    return new Read(source.cells, List.copyOf(source.misaligned));
  }

  private void add(SourceCell cell) {
    if (cells.size() >= maxCells) {
      throw new InputLimitException("cells", "单元格", maxCells, "maxCells");
    }
    cells.add(cell);
  }

  private void read() {
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean tabs = line.indexOf('\t') >= 0;
      if (rendered && paragraphs[i] != null) {
        flushPending();
        paragraph(i);
      } else if (rendered && !tabs && !line.isBlank()) {
        flushPending();
        String text = line.strip();
        add(
            new SourceCell(
                text,
                origin(i, leading(line), 1, text),
                i,
                stripped(i),
                true,
                true,
                true,
                true,
                List.of()));
      } else if (tabs) {
        flushPending();
        columns = null;
        splitAt(i, '\t', false);
      } else if (line.indexOf('|') >= 0) {
        splitAt(i, '|', true);
      } else if (!line.isBlank()) {
        if (cells.size() + pending.size() >= maxCells) {
          // Each waiting line becomes at least one cell: refuse before holding them all.
          throw new InputLimitException("cells", "单元格", maxCells, "maxCells");
        }
        pending.add(new int[] {i, 0, line.length()});
      }
    }
    flushPending();
  }

  /** A paragraph of a rendered text: the line after its indent, exactly. */
  private void paragraph(int lineIndex) {
    String text = paragraphs[lineIndex];
    add(
        new SourceCell(
            text,
            origin(lineIndex, RenderedText.PARAGRAPH_INDENT.length(), 1, text),
            lineIndex,
            text,
            true,
            true,
            false,
            false,
            List.of(),
            true));
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
    } else if (!barsCloseRows && cell >= 2 && !line.strip().startsWith("|")) {
      // "规章|0|0|": the bar after the last figure closes a cell left blank, not the row.
      emit(lineIndex, start, line.length(), ++cell, false, false);
    }
  }

  private void emit(
      int lineIndex, int start, int end, int cellNumber, boolean rowStart, boolean joinable) {
    String line = lines[lineIndex];
    String text = line.substring(start, end);
    add(
        new SourceCell(
            text,
            origin(lineIndex, start + leading(text), cellNumber, Whitespace.strip(text)),
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
    add(
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

  /**
   * Lines that no separator claimed stand alone, split at spaces when they are a table row. In a
   * row with fewer figures than the rows above it (cells left blank), each figure goes under the
   * column it stands under in monospace text (a full-width character is two columns wide), and the
   * columns it leaves are blank cells; a row whose figures stand under no clear column is recorded
   * as {@link Misaligned} and its figures are not placed.
   */
  private void flushPending() {
    for (int[] p : pending) {
      String piece = lines[p[0]].substring(p[1], p[2]);
      List<int[]> words = words(piece, MAX_ROW_WORDS + 1);
      List<String> texts = words.stream().map(w -> piece.substring(w[0], w[1])).toList();
      if (words.size() >= 2 && words.size() <= MAX_ROW_WORDS && LabelJoiner.isTableRow(texts)) {
        int firstFigure = texts.size();
        while (firstFigure > 0 && NumberParser.looksLikeValue(texts.get(firstFigure - 1))) {
          firstFigure--;
        }
        int figures = texts.size() - firstFigure;
        int[][] spans = new int[figures][];
        for (int k = 0; k < figures; k++) {
          int[] word = words.get(firstFigure + k);
          spans[k] =
              new int[] {
                displayWidth(lines[p[0]], 0, p[1] + word[0]),
                displayWidth(lines[p[0]], 0, p[1] + word[1])
              };
        }
        int[] under = null;
        boolean unplaced = false;
        if (figures == 0 || firstFigure == 0) {
          columns = null; // a header, or a row without a label: the columns start again
        } else if (columns == null || figures >= columns.length) {
          columns = spans;
        } else {
          under = under(spans, columns);
          if (under == null) {
            unplaced = true;
            misaligned.add(
                new Misaligned(
                    p[0] + 1,
                    String.join(" ", texts.subList(0, firstFigure)),
                    texts.subList(firstFigure, texts.size()),
                    columns.length));
          }
        }
        int cellNumber = 0;
        int inOrder = under != null || unplaced ? firstFigure : texts.size();
        for (int w = 0; w < inOrder; w++) {
          emitWord(p, words.get(w), texts.get(w), ++cellNumber, w == 0);
        }
        if (under != null) {
          int next = 0;
          for (int k = 0; k < columns.length; k++) {
            if (next < under.length && under[next] == k) {
              int w = firstFigure + next++;
              emitWord(p, words.get(w), texts.get(w), ++cellNumber, false);
            } else {
              emitBlank(p, ++cellNumber);
            }
          }
        }
      } else {
        columns = null;
        emit(p[0], p[1], p[2], 1, true, true);
      }
    }
    pending.clear();
  }

  private void emitWord(int[] p, int[] word, String text, int cellNumber, boolean rowStart) {
    add(
        new SourceCell(
            text,
            origin(p[0], p[1] + word[0], cellNumber, text),
            p[0],
            stripped(p[0]),
            rowStart,
            false,
            true,
            false,
            List.of()));
  }

  /** A cell a row leaves blank, placed by the alignment of the figures around it. */
  private void emitBlank(int[] p, int cellNumber) {
    add(
        new SourceCell(
            "",
            origin(p[0], p[1], cellNumber, ""),
            p[0],
            stripped(p[0]),
            false,
            false,
            false,
            false,
            List.of()));
  }

  /**
   * The column each figure stands under: the one column whose span its span overlaps, each figure
   * under a later column than the one before; null when a figure overlaps no column or several.
   */
  private static int[] under(int[][] figures, int[][] columns) {
    int[] under = new int[figures.length];
    int last = -1;
    for (int f = 0; f < figures.length; f++) {
      int found = -1;
      for (int k = 0; k < columns.length; k++) {
        if (figures[f][0] < columns[k][1] && columns[k][0] < figures[f][1]) {
          if (found >= 0) {
            return null;
          }
          found = k;
        }
      }
      if (found <= last) {
        return null;
      }
      under[f] = found;
      last = found;
    }
    return under;
  }

  /** The width of a part of a line in monospace text: full-width characters take two columns. */
  private static int displayWidth(String line, int from, int to) {
    int width = 0;
    for (int i = from; i < to; i++) {
      width += isWide(line.charAt(i)) ? 2 : 1;
    }
    return width;
  }

  private static boolean isWide(char c) {
    return (c >= '\u1100' && c <= '\u115F')
        || (c >= '\u2E80' && c <= '\uA4CF')
        || (c >= '\uAC00' && c <= '\uD7A3')
        || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\uFE30' && c <= '\uFE4F')
        || (c >= '\uFF00' && c <= '\uFF60')
        || (c >= '\uFFE0' && c <= '\uFFE6');
  }

  /** The words of a line, at most {@code max} of them: a longer line is no table row anyway. */
  private static List<int[]> words(String s, int max) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < s.length() && words.size() < max) {
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
    if (c >= '\u4e00' && c <= '\u9fff') {
      return false;
    }
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
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
        .position(SourcePosition.of(lineIndex + 1, offset + 1))
        .column(cellNumber)
        .rawText(raw)
        .build();
  }
}
