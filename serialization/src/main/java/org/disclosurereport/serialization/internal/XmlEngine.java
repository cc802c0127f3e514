package org.disclosurereport.serialization.internal;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.deser.FromXmlParser;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import com.fasterxml.jackson.dataformat.xml.util.DefaultXmlPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLInputFactory2;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.Limits;
import org.disclosurereport.serialization.ReadCode;

/**
 * Builds the hardened StAX factories, Jackson XML factory and mapper, and reads a document with the
 * {@link CanonicalReader}. The {@code XMLInputFactory} is always configured here, also when a
 * caller supplies one: no DTD, no external entities, no entity expansion, a resolver that refuses
 * every external resource, and Woodstox's limits.
 */
public final class XmlEngine {
  private XmlEngine() {}

  /**
   * Returns a new hardened Woodstox input factory.
   *
   * @param limits the limits
   * @return the factory
   */
  public static XMLInputFactory inputFactory(Limits limits) {
    return harden(new WstxInputFactory(), limits);
  }

  /**
   * Hardens a StAX input factory in place: DTDs, external entities and entity expansion off,
   * external resources refused, and (for Woodstox) the limits set.
   *
   * @param factory the factory, changed in place
   * @param limits the limits
   * @return the same factory
   */
  public static XMLInputFactory harden(XMLInputFactory factory, Limits limits) {
    set(factory, XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    set(factory, XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    set(factory, XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    set(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    set(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XmlGuard.DtdRefusedException(0, 0);
        });
    set(factory, XMLInputFactory2.P_LAZY_PARSING, Boolean.FALSE);
    // The limits proper are checked by the guard (elements, attributes), the tree reader (text)
    // and the input stream (bytes), each with an exception of its own type; Woodstox's limits,
    // which say which limit was reached only in their message, are a backstop just above them,
    // or at the document's size for what the document's size bounds.
    int above = BACKSTOP_MARGIN;
    set(factory, WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxNestingDepth() + above);
    set(factory, WstxInputProperties.P_MAX_ELEMENT_COUNT, (long) limits.maxTokenCount() + above);
    set(factory, WstxInputProperties.P_MAX_CHILDREN_PER_ELEMENT, limits.maxTokenCount() + above);
    set(factory, WstxInputProperties.P_MAX_CHARACTERS, limits.maxDocumentBytes() + above);
    set(factory, WstxInputProperties.P_MAX_TEXT_LENGTH, backstop(limits.maxDocumentBytes()));
    set(
        factory,
        WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT,
        backstop(limits.maxDocumentBytes()));
    set(factory, WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, backstop(limits.maxDocumentBytes()));
    set(factory, WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
    set(factory, WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    set(factory, WstxInputProperties.P_MAX_DTD_DEPTH, 1);
    return factory;
  }

  /** How far above a limit Woodstox's own check of it is set. */
  private static final int BACKSTOP_MARGIN = 16;

  private static int backstop(long size) {
    return (int) Math.min(Integer.MAX_VALUE, size + BACKSTOP_MARGIN);
  }

  private static void set(XMLInputFactory factory, String name, Object value) {
    try {
      if (factory.isPropertySupported(name)) {
        factory.setProperty(name, value);
      }
    } catch (IllegalArgumentException e) {
      // A property this implementation does not take: the guard and the tree reader still
      // refuse DTDs and enforce the limits.
    }
  }

  /**
   * Returns a new Woodstox output factory that escapes carriage returns, so that text keeps them.
   *
   * @return the factory
   */
  public static XMLOutputFactory outputFactory() {
    XMLOutputFactory f = new WstxOutputFactory();
    f.setProperty(WstxOutputProperties.P_OUTPUT_ESCAPE_CR, Boolean.TRUE);
    f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, Boolean.FALSE);
    return f;
  }

  /**
   * Builds the Jackson XML factory around a hardened input factory.
   *
   * @param inputFactory a hardened input factory
   * @param limits the limits
   * @return the factory
   */
  public static XmlFactory xmlFactory(XMLInputFactory inputFactory, Limits limits) {
    return XmlFactory.builder()
        .xmlInputFactory(inputFactory)
        .xmlOutputFactory(outputFactory())
        .streamReadConstraints(JsonEngine.constraints(limits))
        .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
        .disable(ToXmlGenerator.Feature.WRITE_NULLS_AS_XSI_NIL)
        .disable(FromXmlParser.Feature.EMPTY_ELEMENT_AS_NULL)
        .enable(FromXmlParser.Feature.PROCESS_XSI_NIL)
        .build();
  }

  /**
   * Builds a hardened XML mapper, without modules, with every strictness feature set.
   *
   * @param factory a factory from {@link #xmlFactory}
   * @return the mapper builder
   */
  public static XmlMapper.Builder mapperBuilder(XmlFactory factory) {
    return JsonEngine.strict(XmlMapper.builder(factory));
  }

  /**
   * Reads one XML document.
   *
   * @param in the input, not closed
   * @param options the options
   * @param inputFactory a hardened input factory
   * @param xmlFactory the Jackson factory
   * @return the report and the findings of its content
   * @throws IOException when the source fails (not for bad content)
   * @throws DocumentProblem when the document is malformed, refused or over a limit
   */
  public static CanonicalReader.Read read(
      InputStream in, ReadSettings options, XMLInputFactory inputFactory, XmlFactory xmlFactory)
      throws IOException, DocumentProblem {
    Limits limits = options.limits();
    InputStream limited = new LimitedInputStream(in, limits.maxDocumentBytes());
    XmlGuard guard;
    try {
      XMLStreamReader raw = inputFactory.createXMLStreamReader(limited);
      guard = new XmlGuard(raw, limits);
    } catch (XMLStreamException | RuntimeException e) {
      throw rethrowOrProblem(e, null);
    }
    FromXmlParser parser = null;
    try {
      parser = xmlFactory.createParser(guard);
      if (parser.nextToken() == null) {
        throw new DocumentProblem(ReadCode.EMPTY_DOCUMENT, null, 0, 0);
      }
      CanonicalReader.Read read =
          CanonicalReader.read(parser, DocumentFormat.XML, options, guard.rootName());
      while (guard.hasNext()) {
        guard.next();
      }
      return read;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      throw rethrowOrProblem(e, parser);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // nothing left to read
        }
      }
    }
  }

  private static DocumentProblem rethrowOrProblem(Exception e, FromXmlParser parser)
      throws IOException {
    DocumentProblem problem = JsonProblems.classify(e, parser);
    if (problem != null) {
      return problem;
    }
    if (e instanceof IOException io) {
      throw io;
    }
    if (e instanceof XMLStreamException xse && xse.getNestedException() instanceof IOException io) {
      throw io;
    }
    if (e.getCause() instanceof IOException io) {
      throw io;
    }
    if (e instanceof RuntimeException re) {
      throw re;
    }
    return new DocumentProblem(ReadCode.SYNTAX, null, 0, 0, String.valueOf(e.getMessage()));
  }

  /**
   * Writes a report as XML.
   *
   * @param report the report
   * @param formatting the layout
   * @param out the output, not closed
   * @param factory an XML factory
   * @throws IOException if the output fails
   */
  public static void write(
      AnnualReport report, Formatting formatting, OutputStream out, XmlFactory factory)
      throws IOException {
    Tree tree = ReportTreeBuilder.build(report, DocumentFormat.XML);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(16384);
    try (ToXmlGenerator gen = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
      if (formatting == Formatting.PRETTY) {
        gen.setPrettyPrinter(new DefaultXmlPrettyPrinter().withCustomNewLine("\n"));
      }
      gen.initGenerator();
      TreeWriter.write(tree, gen);
    }
    byte[] bytes = buffer.toByteArray();
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] == '\n') {
      end--;
    }
    out.write(bytes, 0, end);
    if (formatting == Formatting.PRETTY) {
      out.write('\n');
    }
  }
}
