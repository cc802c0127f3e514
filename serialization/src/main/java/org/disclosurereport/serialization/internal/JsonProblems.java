package org.disclosurereport.serialization.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.disclosurereport.serialization.ReadCode;

/**
 * Classifies what a parser threw: a problem of the document (a finding) or a failure of the
 * source (an I/O exception the caller sees).
 */
public final class JsonProblems {
  private JsonProblems() {}

  /**
   * Classifies an exception thrown while reading.
   *
   * @param e the exception
   * @param parser the parser that was reading, or null
   * @return the document problem, or null when {@code e} is an I/O failure of the source
   */
  public static DocumentProblem classify(Throwable e, JsonParser parser) {
    String pointer = pointer(parser);
    int line = 0;
    int column = 0;
    if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
      JsonLocation l = jpe.getLocation();
      line = Math.max(0, l.getLineNr());
      column = Math.max(0, l.getColumnNr());
    } else if (parser != null) {
      JsonLocation l = parser.currentLocation();
      line = Math.max(0, l.getLineNr());
      column = Math.max(0, l.getColumnNr());
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DocumentTooLargeException big) {
        return new DocumentProblem(ReadCode.LIMIT_DOCUMENT_SIZE, pointer, line, column, big.limit());
      }
      if (t instanceof XmlGuard.DtdRefusedException dtd) {
        return new DocumentProblem(
            ReadCode.DTD_REFUSED, null, dtd.line(), dtd.column());
      }
      if (t instanceof CharacterCodingException || t instanceof CharConversionException) {
        return new DocumentProblem(ReadCode.ENCODING, pointer, line, column, t.getMessage());
      }
      if (t instanceof StreamConstraintsException sce) {
        return constraint(sce, pointer, line, column);
      }
      if (t instanceof JsonEOFException || XmlSupport.isTruncatedXml(t)) {
        return new DocumentProblem(ReadCode.TRUNCATED, pointer, line, column);
      }
      if (t instanceof XMLStreamException xse) {
        Location l = xse.getLocation();
        int xl = l == null ? line : Math.max(0, l.getLineNumber());
        int xc = l == null ? column : Math.max(0, l.getColumnNumber());
        if (xse.getNestedException() instanceof IOException io
            && !(io instanceof CharConversionException)
            && classify(io, null) == null) {
          return null;
        }
        if (xse.getNestedException() != null) {
          DocumentProblem nested = classify(xse.getNestedException(), null);
          if (nested != null && nested.code() != ReadCode.SYNTAX) {
            return nested;
          }
        }
        return xml(xse.getMessage(), pointer, xl, xc);
      }
    }
    if (e instanceof JsonProcessingException jpe) {
      String message = String.valueOf(jpe.getOriginalMessage());
      if (message.startsWith("Duplicate field") || message.startsWith("Duplicate Object property")) {
        return new DocumentProblem(ReadCode.DUPLICATE_KEY, pointer, line, column, name(message));
      }
      if (message.contains("end-of-input") || message.contains("Unexpected end")) {
        return new DocumentProblem(ReadCode.TRUNCATED, pointer, line, column);
      }
      return new DocumentProblem(ReadCode.SYNTAX, pointer, line, column, firstLine(message));
    }
    return null;
  }

  private static DocumentProblem constraint(
      StreamConstraintsException e, String pointer, int line, int column) {
    String m = String.valueOf(e.getMessage());
    ReadCode code;
    if (m.contains("getMaxNestingDepth")) {
      code = ReadCode.LIMIT_NESTING_DEPTH;
    } else if (m.contains("getMaxTokenCount")) {
      code = ReadCode.LIMIT_TOKEN_COUNT;
    } else if (m.contains("getMaxStringLength")) {
      code = ReadCode.LIMIT_STRING_LENGTH;
    } else if (m.contains("getMaxNumberLength")) {
      code = ReadCode.LIMIT_NUMBER_LENGTH;
    } else if (m.contains("getMaxNameLength")) {
      code = ReadCode.LIMIT_NAME_LENGTH;
    } else if (m.contains("getMaxDocumentLength")) {
      code = ReadCode.LIMIT_DOCUMENT_SIZE;
    } else {
      return new DocumentProblem(ReadCode.SYNTAX, pointer, line, column, firstLine(m));
    }
    return new DocumentProblem(code, pointer, line, column, "?", firstLine(m));
  }

  private static DocumentProblem xml(String message, String pointer, int line, int column) {
    String m = String.valueOf(message);
    ReadCode code = ReadCode.SYNTAX;
    if (m.contains("Maximum Element Depth")) {
      code = ReadCode.LIMIT_NESTING_DEPTH;
    } else if (m.contains("Maximum Element Count") || m.contains("Child Elements")) {
      code = ReadCode.LIMIT_TOKEN_COUNT;
    } else if (m.contains("Attribute limit")) {
      code = ReadCode.LIMIT_ATTRIBUTES;
    } else if (m.contains("Maximum attribute size") || m.contains("Text size limit")
        || (m.contains("Text") && m.contains("limit"))) {
      code = ReadCode.LIMIT_STRING_LENGTH;
    } else if (m.contains("Maximum document characters")) {
      code = ReadCode.LIMIT_DOCUMENT_SIZE;
    } else if (m.contains("entity") || m.contains("DOCTYPE") || m.contains("DTD")) {
      code = ReadCode.DTD_REFUSED;
    } else if (m.contains("Unexpected EOF") || m.contains("Unexpected end of input")) {
      code = ReadCode.TRUNCATED;
    }
    return code == ReadCode.SYNTAX
        ? new DocumentProblem(code, pointer, line, column, firstLine(m))
        : new DocumentProblem(code, pointer, line, column, "?", firstLine(m));
  }

  private static String name(String message) {
    int open = message.indexOf('\'');
    int close = message.lastIndexOf('\'');
    return open >= 0 && close > open ? message.substring(open + 1, close) : message;
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static String pointer(JsonParser parser) {
    if (parser == null) {
      return null;
    }
    try {
      return parser.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
