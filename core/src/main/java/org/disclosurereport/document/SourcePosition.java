package org.disclosurereport.document;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Where a cell starts in its source: the line and the character position in the line, either given
 * when the cell is read or, for a reader that can find them only at a cost, worked out the first
 * time they are wanted.
 *
 * <p>The HTML reader parses a page without tracking the source position of every node, which costs
 * about as much as the parse itself, and finds the lines again, by a second parse that tracks them,
 * only when a finding quotes a cell or a caller asks where a cell came from ({@link
 * #whenAsked(Supplier)}). Other readers know the line when they read the cell ({@link #of(int)},
 * {@link #of(int, int)}).
 *
 * <p>A position is a value: two positions are equal when their lines and character positions are,
 * however they were found, so a cell whose position is worked out when asked equals, hashes and
 * prints like one whose position was given. Only {@link #line()}, {@link #lineColumn()}, {@link
 * #equals(Object)}, {@link #hashCode()} and {@link #toString()} work a position out; building or
 * copying a {@link CellSource} never does. Instances are immutable and thread-safe.
 */
public abstract class SourcePosition {
  private static final SourcePosition NONE = new Known(null, null);

  /** Only the kinds below: a position given and a position worked out when asked. */
  private SourcePosition() {}

  /**
   * Returns the position of a source that tells no line, such as a PDF page or a Word table cell.
   *
   * @return a position with neither line nor character position
   */
  public static SourcePosition none() {
    return NONE;
  }

  /**
   * Returns the position of a cell whose line is known but not where in the line it starts.
   *
   * @param line the line, counting from 1
   * @return the position
   * @throws IllegalArgumentException if {@code line} is less than 1
   */
  public static SourcePosition of(int line) {
    return new Known(positive(line, "line"), null);
  }

  /**
   * Returns the position of a cell whose line and character position in the line are known.
   *
   * @param line the line, counting from 1
   * @param lineColumn the character position in the line, counting from 1
   * @return the position
   * @throws IllegalArgumentException if {@code line} or {@code lineColumn} is less than 1
   */
  public static SourcePosition of(int line, int lineColumn) {
    return new Known(positive(line, "line"), positive(lineColumn, "lineColumn"));
  }

  /**
   * Returns a position made of what is known of it: either part may be missing.
   *
   * @param line the line, counting from 1, or empty
   * @param lineColumn the character position in the line, counting from 1, or empty
   * @return the position; {@link #none()} when both are empty
   * @throws IllegalArgumentException if a figure given is less than 1
   */
  public static SourcePosition of(OptionalInt line, OptionalInt lineColumn) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(lineColumn, "lineColumn");
    if (line.isEmpty() && lineColumn.isEmpty()) {
      return NONE;
    }
    return new Known(
        line.isPresent() ? positive(line.getAsInt(), "line") : null,
        lineColumn.isPresent() ? positive(lineColumn.getAsInt(), "lineColumn") : null);
  }

  /**
   * Returns a position worked out the first time it is wanted, by asking {@code finder} once; its
   * answer is kept and the finder dropped. For a reader that can find positions only at a cost.
   *
   * @param finder works the position out; asked at most once, on the first {@link #line()}, {@link
   *     #lineColumn()}, {@link #equals(Object)}, {@link #hashCode()} or {@link #toString()}; must
   *     not answer null
   * @return the position
   */
  public static SourcePosition whenAsked(Supplier<? extends SourcePosition> finder) {
    return new WhenAsked(Objects.requireNonNull(finder, "finder"));
  }

  /**
   * Returns the line in the source where the cell starts.
   *
   * @return the line, counting from 1; empty when the source does not tell
   */
  public abstract OptionalInt line();

  /**
   * Returns the character position in the line where the cell starts.
   *
   * @return the position, counting from 1; empty when the source does not tell
   */
  public abstract OptionalInt lineColumn();

  /**
   * Two positions are equal when their lines and character positions are, whether given or worked
   * out.
   *
   * @param another the object to compare with
   * @return whether {@code another} is a position with the same line and character position
   */
  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof SourcePosition p
        && line().equals(p.line())
        && lineColumn().equals(p.lineColumn());
  }

  /**
   * Hashes the line and the character position, so that equal positions hash alike.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    return 31 * line().hashCode() + lineColumn().hashCode();
  }

  /**
   * Prints the line and the character position that are known, as {@code SourcePosition{line=17,
   * lineColumn=9}}.
   *
   * @return the text form
   */
  @Override
  public final String toString() {
    StringBuilder b = new StringBuilder("SourcePosition{");
    OptionalInt line = line();
    OptionalInt lineColumn = lineColumn();
    if (line.isPresent()) {
      b.append("line=").append(line.getAsInt());
    }
    if (lineColumn.isPresent()) {
      b.append(line.isPresent() ? ", " : "").append("lineColumn=").append(lineColumn.getAsInt());
    }
    return b.append('}').toString();
  }

  private static int positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " counts from 1: " + value);
    }
    return value;
  }

  /** A position given, or found and kept. */
  private static final class Known extends SourcePosition {
    private final Integer line;
    private final Integer lineColumn;

    Known(Integer line, Integer lineColumn) {
      this.line = line;
      this.lineColumn = lineColumn;
    }

    @Override
    public OptionalInt line() {
      return line == null ? OptionalInt.empty() : OptionalInt.of(line);
    }

    @Override
    public OptionalInt lineColumn() {
      return lineColumn == null ? OptionalInt.empty() : OptionalInt.of(lineColumn);
    }
  }

  /** A position worked out by its finder when first asked, then kept. */
  private static final class WhenAsked extends SourcePosition {
    private Supplier<? extends SourcePosition> finder;
    private volatile SourcePosition found;

    WhenAsked(Supplier<? extends SourcePosition> finder) {
      this.finder = finder;
    }

    private SourcePosition found() {
      SourcePosition f = found;
      if (f == null) {
        synchronized (this) {
          f = found;
          if (f == null) {
            f = Objects.requireNonNull(finder.get(), "the position found");
            found = f;
            finder = null;
          }
        }
      }
      return f;
    }

    @Override
    public OptionalInt line() {
      return found().line();
    }

    @Override
    public OptionalInt lineColumn() {
      return found().lineColumn();
    }
  }
}
