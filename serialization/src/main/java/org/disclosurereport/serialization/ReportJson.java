package org.disclosurereport.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.internal.JsonEngine;
import org.disclosurereport.serialization.internal.ReadSettings;
import org.disclosurereport.serialization.internal.Reading;
import org.disclosurereport.serialization.internal.Writing;

/**
 * Reads and writes reports in the canonical JSON form, with safe defaults.
 *
 * <p>Reading returns a {@link ReadResult}: the report when one could be built and every finding
 * ({@code DR-Jnnn}), located by JSON Pointer, line and column. Bad content never throws; only a
 * failing source does, as {@link ReportReadException}. Input must be UTF-8: a UTF-8 byte order mark
 * is skipped with an information finding ({@link ReadCode#BYTE_ORDER_MARK}); UTF-16 and UTF-32 are
 * refused ({@link ReadCode#ENCODING}), as RFC 8259 requires UTF-8 between systems.
 *
 * <p>Writing is deterministic: the same report gives the same bytes, members in the order of the
 * edition description, blank cells left out, amounts as decimal strings with every digit.
 *
 * <p>An instance is configured once (strictness, limits) and is immutable and thread-safe; keep and
 * share it.
 */
public final class ReportJson extends ReportCodec {
  private static final ReportJson STRICT = new ReportJson(ReadSettings.DEFAULTS);

  private final JsonFactory factory;

  private ReportJson(ReadSettings settings) {
    super(settings);
    this.factory = JsonEngine.factory(settings.limits());
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
   * Returns a reader and writer with the given options and the default limits.
   *
   * @param options the options; of them, only the strictness concerns a canonical form
   * @return the instance
   */
  public static ReportJson create(ReadOptions options) {
    return create(options, Limits.defaults());
  }

  /**
   * Returns a reader and writer with the given options and limits.
   *
   * @param options the options; of them, only the strictness concerns a canonical form
   * @param limits the limits
   * @return the instance
   */
  public static ReportJson create(ReadOptions options, Limits limits) {
    ReadSettings settings = new ReadSettings(options, limits);
    return settings.equals(ReadSettings.DEFAULTS) ? STRICT : new ReportJson(settings);
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

  @Override
  public DocumentFormat format() {
    return DocumentFormat.JSON;
  }

  @Override
  ReadResult readDocument(InputStream in, String source) throws IOException {
    return Reading.json(in, source, settings(), factory);
  }

  @Override
  ReadResult readDocument(byte[] bytes, String source) throws IOException {
    return Reading.json(bytes, source, settings(), factory);
  }

  @Override
  void writeDocument(AnnualReport report, Formatting formatting, OutputStream out)
      throws IOException {
    Writing.json(report, formatting, out, factory);
  }
}
