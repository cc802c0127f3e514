package org.disclosurereport.serialization;

import java.io.IOException;
import java.util.Objects;
import org.disclosurereport.document.ReadResult;

/**
 * Thrown when a document cannot be read at all because its source failed: a file that cannot be
 * opened, a stream that breaks off with an I/O error, a directory that cannot be listed.
 *
 * <p>This is the only exception the readers throw for input. Everything that is wrong with the
 * <em>content</em> of a document (bad syntax, a limit hit, a wrong type, an unknown field) is a
 * finding in the {@link ReadResult}, never an exception, so that callers handle bad documents as
 * data. The cause is the underlying {@link IOException}.
 */
public final class ReportReadException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;

  /**
   * Creates an exception.
   *
   * @param source the name of the document or file that could not be read
   * @param cause the I/O failure
   */
  public ReportReadException(String source, IOException cause) {
    super("Cannot read " + source + ": " + cause.getMessage(), cause);
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * Returns the name of the document or file that could not be read.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }
}
