package org.disclosurereport.serialization.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.serialization.Limits;
import org.disclosurereport.serialization.ReadCode;
import org.disclosurereport.serialization.ReportReadException;

/**
 * Iterates over the lines of a JSON Lines stream, one document at a time: a line is buffered up to
 * the document size limit (a longer line is skipped to its end and reported), read, and dropped
 * before the next. Blank lines are skipped. Not thread-safe.
 */
public final class JsonLinesIterator implements Iterator<ReadResult> {
  private final InputStream in;
  private final String name;
  private final Limits limits;
  private final BiFunction<byte[], String, ReadResult> reader;
  private int lineNumber;
  private ReadResult next;
  private boolean done;

  /**
   * Creates an iterator.
   *
   * @param in the stream, buffered by the caller
   * @param name the file name, for source names {@code name:line}
   * @param limits the limits (the document size applies to each line)
   * @param reader reads one line's bytes under a source name
   */
  public JsonLinesIterator(
      InputStream in, String name, Limits limits, BiFunction<byte[], String, ReadResult> reader) {
    this.in = in;
    this.name = name;
    this.limits = limits;
    this.reader = reader;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = advance();
      } catch (IOException e) {
        throw new UncheckedIOException(new ReportReadException(name, e));
      }
    }
    return next != null;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult r = next;
    next = null;
    return r;
  }

  private ReadResult advance() throws IOException {
    while (true) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean tooLong = false;
      boolean any = false;
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        any = true;
        if (!tooLong) {
          line.write(b);
          if (line.size() > limits.maxDocumentBytes()) {
            tooLong = true;
            line = new ByteArrayOutputStream();
          }
        }
      }
      if (b < 0 && !any) {
        done = true;
        return null;
      }
      lineNumber++;
      String source = name + ":" + lineNumber;
      if (tooLong) {
        return new ReadResult(
            source,
            null,
            List.of(
                Findings.create(
                    DocumentFormat.JSON,
                    ReadCode.LIMIT_DOCUMENT_SIZE,
                    ReadCode.LIMIT_DOCUMENT_SIZE.defaultSeverity(),
                    null,
                    null,
                    lineNumber,
                    1,
                    null,
                    limits.maxDocumentBytes())));
      }
      byte[] bytes = line.toByteArray();
      if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
        if (b < 0) {
          done = true;
          return null;
        }
        continue;
      }
      return reader.apply(bytes, source);
    }
  }
}
