package org.disclosurereport.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.disclosurereport.document.CellSource;

/**
 * The content of a document as its readers find it: paragraphs and tables in reading order, each
 * table as rows of cells with their spans, each piece with where it was found.
 *
 * <p>This is how a reader of a document format (PDF, Word) hands a document to the {@link
 * PublishedReportReader}: it only has to find the paragraphs and rebuild the tables; finding the
 * report in them (labels, editions, figures, narrative, metadata) is the same recognition that
 * reads HTML pages and text, through {@link PublishedReportReader#readDocument(DocumentContent)}. A
 * merged cell is given once, in the row and column where it starts, with its spans, as an HTML
 * table gives it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DocumentContent {
  private final List<Block> blocks;
  private final Map<String, String> declaredMetadata;

  private DocumentContent(List<Block> blocks, Map<String, String> declaredMetadata) {
    this.blocks = List.copyOf(blocks);
    this.declaredMetadata = Map.copyOf(declaredMetadata);
  }

  /**
   * Returns the content made of the given blocks.
   *
   * @param blocks the paragraphs and tables in reading order
   * @return the content
   */
  public static DocumentContent of(List<Block> blocks) {
    return new DocumentContent(Objects.requireNonNull(blocks, "blocks"), Map.of());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the paragraphs and tables in reading order.
   *
   * @return the blocks
   */
  public List<Block> blocks() {
    return blocks;
  }

  /**
   * Returns the metadata the document declares in machine-readable form, as a document rendered
   * from a report does ({@link
   * OfficialLayout#declaredMetadata(org.disclosurereport.model.AnnualReport)}, kept in a Word
   * document's custom properties): the reader prefers it to the title, and reads the paragraphs of
   * such a document that are not headings as narrative exactly as written.
   *
   * @return property name to value; empty when the document declares nothing
   */
  public Map<String, String> declaredMetadata() {
    return declaredMetadata;
  }

  /** A paragraph or a table. */
  public sealed interface Block permits Paragraph, Table {}

  /**
   * A paragraph outside tables: a title, a heading, a line of metadata, narrative text.
   *
   * @param text the text, white space as found
   * @param heading whether the document marks it as a heading (a Word heading style, a PDF line in
   *     a larger font)
   * @param origin where it was found
   */
  public record Paragraph(String text, boolean heading, CellSource origin) implements Block {
    /** Checks that nothing is null. */
    public Paragraph {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(origin, "origin");
    }
  }

  /**
   * A table: its rows, each the cells that start in it, left to right.
   *
   * @param rows the rows
   */
  public record Table(List<List<Cell>> rows) implements Block {
    /** Copies the rows. */
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A table cell.
   *
   * @param text the text; lines the cell breaks its text into separated by {@code \n}
   * @param rowSpan the rows it spans, at least 1
   * @param colSpan the columns it spans, at least 1
   * @param origin where it was found
   */
  public record Cell(String text, int rowSpan, int colSpan, CellSource origin) {
    /**
     * Checks the spans.
     *
     * @throws IllegalArgumentException if a span is less than 1
     */
    public Cell {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(origin, "origin");
      if (rowSpan < 1 || colSpan < 1) {
        throw new IllegalArgumentException(
            "spans must be at least 1: rowSpan " + rowSpan + ", colSpan " + colSpan);
      }
    }
  }

  /** Collects blocks in reading order. Not thread-safe. */
  public static final class Builder {
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, String> declared = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a block.
     *
     * @param block the block
     * @return this builder
     */
    public Builder add(Block block) {
      blocks.add(Objects.requireNonNull(block, "block"));
      return this;
    }

    /**
     * Adds a metadata property the document declares (see {@link #declaredMetadata()}); the first
     * value of a name wins.
     *
     * @param name the property's name
     * @param value its value
     * @return this builder
     */
    public Builder declare(String name, String value) {
      declared.putIfAbsent(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Returns the blocks added so far.
     *
     * @return how many blocks there are
     */
    public int size() {
      return blocks.size();
    }

    /**
     * Builds the content.
     *
     * @return the content
     */
    public DocumentContent build() {
      return new DocumentContent(blocks, declared);
    }
  }
}
