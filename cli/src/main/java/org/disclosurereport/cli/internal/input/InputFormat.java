package org.disclosurereport.cli.internal.input;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats the tool reads and writes: the canonical JSON and XML forms, and published reports
 * as HTML pages or plain text.
 *
 * <p>Each format has the name used on the command line ({@code --to txt}) and the file name
 * extensions that, when the content alone cannot decide, tip the balance.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum InputFormat {
  /** The canonical JSON form. */
  JSON("json", "json", "jsonl"),
  /** The canonical XML form. */
  XML("xml", "xml"),
  /** A published report page (or the official layout rendered as HTML). */
  HTML("html", "html", "htm", "shtml", "xhtml", "jhtml", "jsp", "asp", "aspx", "php"),
  /** A published report as plain text. */
  TEXT("txt", "txt", "text"),
  /** A PDF document, read by its text layer. */
  PDF("pdf", "pdf"),
  /** A Word 2007+ document. */
  DOCX("docx", "docx"),
  /** A Word 97-2003 binary document. */
  DOC("doc", "doc");

  private final String id;
  private final List<String> extensions;

  InputFormat(String id, String... extensions) {
    this.id = id;
    this.extensions = List.of(extensions);
  }

  /**
   * Returns the name of the format on the command line, also the extension of files written in
   * it.
   *
   * @return {@code json}, {@code xml}, {@code html} or {@code txt}
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
  public static Optional<InputFormat> byFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    if (dot <= slash + 1) {
      return Optional.empty();
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
  }

  /**
   * Looks a format up by its command-line name.
   *
   * @param id {@code json}, {@code xml}, {@code html} or {@code txt} (any case)
   * @return the format, or empty when the name is unknown
   */
  public static Optional<InputFormat> fromId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
