package org.disclosurereport.serialization;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Objects;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.internal.ReadSettings;
import org.disclosurereport.serialization.internal.ReportDeserializer;
import org.disclosurereport.serialization.internal.ReportSerializer;

/**
 * A Jackson module that reads and writes {@link AnnualReport} in the canonical form, for callers
 * who have their own {@code ObjectMapper} or {@code XmlMapper}:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new DisclosureModule()).build();
 * String json = mapper.writeValueAsString(report);
 * AnnualReport back = mapper.readValue(json, AnnualReport.class);
 * }</pre>
 *
 * <p>With an {@code XmlMapper} the report is written as the canonical XML form (root element {@code
 * annualReport}). Reading uses the same mapper as {@link ReportJson} and {@link ReportXml}; a
 * document with errors fails with a {@link ReportMappingException} that lists every finding;
 * warnings and information are not reported (use the facades to see them).
 *
 * <p>The module cannot harden a mapper it did not build: limits, duplicate detection and, for XML,
 * refusing DTDs are the mapper's settings. For untrusted input use the facades, or start from
 * {@link ReportJson#newObjectMapper()} and {@link ReportXml#newXmlMapper()}, which are hardened and
 * have the module registered.
 *
 * <p>This class is immutable and thread-safe once registered.
 */
public final class DisclosureModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates a module that reads strictly, with the default limits. */
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
   * @param limits the limits checked while the tree is built
   */
  public DisclosureModule(ReadOptions options, Limits limits) {
    super("DisclosureModule", Version.unknownVersion());
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(limits, "limits");
    addSerializer(AnnualReport.class, new ReportSerializer());
    addDeserializer(AnnualReport.class, new ReportDeserializer(new ReadSettings(options, limits)));
  }
}
