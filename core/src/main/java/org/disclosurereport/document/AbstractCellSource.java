package org.disclosurereport.document;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where one cell of a report was read from: the table, row and column of an HTML page, or the line
 * and cell of a text, and the raw text found there. Findings quote it, so a reader of the finding
 * can go back to the source.
 *
 * <p>Numbers are 1-based. For HTML, {@link #row()} and {@link #column()} are positions in the
 * table's grid after expanding {@code rowspan} and {@code colspan}, and {@link #line()} is the line
 * of the cell's tag in the page's source. For text, {@link #line()} is the line, {@link #column()}
 * the number of the cell within the line and {@link #lineColumn()} the character position where the
 * cell starts. For a PDF, {@link #page()} is the page and {@link #x()}, {@link #y()} the top left
 * corner of the cell's text in points from the page's top left corner; {@link #table()}, {@link
 * #row()} and {@link #column()} place it in the table rebuilt from the page. For Word, {@link
 * #table()}, {@link #row()} and {@link #column()} are the table of the document and the cell's row
 * and column in its grid, and {@link #line()} numbers a paragraph outside tables.
 *
 * <p>The line and the character position are one {@link #position()}, which a reader that can find
 * them only at a cost gives as a {@link SourcePosition#whenAsked position worked out when first
 * asked}: the HTML reader parses a page without tracking positions and works them out only for the
 * cells a finding quotes or a caller asks about. Building and copying never ask it; equality, hash
 * code and text form are the same as if the line and position had been given.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractCellSource {
  /** Only {@link CellSource} extends it. */
  AbstractCellSource() {}

  /**
   * @return the format of the source: {@link DocumentFormat#HTML}, {@link DocumentFormat#TEXT},
   *     {@link DocumentFormat#PDF}, {@link DocumentFormat#DOCX} or {@link DocumentFormat#DOC}
   */
  public abstract DocumentFormat format();

  /**
   * @return for HTML, the number of the table in the page, counting from 1
   */
  public abstract OptionalInt table();

  /**
   * @return for HTML, the row of the table's grid
   */
  public abstract OptionalInt row();

  /**
   * @return for HTML, the column of the table's grid; for text, the cell within the line
   */
  public abstract OptionalInt column();

  /**
   * @return where the cell starts in the source, its line and the character position in the line;
   *     {@link SourcePosition#none()} when the source tells neither
   */
  @Value.Default
  public SourcePosition position() {
    return SourcePosition.none();
  }

  /**
   * @return the line in the source, from {@link #position()}
   */
  public final OptionalInt line() {
    return position().line();
  }

  /**
   * @return the character position in the line where the cell starts, from {@link #position()}
   */
  public final OptionalInt lineColumn() {
    return position().lineColumn();
  }

  /**
   * @return for a PDF, the page, counting from 1
   */
  public abstract OptionalInt page();

  /**
   * @return for a PDF, the left edge of the text in points from the page's left edge
   */
  public abstract OptionalDouble x();

  /**
   * @return for a PDF, the top of the text in points from the page's top edge
   */
  public abstract OptionalDouble y();

  /**
   * @return the text of the cell as found, white space trimmed
   */
  public abstract String rawText();
}
