package org.disclosurereport.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats of a report document: the canonical JSON and XML forms, and published reports as HTML
 * pages, plain text, PDF or Word documents. The one format enum of the SDK: readers, writers,
 * findings and the command line tool all name formats with it.
 *
 * <p>Each format has a short name ({@link #id()}, used on the command line and as the extension of
 * files written in it) and the file name extensions that suggest it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DocumentFormat {
  /** The canonical JSON form (RFC 8259, UTF-8). */
  JSON("json", "json", "jsonl"),
  /** The canonical XML form (XML 1.0, no DTD). */
  XML("xml", "xml"),
  /** A published report page, or the official layout rendered as HTML. */
  HTML("html", "html", "htm", "shtml", "xhtml", "jhtml", "jsp", "asp", "aspx", "php"),
  /** A published report as plain text (tab, {@code |} or space separated, or one cell a line). */
  TEXT("txt", "txt", "text"),
  /** A published report as a PDF document, read by its text layer. */
  PDF("pdf", "pdf"),
  /** A published report as a Word 2007+ document. */
  DOCX("docx", "docx"),
  /** A published report as a Word 97-2003 binary document. */
  DOC("doc", "doc");

  private final String id;
  private final List<String> extensions;

  DocumentFormat(String id, String... extensions) {
    this.id = id;
    this.extensions = List.of(extensions);
  }

  /**
   * Returns the short name of the format, also the extension of files written in it.
   *
   * @return {@code json}, {@code xml}, {@code html}, {@code txt}, {@code pdf}, {@code docx} or
   *     {@code doc}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the file name extensions (lower case, without the dot) that suggest this format.
   *
   * @return the extensions, never empty
   */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * Returns the format a file name suggests by its extension.
   *
   * @param fileName a file name, or a path
   * @return the format, or empty when the extension is not one of ours
   */
  public static Optional<DocumentFormat> byFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    if (dot <= slash + 1) {
      return Optional.empty();
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
  }

  /**
   * Looks a format up by its short name.
   *
   * @param id {@code json}, {@code xml}, {@code html}, {@code txt}, {@code pdf}, {@code docx} or
   *     {@code doc} (any case)
   * @return the format, or empty when the name is unknown
   */
  public static Optional<DocumentFormat> fromId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id)).findFirst();
  }
}
