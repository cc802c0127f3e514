package org.disclosurereport.layout;

import java.util.Optional;
import java.util.OptionalInt;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AbstractReportMetadata;
import org.immutables.value.Value;

/**
 * How a {@link PublishedReportReader} reads: what to assume when the source does not say, and how
 * much input it accepts.
 *
 * <p>The organ's name and the report year are taken from the report's title. Many extracted texts
 * have no title; then the reader uses {@link #defaultOrganName()} and {@link #defaultReportYear()}
 * if given (and says so in an {@link ReaderRule#METADATA_FROM_OPTIONS} finding), and otherwise
 * produces no report, only findings, since the model cannot hold a report without them and the
 * reader never invents them.
 *
 * <p>Build with {@code ReaderOptions.builder()}; {@link #defaults()} assumes nothing. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractReaderOptions {
  /** Only the value type generated from it extends it. */
  AbstractReaderOptions() {}

  /** The default for {@link #maxInputChars()}: 20 million characters. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 20_000_000;

  /**
   * Returns the edition to read with, overriding detection from the table labels. Leave empty to
   * detect it (the normal case: real reports use the 2019 tables for later years too).
   *
   * @return the edition
   */
  public abstract Optional<Edition> edition();

  /**
   * Returns the organ's name to use when the source prints none.
   *
   * @return the name
   */
  public abstract Optional<String> defaultOrganName();

  /**
   * Returns the report year to use when the source prints none.
   *
   * @return the year, {@value org.disclosurereport.model.AbstractReportMetadata#FIRST_REPORT_YEAR}
   *     to {@value org.disclosurereport.model.AbstractReportMetadata#LAST_REPORT_YEAR}
   */
  public abstract OptionalInt defaultReportYear();

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

  /** The default of {@link #maxCells()}: a thousand times a report's few hundred cells. */
  public static final int DEFAULT_MAX_CELLS = 200_000;

  /** The default of {@link #maxTables()}: a report has about ten tables. */
  public static final int DEFAULT_MAX_TABLES = 1_000;

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
   * Returns options that assume nothing.
   *
   * @return the default options
   */
  public static ReaderOptions defaults() {
    return ReaderOptions.builder().build();
  }

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
    defaultReportYear()
        .ifPresent(
            y -> {
              if (y < AbstractReportMetadata.FIRST_REPORT_YEAR
                  || y > AbstractReportMetadata.LAST_REPORT_YEAR) {
                throw new IllegalArgumentException(
                    "Invalid value for defaultReportYear (valid values "
                        + AbstractReportMetadata.FIRST_REPORT_YEAR
                        + " to "
                        + AbstractReportMetadata.LAST_REPORT_YEAR
                        + "): "
                        + y);
              }
            });
    defaultOrganName()
        .filter(String::isBlank)
        .ifPresent(
            n -> {
              throw new IllegalArgumentException(
                  "Invalid value for defaultOrganName (must not be blank): '" + n + "'");
            });
  }
}
