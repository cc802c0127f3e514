package org.disclosurereport.layout;

import org.immutables.value.Value;

/**
 * How much input a {@link PublishedReportReader} accepts: the limits that keep a hostile page or
 * text within bounded time and memory. Past a limit the input is not read and the result says which
 * limit, in a coded finding, never an {@link OutOfMemoryError}. What to assume when the source does
 * not say (edition, organ, year) is the concern of {@link
 * org.disclosurereport.document.ReadOptions}, shared by every reader.
 *
 * <p>Build with {@code LayoutLimits.builder()}; {@link #defaults()} are sized for real reports with
 * a wide margin. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractLayoutLimits {
  /** The default for {@link #maxInputChars()}: 20 million characters. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 20_000_000;

  /** The default of {@link #maxCells()}: a thousand times a report's few hundred cells. */
  public static final int DEFAULT_MAX_CELLS = 200_000;

  /** The default of {@link #maxTables()}: a report has about ten tables. */
  public static final int DEFAULT_MAX_TABLES = 1_000;

  /**
   * Returns the longest input accepted, in characters; a longer input is not read and gives an
   * {@link ReaderRule#INPUT_TOO_LARGE} finding.
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public int maxInputChars() {
    return DEFAULT_MAX_INPUT_CHARS;
  }

  /**
   * Returns the most cells read from one input: cells of text, table cells and rows of HTML, and
   * (twenty times this) grid positions covered by HTML spans over the whole page. An input with
   * more is not read and gives an {@link ReaderRule#INPUT_TOO_COMPLEX} finding. With it, the memory
   * a read takes is bounded by a small multiple of the input's size (see the README's reliability
   * section) and its time is linear in the input.
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public int maxCells() {
    return DEFAULT_MAX_CELLS;
  }

  /**
   * Returns the most HTML tables read from one page; a page with more is not read and gives an
   * {@link ReaderRule#INPUT_TOO_COMPLEX} finding.
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public int maxTables() {
    return DEFAULT_MAX_TABLES;
  }

  /**
   * Returns the default limits.
   *
   * @return the default limits
   */
  public static LayoutLimits defaults() {
    return LayoutLimits.builder().build();
  }

  /** Refuses a limit below 1, naming it. */
  @Value.Check
  protected void check() {
    if (maxCells() < 1) {
      throw new IllegalArgumentException(
          "Invalid value for maxCells (valid values 1 or more): " + maxCells());
    }
    if (maxTables() < 1) {
      throw new IllegalArgumentException(
          "Invalid value for maxTables (valid values 1 or more): " + maxTables());
    }
    if (maxInputChars() < 1) {
      throw new IllegalArgumentException(
          "Invalid value for maxInputChars (valid values 1 or more): " + maxInputChars());
    }
  }
}
