package org.disclosurereport.documents;

import org.immutables.value.Value;

/**
 * How much a {@link DocumentReader} accepts: the limits that keep a hostile PDF or Word document
 * within bounded time and memory. Past a limit the document is not read and the result says which
 * limit, never an {@link OutOfMemoryError}. What to assume when the document does not say (edition,
 * organ, year) is the concern of {@link org.disclosurereport.document.ReadOptions}, shared by every
 * reader.
 *
 * <p>Build with {@code DocumentLimits.builder()}. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractDocumentLimits {
  /** The default for {@link #maxPages()}. */
  public static final int DEFAULT_MAX_PAGES = 500;

  /** The default for {@link #maxGlyphs()}. */
  public static final int DEFAULT_MAX_GLYPHS = 2_000_000;

  /** The default for {@link #maxDrawnLinesPerPage()}. */
  public static final int DEFAULT_MAX_DRAWN_LINES = 50_000;

  /** The default for {@link #maxDecodedBytes()}: 256 MiB. */
  public static final long DEFAULT_MAX_DECODED_BYTES = 256L << 20;

  /** The default for {@link #maxZipEntries()}. */
  public static final int DEFAULT_MAX_ZIP_ENTRIES = 2_000;

  /**
   * Returns the most pages a PDF may have.
   *
   * @return the limit
   */
  @Value.Default
  public int maxPages() {
    return DEFAULT_MAX_PAGES;
  }

  /**
   * Returns the most glyphs a PDF's text layer may have, all pages together.
   *
   * @return the limit
   */
  @Value.Default
  public int maxGlyphs() {
    return DEFAULT_MAX_GLYPHS;
  }

  /**
   * Returns the most straight lines one page of a PDF may draw (table rules are a few hundred).
   *
   * @return the limit
   */
  @Value.Default
  public int maxDrawnLinesPerPage() {
    return DEFAULT_MAX_DRAWN_LINES;
  }

  /**
   * Returns the most bytes a document may decompress to: a PDF's decoded streams, a {@code .docx}'s
   * inflated parts.
   *
   * @return the limit in bytes
   */
  @Value.Default
  public long maxDecodedBytes() {
    return DEFAULT_MAX_DECODED_BYTES;
  }

  /**
   * Returns the most entries a {@code .docx} package may have.
   *
   * @return the limit
   */
  @Value.Default
  public int maxZipEntries() {
    return DEFAULT_MAX_ZIP_ENTRIES;
  }

  /**
   * Returns the default limits.
   *
   * @return the limits
   */
  public static DocumentLimits defaults() {
    return DocumentLimits.builder().build();
  }

  /** Checks that every limit is positive. */
  @Value.Check
  protected void check() {
    if (maxPages() < 1
        || maxGlyphs() < 1
        || maxDrawnLinesPerPage() < 1
        || maxDecodedBytes() < 1
        || maxZipEntries() < 1) {
      throw new IllegalArgumentException("every limit must be at least 1");
    }
  }
}
