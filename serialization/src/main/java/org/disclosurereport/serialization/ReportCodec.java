package org.disclosurereport.serialization;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.internal.ReadSettings;

/**
 * Reads and writes reports in one canonical format: {@link ReportJson} or {@link ReportXml}. Code
 * that handles both formats can hold a {@code ReportCodec}.
 *
 * <p>Reading returns a {@link ReadResult} (the report when one could be built, and every finding);
 * bad content never throws, only a failing source does, as {@link ReportReadException}. Writing is
 * deterministic. Instances are immutable and thread-safe; configure one and share it.
 */
public abstract sealed class ReportCodec permits ReportJson, ReportXml {

  private final ReadSettings settings;

  ReportCodec(ReadSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * @return the format this codec reads and writes
   */
  public abstract DocumentFormat format();

  /**
   * @return the options this codec reads with, shared with every reader of the SDK
   */
  public final ReadOptions options() {
    return settings.options();
  }

  /**
   * @return the limits this codec reads with
   */
  public final Limits limits() {
    return settings.limits();
  }

  /** The options and limits together, as the reading code takes them. */
  final ReadSettings settings() {
    return settings;
  }

  /** Reads one document; an {@link IOException} is a failure of the source. */
  abstract ReadResult readDocument(InputStream in, String source) throws IOException;

  /** Reads one document held in memory; a format that can read bytes directly overrides this. */
  ReadResult readDocument(byte[] bytes, String source) throws IOException {
    return readDocument(new ByteArrayInputStream(bytes), source);
  }

  /** Writes one document. */
  abstract void writeDocument(AnnualReport report, Formatting formatting, OutputStream out)
      throws IOException;

  /**
   * Reads a document from a stream; the stream is not closed.
   *
   * @param in the stream
   * @param source a name for the document, used in the result
   * @return the result
   * @throws ReportReadException if the stream fails
   */
  public final ReadResult read(InputStream in, String source) throws ReportReadException {
    try {
      return readDocument(in, source);
    } catch (IOException e) {
      throw new ReportReadException(source, e);
    }
  }

  /**
   * Writes a report to a stream as UTF-8; the stream is not closed.
   *
   * @param report the report
   * @param formatting pretty or compact
   * @param out the stream
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if the report cannot be written in this format (an invalid
   *     extension; for XML, a character XML 1.0 cannot carry)
   */
  public final void write(AnnualReport report, Formatting formatting, OutputStream out)
      throws IOException {
    writeDocument(report, formatting, out);
  }

  /**
   * Reads a document held in memory as a string. The argument is the document itself, never a file
   * name: to read a file, use {@link #read(Path)}.
   *
   * @param document the document
   * @return the result, with source name {@code <string>}; see {@link ReadResult} for what a read
   *     with errors gives
   */
  public final ReadResult readString(String document) {
    return read(document.getBytes(StandardCharsets.UTF_8), "<string>");
  }

  /**
   * Reads a document from a stream; the stream is not closed.
   *
   * @param in the stream
   * @return the result, with source name {@code <stream>}
   * @throws ReportReadException if the stream fails
   */
  public final ReadResult read(InputStream in) throws ReportReadException {
    return read(in, "<stream>");
  }

  /**
   * Reads a document held in memory as bytes.
   *
   * @param bytes the document
   * @return the result, with source name {@code <bytes>}
   */
  public final ReadResult read(byte[] bytes) {
    return read(bytes, "<bytes>");
  }

  /**
   * Reads a document from bytes.
   *
   * @param bytes the document
   * @param source a name for the document, used in the result
   * @return the result
   */
  public final ReadResult read(byte[] bytes, String source) {
    try {
      return readDocument(bytes, source);
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array cannot fail to be read", e);
    }
  }

  /**
   * Reads a document from a file.
   *
   * @param file the file
   * @return the result, with the file's path as source name
   * @throws ReportReadException if the file cannot be opened or read
   */
  public final ReadResult read(Path file) throws ReportReadException {
    try (InputStream in = Files.newInputStream(file)) {
      // A file within the size limit is read into memory, where a clean JSON document is read in
      // one pass; a larger one is read as a stream, which stops at the limit with a finding.
      long limit = limits().maxDocumentBytes();
      byte[] head = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
      if (head.length <= limit) {
        return readDocument(head, file.toString());
      }
      return read(new SequenceInputStream(new ByteArrayInputStream(head), in), file.toString());
    } catch (ReportReadException e) {
      throw e;
    } catch (IOException e) {
      throw new ReportReadException(file.toString(), e);
    }
  }

  /**
   * Writes a report to a string.
   *
   * @param report the report
   * @param formatting pretty or compact
   * @return the document
   * @throws IllegalArgumentException if the report cannot be written in this format
   */
  public final String write(AnnualReport report, Formatting formatting) {
    return new String(writeBytes(report, formatting), StandardCharsets.UTF_8);
  }

  /**
   * Writes a report to UTF-8 bytes.
   *
   * @param report the report
   * @param formatting pretty or compact
   * @return the document
   * @throws IllegalArgumentException if the report cannot be written in this format
   */
  public final byte[] writeBytes(AnnualReport report, Formatting formatting) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      write(report, formatting, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array cannot fail to be written", e);
    }
    return out.toByteArray();
  }
}
