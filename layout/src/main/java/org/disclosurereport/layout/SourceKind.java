package org.disclosurereport.layout;

/**
 * What kind of source a cell was read from.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SourceKind {
  /** A cell of a table of an HTML page. */
  HTML,
  /** A cell of text extracted from a document (tab, {@code |} or space separated, or a line). */
  TEXT,
  /** A cell or line of a PDF's text layer, placed by its position on the page. */
  PDF,
  /** A table cell or paragraph of a Word document ({@code .docx} or binary {@code .doc}). */
  WORD
}
