package org.disclosurereport.serialization.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLInputFactory;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.ReadCode;

/** Reads one document of either format into a {@link ReadResult}. */
public final class Reading {
  private Reading() {}

  /**
   * Reads a JSON document from a stream, decoding as it parses so that a limit stops a huge or
   * endless input early. A UTF-8 byte order mark is skipped with an information finding; UTF-16 and
   * UTF-32 (recognised by their byte order marks or zero bytes) are refused, since RFC 8259
   * requires UTF-8 between systems.
   *
   * @param in the input, not closed
   * @param source the document's name
   * @param options the options
   * @param factory a hardened JSON factory for the options' limits
   * @return the result
   * @throws IOException when the source fails
   */
  public static ReadResult json(
      InputStream in, String source, ReadSettings options, JsonFactory factory) throws IOException {
    List<Finding> findings = new ArrayList<>();
    PushbackInputStream pushback = new PushbackInputStream(in, 4);
    byte[] head = new byte[4];
    int n = 0;
    while (n < 4) {
      int r = pushback.read(head, n, 4 - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    int skip = byteOrderMark(head, n, findings);
    if (skip < 0) {
      return new ReadResult(source, null, findings);
    }
    if (n > skip) {
      pushback.unread(head, skip, n - skip);
    }
    EndAwareReader reader =
        new EndAwareReader(
            new InputStreamReader(
                new LimitedInputStream(pushback, options.limits().maxDocumentBytes()),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    return parse(
        () -> factory.createParser(reader),
        parser -> CanonicalReader.read(parser, DocumentFormat.JSON, options, null),
        reader::lengthIfEnded,
        source,
        options,
        findings,
        f -> f,
        new boolean[1]);
  }

  /**
   * Reads a JSON document held in memory, with the same findings as {@link #json(InputStream,
   * String, ReadSettings, JsonFactory)}, with Jackson's byte parser, faster than decoding to
   * characters first. A document larger than {@link
   * org.disclosurereport.serialization.Limits#maxDocumentBytes()} is refused before anything else.
   * The bytes are screened for the malformed UTF-8 that Jackson lets through ({@link
   * Utf8#hasRareLeadByte}); when that screen or the parser finds anything, the UTF-8 is checked in
   * full, and malformed UTF-8 is the one finding.
   *
   * @param bytes the document; not modified
   * @param source the document's name
   * @param options the options
   * @param factory a hardened JSON factory for the options' limits
   * @return the result
   * @throws IOException when the parser fails other than on the document's content
   */
  public static ReadResult json(
      byte[] bytes, String source, ReadSettings options, JsonFactory factory) throws IOException {
    if (bytes.length > options.limits().maxDocumentBytes()) {
      return tooLarge(source, options);
    }
    List<Finding> findings = new ArrayList<>();
    int n = bytes.length;
    int skip = byteOrderMark(bytes, n, findings);
    if (skip < 0) {
      return new ReadResult(source, null, findings);
    }
    List<Finding> before = List.copyOf(findings);
    boolean[] failed = new boolean[1];
    ReadResult read =
        parse(
            () -> factory.createParser(bytes, skip, n - skip),
            parser -> CanonicalReader.read(parser, bytes, skip, options),
            () -> n - skip,
            source,
            options,
            findings,
            f -> Utf8.charColumns(f, bytes, skip),
            failed);
    if (!failed[0] && !Utf8.hasRareLeadByte(bytes, skip, n)) {
      return read;
    }
    int malformed = Utf8.firstMalformed(bytes, skip, n);
    if (malformed < 0) {
      return read;
    }
    List<Finding> encoding = new ArrayList<>(before);
    encoding.add(
        Findings.create(
            DocumentFormat.JSON,
            ReadCode.ENCODING,
            ReadCode.ENCODING.defaultSeverity(),
            null,
            null,
            Utf8.line(bytes, skip, malformed),
            Utf8.column(bytes, skip, malformed),
            null,
            "malformed byte sequence at byte " + malformed));
    return new ReadResult(source, null, encoding);
  }

  /** Opens a parser on a document. */
  @FunctionalInterface
  private interface ParserOpener {
    JsonParser open() throws IOException;
  }

  /** Reads a document from its parser, on its first token. */
  @FunctionalInterface
  private interface DocumentReader {
    CanonicalReader.Read read(JsonParser parser) throws IOException, DocumentProblem;
  }

  /**
   * Reads a JSON document in one pass with the {@link CanonicalReader}, and turns a problem of the
   * document as a whole into its one finding.
   *
   * @param opener opens the parser
   * @param reader reads the document from the parser
   * @param inputLength the length of the input in the parser's offsets once it has been read to its
   *     end, -1 before
   * @param source the document's name
   * @param options the options
   * @param findings the findings so far, added to
   * @param locate rewrites the location of a problem of the whole document, if the parser's needs
   *     it (the reader locates its own findings)
   * @param failed set to true when the document could not be parsed to its end
   * @return the result
   * @throws IOException when the source fails
   */
  private static ReadResult parse(
      ParserOpener opener,
      DocumentReader reader,
      LongSupplier inputLength,
      String source,
      ReadSettings options,
      List<Finding> findings,
      UnaryOperator<List<Finding>> locate,
      boolean[] failed)
      throws IOException {
    AnnualReport report = null;
    JsonParser parser = null;
    try {
      parser = opener.open();
      if (parser.nextToken() == null) {
        throw new DocumentProblem(ReadCode.EMPTY_DOCUMENT, null, 0, 0);
      }
      CanonicalReader.Read read = reader.read(parser);
      JsonToken after = parser.nextToken();
      if (after != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new DocumentProblem(
            ReadCode.TRAILING_CONTENT, null, at.getLineNr(), at.getColumnNr());
      }
      findings.addAll(read.findings());
      report = read.report();
    } catch (DocumentProblem p) {
      failed[0] = true;
      findings.addAll(locate.apply(List.of(Findings.of(DocumentFormat.JSON, p, options.limits()))));
    } catch (IOException e) {
      failed[0] = true;
      DocumentProblem p = JsonProblems.classify(e, parser, inputLength.getAsLong());
      if (p == null) {
        throw e;
      }
      findings.addAll(locate.apply(List.of(Findings.of(DocumentFormat.JSON, p, options.limits()))));
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    return new ReadResult(source, report, findings);
  }

  private static ReadResult tooLarge(String source, ReadSettings options) {
    return new ReadResult(
        source,
        null,
        List.of(
            Findings.of(
                DocumentFormat.JSON,
                new DocumentProblem(
                    ReadCode.LIMIT_DOCUMENT_SIZE, null, 0, 0, options.limits().maxDocumentBytes()),
                options.limits())));
  }

  /**
   * Looks at the first bytes of a JSON document: a UTF-8 byte order mark is to be skipped, with an
   * information finding; UTF-16 and UTF-32 (byte order marks or zero bytes) are refused.
   *
   * @param head the first bytes
   * @param n how many of them there are
   * @param findings where the finding goes
   * @return how many bytes to skip, or -1 when the document is refused
   */
  private static int byteOrderMark(byte[] head, int n, List<Finding> findings) {
    if (n >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      findings.add(
          Findings.create(
              DocumentFormat.JSON,
              ReadCode.BYTE_ORDER_MARK,
              ReadCode.BYTE_ORDER_MARK.defaultSeverity(),
              null,
              null,
              1,
              1,
              null));
      return 3;
    }
    if (n >= 2 && (isUtf16Bom(head) || head[0] == 0 || head[1] == 0)) {
      findings.add(
          Findings.create(
              DocumentFormat.JSON,
              ReadCode.ENCODING,
              ReadCode.ENCODING.defaultSeverity(),
              null,
              null,
              1,
              1,
              null,
              "UTF-16 or UTF-32"));
      return -1;
    }
    return 0;
  }

  private static boolean isUtf16Bom(byte[] head) {
    int a = head[0] & 0xFF;
    int b = head[1] & 0xFF;
    return a == 0xFE && b == 0xFF || a == 0xFF && b == 0xFE;
  }

  /**
   * Reads an XML document. Encodings are detected as XML 1.0 requires: UTF-8 (with or without a
   * byte order mark) and UTF-16 (with its byte order mark) are accepted.
   *
   * @param in the input, not closed
   * @param source the document's name
   * @param options the options
   * @param inputFactory a hardened StAX input factory
   * @param xmlFactory the Jackson XML factory
   * @return the result
   * @throws IOException when the source fails
   */
  public static ReadResult xml(
      InputStream in,
      String source,
      ReadSettings options,
      XMLInputFactory inputFactory,
      XmlFactory xmlFactory)
      throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 1);
    int first = pushback.read();
    if (first < 0) {
      return new ReadResult(
          source,
          null,
          List.of(
              Findings.of(
                  DocumentFormat.XML,
                  new DocumentProblem(ReadCode.EMPTY_DOCUMENT, null, 0, 0),
                  options.limits())));
    }
    pushback.unread(first);
    try {
      CanonicalReader.Read read = XmlEngine.read(pushback, options, inputFactory, xmlFactory);
      return new ReadResult(source, read.report(), read.findings());
    } catch (DocumentProblem p) {
      return new ReadResult(
          source, null, List.of(Findings.of(DocumentFormat.XML, p, options.limits())));
    }
  }

  /**
   * Returns the result for a document whose source failed, for batch reading.
   *
   * @param format the format
   * @param source the document's name
   * @param e the failure
   * @return a result with one {@link ReadCode#IO_FAILURE} finding
   */
  public static ReadResult ioFailure(DocumentFormat format, String source, IOException e) {
    return new ReadResult(
        source,
        null,
        List.of(
            Findings.create(
                format,
                ReadCode.IO_FAILURE,
                ReadCode.IO_FAILURE.defaultSeverity(),
                null,
                null,
                0,
                0,
                null,
                String.valueOf(e.getMessage()))));
  }
}
