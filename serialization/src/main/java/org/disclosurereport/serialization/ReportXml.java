package org.disclosurereport.serialization;

import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.internal.ReadSettings;
import org.disclosurereport.serialization.internal.Reading;
import org.disclosurereport.serialization.internal.XmlEngine;

/**
 * Reads and writes reports in the canonical XML form, with a hardened parser.
 *
 * <p>The XML form has the same members as the JSON form, as elements in the same order under the
 * root element {@code annualReport}; lists repeat an item element ({@code block}, {@code row},
 * {@code entry}), and extensions, which XML cannot hold in place, are listed at the end as JSON
 * Pointer and JSON text. Reading returns a {@link ReadResult} with findings {@code DR-Xnnn}; only a
 * failing source throws, as {@link ReportReadException}.
 *
 * <p>The parser refuses any document type declaration, and so every entity: XXE and billion-laughs
 * documents end with {@link ReadCode#DTD_REFUSED} before anything is expanded. This holds also for
 * an {@code XMLInputFactory} the caller passes in, which is hardened in place ({@link
 * #harden(XMLInputFactory, Limits)}). UTF-8 (with or without byte order mark) and UTF-16 (with byte
 * order mark) are accepted, as XML 1.0 requires.
 *
 * <p>An instance is configured once and is immutable and thread-safe; keep and share it.
 */
public final class ReportXml extends ReportCodec {
  /** The class the XML stack is recognised by; the dependency is optional. */
  private static final String XML_FACTORY = "com.fasterxml.jackson.dataformat.xml.XmlFactory";

  /** The shared strict instance, built when XML is first used. */
  private static final class Strict {
    static final ReportXml INSTANCE = builder().build();
  }

  private final XMLInputFactory inputFactory;
  private final XmlFactory xmlFactory;

  private ReportXml(Builder b) {
    super(new ReadSettings(b.options, b.limits));
    requireXmlStack();
    this.inputFactory =
        b.inputFactory == null
            ? XmlEngine.inputFactory(b.limits)
            : XmlEngine.harden(b.inputFactory, b.limits);
    this.xmlFactory = XmlEngine.xmlFactory(inputFactory, b.limits);
  }

  /**
   * Returns a strict reader and writer with the default limits.
   *
   * @return the shared instance
   * @throws IllegalStateException if jackson-dataformat-xml, an optional dependency, is absent
   */
  public static ReportXml create() {
    requireXmlStack();
    return Strict.INSTANCE;
  }

  /**
   * Returns a reader and writer with the given options and the default limits.
   *
   * @param options the options; of them, only the strictness concerns a canonical form
   * @return the instance
   * @throws IllegalStateException if jackson-dataformat-xml, an optional dependency, is absent
   */
  public static ReportXml create(ReadOptions options) {
    return create(options, Limits.defaults());
  }

  /**
   * Returns a reader and writer with the given options and limits.
   *
   * @param options the options; of them, only the strictness concerns a canonical form
   * @param limits the limits
   * @return the instance
   * @throws IllegalStateException if jackson-dataformat-xml, an optional dependency, is absent
   */
  public static ReportXml create(ReadOptions options, Limits limits) {
    requireXmlStack();
    return new ReadSettings(options, limits).equals(ReadSettings.DEFAULTS)
        ? Strict.INSTANCE
        : builder().options(options).limits(limits).build();
  }

  /**
   * Fails with a message that names the missing dependency when the XML stack is not on the class
   * path: it is an optional dependency, which reading and writing JSON does not need.
   *
   * @throws IllegalStateException if Jackson's XML data format is absent
   */
  private static void requireXmlStack() {
    try {
      Class.forName(XML_FACTORY, false, ReportXml.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          "Reading or writing XML needs com.fasterxml.jackson.dataformat:jackson-dataformat-xml"
              + " (with its Woodstox parser) on the class path or module path; add it to the"
              + " application's dependencies (its version is managed by the Jackson BOM)",
          e);
    }
  }

  /**
   * Returns a builder, to pass options and a StAX input factory of one's own.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Hardens a StAX input factory in place: no DTD support, no external entities, no entity
   * replacement, a resolver that refuses every external resource, and (for Woodstox) the limits on
   * depth, element count, characters, text and attribute size. Reading through {@link ReportXml}
   * additionally refuses any DTD before it is processed, whatever the factory.
   *
   * @param factory the factory, changed in place
   * @param limits the limits
   * @return the same factory
   */
  public static XMLInputFactory harden(XMLInputFactory factory, Limits limits) {
    return XmlEngine.harden(factory, limits);
  }

  /**
   * Returns a new hardened {@code XmlMapper} with the {@link DisclosureModule} registered, for
   * callers who want a mapper.
   *
   * @return a new mapper
   */
  public static XmlMapper newXmlMapper() {
    return XmlEngine.mapperBuilder(
            XmlEngine.xmlFactory(XmlEngine.inputFactory(Limits.defaults()), Limits.defaults()))
        .addModule(new DisclosureModule())
        .build();
  }

  @Override
  public DocumentFormat format() {
    return DocumentFormat.XML;
  }

  @Override
  ReadResult readDocument(InputStream in, String source) throws IOException {
    return Reading.xml(in, source, settings(), inputFactory, xmlFactory);
  }

  @Override
  void writeDocument(AnnualReport report, Formatting formatting, OutputStream out)
      throws IOException {
    XmlEngine.write(report, formatting, out, xmlFactory);
  }

  /** Builds a {@link ReportXml}. Not thread-safe. */
  public static final class Builder {
    private ReadOptions options = ReadOptions.defaults();
    private Limits limits = Limits.defaults();
    private XMLInputFactory inputFactory;

    private Builder() {}

    /**
     * @param value the options; of them, only the strictness concerns a canonical form
     * @return this builder
     */
    public Builder options(ReadOptions value) {
      options = Objects.requireNonNull(value, "options");
      return this;
    }

    /**
     * @param value the limits
     * @return this builder
     */
    public Builder limits(Limits value) {
      limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    /**
     * Uses a StAX input factory of the caller's; it is hardened in place when the reader is built
     * ({@link ReportXml#harden(XMLInputFactory, Limits)}), and DTDs are refused whatever it allows.
     *
     * @param value the factory
     * @return this builder
     */
    public Builder inputFactory(XMLInputFactory value) {
      inputFactory = Objects.requireNonNull(value, "inputFactory");
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return the instance
     */
    public ReportXml build() {
      return new ReportXml(this);
    }
  }
}
