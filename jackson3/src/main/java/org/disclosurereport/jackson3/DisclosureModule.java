package org.disclosurereport.jackson3;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.Limits;
import org.disclosurereport.serialization.ReportJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 ({@code tools.jackson}) module that reads and writes {@link AnnualReport} in the
 * canonical JSON form, for applications whose mapper is a Jackson 3 one (Spring Boot 4, for
 * example):
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new DisclosureModule()).build();
 * String json = mapper.writeValueAsString(report);
 * AnnualReport back = mapper.readValue(json, AnnualReport.class);
 * }</pre>
 *
 * <p>It is found by {@code ServiceLoader}, so {@code JsonMapper.builder().findAndAddModules()}
 * registers it too. It is the Jackson 3 twin of the Jackson 2 module {@link
 * org.disclosurereport.serialization.DisclosureModule} and an adapter over the SDK's own reader and
 * writer ({@link ReportJson}): both modules write the same bytes and read the same reports.
 *
 * <p>Reading copies the value the parser is at, token for token and numbers exactly, and reads the
 * copy with {@link ReportJson}; a document with errors fails with a {@link ReportMappingException}
 * that carries every finding. Findings are located by JSON Pointer; their line and column are those
 * of the compact copy, not of the original text. Writing writes the canonical form: compact, or
 * pretty when the mapper has {@link SerializationFeature#INDENT_OUTPUT} on. With a generator of
 * another format than JSON (YAML, CBOR...) the same tokens are written.
 *
 * <p>The module cannot harden a mapper it did not build: the mapper's own stream limits apply while
 * the value is copied, then the module's {@link Limits} apply.
 *
 * <p>This class is immutable and thread-safe once registered.
 */
public final class DisclosureModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** JSON factory for the copies: the defaults, no mapper features. */
  private static final JsonFactory JSON = new JsonFactory();

  /** Creates a module that reads strictly, with the default limits (and for ServiceLoader). */
  public DisclosureModule() {
    this(ReadOptions.defaults(), Limits.defaults());
  }

  /**
   * Creates a module that reads with options and the default limits.
   *
   * @param options the reading options; of them, only the strictness concerns a canonical form
   */
  public DisclosureModule(ReadOptions options) {
    this(options, Limits.defaults());
  }

  /**
   * Creates a module.
   *
   * @param options the reading options; of them, only the strictness concerns a canonical form
   * @param limits the limits of the reader
   */
  public DisclosureModule(ReadOptions options, Limits limits) {
    super("DisclosureModule", Version.unknownVersion());
    ReportJson json =
        ReportJson.create(
            Objects.requireNonNull(options, "options"), Objects.requireNonNull(limits, "limits"));
    addSerializer(AnnualReport.class, new Writer(json));
    addDeserializer(AnnualReport.class, new Reader(json));
  }

  /** Writes the canonical form with {@link ReportJson}. */
  private static final class Writer extends ValueSerializer<AnnualReport> {
    private final ReportJson json;

    Writer(ReportJson json) {
      this.json = json;
    }

    @Override
    public void serialize(AnnualReport report, JsonGenerator gen, SerializationContext context)
        throws JacksonException {
      Formatting formatting =
          context.isEnabled(SerializationFeature.INDENT_OUTPUT)
              ? Formatting.PRETTY
              : Formatting.COMPACT;
      byte[] bytes = json.writeBytes(report, formatting);
      if (gen instanceof JsonGeneratorBase) {
        gen.writeRawValue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        return;
      }
      try (JsonParser copy = JSON.createParser(ObjectReadContext.empty(), bytes)) {
        copy.nextToken();
        gen.copyCurrentStructureExact(copy);
      }
    }

    @Override
    public Class<AnnualReport> handledType() {
      return AnnualReport.class;
    }
  }

  /** Copies the value and reads it with {@link ReportJson}. */
  private static final class Reader extends ValueDeserializer<AnnualReport> {
    private final ReportJson json;

    Reader(ReportJson json) {
      this.json = json;
    }

    @Override
    public AnnualReport deserialize(JsonParser parser, DeserializationContext context)
        throws JacksonException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
      try (JsonGenerator copy = JSON.createGenerator(ObjectWriteContext.empty(), bytes)) {
        copy.copyCurrentStructureExact(parser);
      }
      ReadResult result = json.read(bytes.toByteArray(), "<jackson>");
      List<Finding> findings = result.findings();
      if (result.report().isEmpty() || result.hasErrors()) {
        throw new ReportMappingException(parser, findings);
      }
      return result.report().get();
    }

    @Override
    public Class<?> handledType() {
      return AnnualReport.class;
    }
  }
}
