package org.disclosurereport.layout.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurereport.layout.DocumentContent;

/**
 * Turns the content of a document (PDF, Word) into the grid of cell texts the {@link
 * TableRecognizer} reads, exactly as {@link HtmlSource} does for a page: a paragraph is a line, a
 * table cell is a cell of its row, merged cells once where they start.
 */
public final class DocumentSource {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

  private DocumentSource() {}

  /**
   * What was read from a document.
   *
   * @param cells the grid of cell texts
   * @param lines every paragraph, for the metadata
   * @param headings the paragraphs marked as headings, title candidates
   */
  public record Read(List<SourceCell> cells, List<String> lines, List<String> headings) {}

  /**
   * Reads a document's content.
   *
   * @param content the content
   * @return the cells, lines and headings
   */
  public static Read read(DocumentContent content) {
    return read(content, false);
  }

  /**
   * Reads a document's content, knowing whether a renderer wrote it.
   *
   * @param content the content
   * @param rendered whether the document declares its metadata, as a rendered one does: its
   *     paragraphs that are not headings are then literal narrative ({@link RenderedText})
   * @return the cells, lines and headings
   */
  public static Read read(DocumentContent content, boolean rendered) {
    List<SourceCell> cells = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    int lineKey = 0;
    for (DocumentContent.Block block : content.blocks()) {
      if (block instanceof DocumentContent.Paragraph p) {
        String text = SPACES.matcher(p.text()).replaceAll(" ").strip();
        if (text.isEmpty()) {
          continue;
        }
        lines.add(text);
        if (p.heading() && text.length() <= 120) {
          headings.add(text);
        }
        cells.add(
            new SourceCell(
                text,
                p.origin().withRawText(text),
                lineKey++,
                text,
                true,
                true,
                false,
                p.heading(),
                List.of(),
                rendered && !p.heading()));
      } else {
        DocumentContent.Table table = (DocumentContent.Table) block;
        List<List<Grid.Input<DocumentContent.Cell>>> rows = new ArrayList<>();
        for (List<DocumentContent.Cell> row : table.rows()) {
          rows.add(row.stream().map(c -> new Grid.Input<>(c, c.rowSpan(), c.colSpan())).toList());
        }
        Grid<DocumentContent.Cell> grid = Grid.of(rows);
        for (int r = 0; r < grid.height(); r++) {
          boolean first = true;
          for (Grid.Placed<DocumentContent.Cell> placed : grid.cellsStartingIn(r)) {
            String text = cellText(placed.content().text());
            String oneLine = text.replace('\n', ' ');
            cells.add(
                new SourceCell(
                    text,
                    placed.content().origin().withRawText(oneLine),
                    lineKey++,
                    oneLine,
                    first,
                    first,
                    false,
                    false,
                    List.of()));
            first = false;
          }
        }
      }
    }
    return new Read(cells, lines, headings);
  }

  private static String cellText(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      String s = SPACES.matcher(line).replaceAll(" ").strip();
      if (!s.isEmpty()) {
        lines.add(s);
      }
    }
    return String.join("\n", lines);
  }
}
