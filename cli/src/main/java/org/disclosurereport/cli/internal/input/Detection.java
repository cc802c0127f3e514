package org.disclosurereport.cli.internal.input;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import org.disclosurereport.document.DocumentFormat;

/**
 * What the first bytes of an input say about it: its format, the character set of its text, the
 * length of its byte order mark, and whether the content or only the file name decided.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param format the format, empty when the input is binary or nothing decides
 * @param charset the character set the text is in
 * @param bomLength the number of bytes of the byte order mark at the start, 0 when there is none
 * @param basis what decided the format
 * @param binaryKind for binary content, what it looks like ({@code PDF}, {@code PNG}, {@code ZIP},
 *     ... or {@code binary}); empty for text
 */
public record Detection(
    Optional<DocumentFormat> format,
    Charset charset,
    int bomLength,
    Basis basis,
    Optional<String> binaryKind) {

  /** What decided the format. */
  public enum Basis {
    /** The content: a JSON value, an XML or HTML document, or text. */
    CONTENT,
    /** The content could not decide (an empty file, say), the file name's extension did. */
    FILE_NAME,
    /** Neither decided: binary content, or an empty file with an unknown extension. */
    NONE
  }

  /** Creates a detection; checks its parts. */
  public Detection {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(binaryKind, "binaryKind");
    if (bomLength < 0 || bomLength > 4) {
      throw new IllegalArgumentException("Invalid BOM length (valid values 0 to 4): " + bomLength);
    }
  }

  /**
   * Whether the content is not text at all (a PDF, an image, an archive).
   *
   * @return true for binary content
   */
  public boolean isBinary() {
    return binaryKind.isPresent();
  }
}
