package org.disclosurereport.serialization.internal;

import com.ctc.wstx.exc.WstxEOFException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.xml.deser.FromXmlParser;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import javax.xml.namespace.QName;

/**
 * Tells XML generators and parsers from JSON ones without needing the XML stack: Jackson's XML data
 * format is an optional dependency, and code that handles both formats must not load its classes
 * when only JSON is read or written. The classes are named only in {@link Present}, which is loaded
 * when the XML data format is on the class path.
 */
public final class XmlSupport {
  private static final boolean PRESENT = present();

  private XmlSupport() {}

  /**
   * Whether a generator writes XML.
   *
   * @param gen the generator
   * @return true for Jackson's XML generator
   */
  public static boolean isXml(JsonGenerator gen) {
    return PRESENT && Present.isXml(gen);
  }

  /**
   * Whether a parser reads XML.
   *
   * @param parser the parser
   * @return true for Jackson's XML parser
   */
  public static boolean isXml(JsonParser parser) {
    return PRESENT && Present.isXml(parser);
  }

  /**
   * Whether a failure is Woodstox's end of an XML document that was cut off.
   *
   * @param failure a failure
   * @return true for a truncated XML document
   */
  static boolean isTruncatedXml(Throwable failure) {
    return PRESENT && Present.isTruncated(failure);
  }

  /**
   * Names the root element an XML generator writes next.
   *
   * @param gen an XML generator ({@link #isXml(JsonGenerator)})
   * @param name the element name
   */
  static void nameRoot(JsonGenerator gen, String name) {
    Present.nameRoot(gen, name);
  }

  private static boolean present() {
    try {
      ClassLoader loader = XmlSupport.class.getClassLoader();
      Class.forName("com.fasterxml.jackson.dataformat.xml.XmlFactory", false, loader);
      Class.forName("com.ctc.wstx.exc.WstxEOFException", false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The only place outside the XML engine that names the XML data format's classes. */
  private static final class Present {
    static boolean isXml(JsonGenerator gen) {
      return gen instanceof ToXmlGenerator;
    }

    static boolean isXml(JsonParser parser) {
      return parser instanceof FromXmlParser;
    }

    static boolean isTruncated(Throwable failure) {
      return failure instanceof WstxEOFException;
    }

    static void nameRoot(JsonGenerator gen, String name) {
      ((ToXmlGenerator) gen).setNextName(new QName(name));
    }
  }
}
