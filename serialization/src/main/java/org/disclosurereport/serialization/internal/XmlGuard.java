package org.disclosurereport.serialization.internal;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.ri.Stax2ReaderAdapter;
import org.codehaus.stax2.util.StreamReader2Delegate;
import org.disclosurereport.serialization.Limits;
import org.disclosurereport.serialization.ReadCode;

/**
 * Wraps a StAX reader so that a document type declaration ends reading at once, before any of its
 * declarations is processed: no DTD means no internal or external entity, so neither an XXE file
 * read nor a billion-laughs expansion can happen, whatever the underlying factory allows. It also
 * remembers the name of the root element. Not thread-safe; one per document.
 */
final class XmlGuard extends StreamReader2Delegate {
  private final Limits limits;
  private String rootName;
  private int depth;
  private long elements;

  XmlGuard(XMLStreamReader reader, Limits limits) {
    super(reader instanceof XMLStreamReader2 r2 ? r2 : Stax2ReaderAdapter.wrapIfNecessary(reader));
    this.limits = limits;
  }

  @Override
  public int next() throws XMLStreamException {
    return check(super.next());
  }

  @Override
  public int nextTag() throws XMLStreamException {
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.SPACE,
            XMLStreamConstants.COMMENT,
            XMLStreamConstants.PROCESSING_INSTRUCTION -> {
          continue;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (isWhiteSpace()) {
            continue;
          }
          throw new XMLStreamException("expected a start or end tag, found text", getLocation());
        }
        case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
          return event;
        }
        default -> throw new XMLStreamException("expected a start or end tag", getLocation());
      }
    }
  }

  private int check(int event) throws XMLStreamException {
    if (event == XMLStreamConstants.DTD
        || event == XMLStreamConstants.ENTITY_DECLARATION
        || event == XMLStreamConstants.NOTATION_DECLARATION) {
      Location l = getLocation();
      throw new DtdRefusedException(
          l == null ? 0 : l.getLineNumber(), l == null ? 0 : l.getColumnNumber());
    }
    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      Location l = getLocation();
      throw new DtdRefusedException(
          l == null ? 0 : l.getLineNumber(), l == null ? 0 : l.getColumnNumber());
    }
    if (event == XMLStreamConstants.START_ELEMENT) {
      if (rootName == null) {
        rootName = getLocalName();
      }
      if (++depth > limits.maxNestingDepth()) {
        throw new LimitExceeded(
            ReadCode.LIMIT_NESTING_DEPTH, getLocation(), "element depth " + depth);
      }
      if (++elements > limits.maxTokenCount()) {
        throw new LimitExceeded(ReadCode.LIMIT_TOKEN_COUNT, getLocation(), "element " + elements);
      }
      if (getAttributeCount() > limits.maxAttributes()) {
        throw new LimitExceeded(
            ReadCode.LIMIT_ATTRIBUTES, getLocation(), getAttributeCount() + " attributes");
      }
    } else if (event == XMLStreamConstants.END_ELEMENT) {
      depth--;
    }
    return event;
  }

  /**
   * @return the local name of the root element, null before it was reached
   */
  String rootName() {
    return rootName;
  }

  /**
   * Thrown when a document goes over a limit on elements or attributes: Woodstox's own limits, set
   * just above these as a backstop, say which limit only in their message.
   */
  static final class LimitExceeded extends XMLStreamException {
    private static final long serialVersionUID = 1L;
    private final ReadCode code;
    private final int line;
    private final int column;

    LimitExceeded(ReadCode code, Location location, String what) {
      super(what);
      this.code = code;
      this.line = location == null ? 0 : Math.max(0, location.getLineNumber());
      this.column = location == null ? 0 : Math.max(0, location.getColumnNumber());
    }

    ReadCode code() {
      return code;
    }

    int line() {
      return line;
    }

    int column() {
      return column;
    }
  }

  /** Thrown when a document has a DTD or an entity reference. */
  static final class DtdRefusedException extends XMLStreamException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    DtdRefusedException(int line, int column) {
      super("document type declarations and entity references are refused");
      this.line = line;
      this.column = column;
    }

    int line() {
      return line;
    }

    int column() {
      return column;
    }
  }
}
