package org.disclosurereport.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.internal.JsonEngine;
import org.disclosurereport.serialization.internal.Reading;
import org.disclosurereport.serialization.internal.Writing;

/**
 * Reads and writes reports in the canonical JSON form, with safe defaults.
 *
 * <p>Reading returns a {@link ReadResult}: the report when one could be built and every finding
 * ({@code DR-Jnnn}), located by JSON Pointer, line and column. Bad content never throws; only a
 * failing source does, as {@link ReportReadException}. Input must be UTF-8: a UTF-8 byte order
 * mark is skipped with an information finding ({@link ReadCode#BYTE_ORDER_MARK}); UTF-16 and
 * UTF-32 are refused ({@link ReadCode#ENCODING}), as RFC 8259 requires UTF-8 between systems.
 *
 * <p>Writing is deterministic: the same report gives the same bytes, members in the order of the
 * edition description, blank cells left out, amounts as decimal strings with every digit.
 *
 * <p>An instance is configured once (strictness, limits) and is immutable and thread-safe; keep
 * and share it.
 */
public final class ReportJson {
  private static final ReportJson STRICT = new ReportJson(ReadOptions.strict());

  private final ReadOptions options;
  private final JsonFactory factory;

  private ReportJson(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.factory = JsonEngine.factory(options.limits());
  }

  /**
   * Returns a strict reader and writer with the default limits.
   *
   * @return the shared instance
   */
  public static ReportJson create() {
    return STRICT;
  }

  /**
   * Returns a reader and writer with the given options.
   *
   * @param options strictness and limits
   * @return a new instance
   */
  public static ReportJson create(ReadOptions options) {
    return options.equals(ReadOptions.strict()) ? STRICT : new ReportJson(options);
  }

  /**
   * Returns a new hardened {@code JsonMapper} with the {@link DisclosureModule} registered, for
   * callers who want a mapper: limits from {@link Limits#defaults()}, duplicate keys and trailing
   * tokens refused, no coercion of floats or nulls to numbers, no default typing.
   *
   * @return a new mapper
   */
  public static JsonMapper newObjectMapper() {
    return JsonEngine.mapperBuilder(JsonEngine.factory(Limits.defaults()))
        .addModule(new DisclosureModule())
        .build();
  }

  /** @return the options this instance reads with */
  public ReadOptions options() {
    return options;
  }

  /**
   * Reads a document from a string.
   *
   * @param json the document
   * @return the result, with source name {@code <string>}
   */
  public ReadResult read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8), "<string>");
  }

  /**
   * Reads a document from bytes.
   *
   * @param bytes the document
   * @param source a name for the document, used in the result
   * @return the result
   */
  public ReadResult read(byte[] bytes, String source) {
    try {
      return read(new ByteArrayInputStream(bytes), source);
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array cannot fail to be read", e);
    }
  }

  /**
   * Reads a document from a stream; the stream is not closed.
   *
   * @param in the stream
   * @param source a name for the document, used in the result
   * @return the result
   * @throws ReportReadException if the stream fails
   */
  public ReadResult read(InputStream in, String source) throws ReportReadException {
    try {
      return Reading.json(in, source, options, factory);
    } catch (IOException e) {
      throw new ReportReadException(source, e);
    }
  }

  /**
   * Reads a document from a file.
   *
   * @param file the file
   * @return the result, with the file's path as source name
   * @throws ReportReadException if the file cannot be opened or read
   */
  public ReadResult read(Path file) throws ReportReadException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
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
   * @throws IllegalArgumentException if an extension has an invalid pointer or JSON text
   */
  public String write(AnnualReport report, Formatting formatting) {
    return new String(writeBytes(report, formatting), StandardCharsets.UTF_8);
  }

  /**
   * Writes a report to UTF-8 bytes.
   *
   * @param report the report
   * @param formatting pretty or compact
   * @return the document
   * @throws IllegalArgumentException if an extension has an invalid pointer or JSON text
   */
  public byte[] writeBytes(AnnualReport report, Formatting formatting) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      write(report, formatting, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array cannot fail to be written", e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a report to a stream as UTF-8; the stream is not closed.
   *
   * @param report the report
   * @param formatting pretty or compact
   * @param out the stream
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if an extension has an invalid pointer or JSON text
   */
  public void write(AnnualReport report, Formatting formatting, OutputStream out)
      throws IOException {
    Writing.json(report, formatting, out, factory);
  }
}
