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
 * Classifies what a parser threw: a problem of the document (a finding) or a failure of the source
 * (an I/O exception the caller sees). Problems are told apart by the exception's type (ours for
 * limits, repeated names and DTDs; Jackson's and Woodstox's for the end of input) and by where it
 * happened, never by the parser's message, which is only shown.
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
    return classify(e, parser, -1);
  }

  /**
   * Classifies an exception thrown while reading, knowing where the input ends: a parse failure
   * placed at the end of the input is a truncated document.
   *
   * @param e the exception
   * @param parser the parser that was reading, or null
   * @param inputLength the length of the whole input in the parser's offsets (bytes for a byte
   *     parser, characters for a character parser), or -1 when not known
   * @return the document problem, or null when {@code e} is an I/O failure of the source
   */
  public static DocumentProblem classify(Throwable e, JsonParser parser, long inputLength) {
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
        return new DocumentProblem(
            ReadCode.LIMIT_DOCUMENT_SIZE, pointer, line, column, big.limit());
      }
      if (t instanceof XmlGuard.LimitExceeded limit) {
        return new DocumentProblem(
            limit.code(), pointer, limit.line(), limit.column(), "?", limit.getMessage());
      }
      if (t instanceof XmlGuard.DtdRefusedException dtd) {
        return new DocumentProblem(ReadCode.DTD_REFUSED, null, dtd.line(), dtd.column());
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
      // Repeated names are found by the tree reader; truncation by its exception type above or,
      // since Jackson also reports some ends of input as plain parse failures, by a failure at
      // the very end of the input. Anything else is bad syntax, whose message is only shown.
      if (inputLength >= 0 && atOffset(jpe.getLocation(), inputLength)) {
        return new DocumentProblem(ReadCode.TRUNCATED, pointer, line, column);
      }
      String message = String.valueOf(jpe.getOriginalMessage());
      return new DocumentProblem(ReadCode.SYNTAX, pointer, line, column, firstLine(message));
    }
    return null;
  }

  /** A limit by the type of its exception; any other constraint (a hash flood) is bad syntax. */
  private static DocumentProblem constraint(
      StreamConstraintsException e, String pointer, int line, int column) {
    String m = firstLine(String.valueOf(e.getMessage()));
    if (e instanceof LimitConstraints.Exceeded limit) {
      return new DocumentProblem(limit.code(), pointer, line, column, "?", m);
    }
    return new DocumentProblem(ReadCode.SYNTAX, pointer, line, column, m);
  }

  /** Any other refusal of the XML parser: the limits and DTDs were told apart above by type. */
  private static DocumentProblem xml(String message, String pointer, int line, int column) {
    return new DocumentProblem(
        ReadCode.SYNTAX, pointer, line, column, firstLine(String.valueOf(message)));
  }

  private static boolean atOffset(JsonLocation location, long offset) {
    if (location == null) {
      return false;
    }
    long at = location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
    return at >= offset;
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
