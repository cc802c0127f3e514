package org.disclosurereport.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.documents.internal.DocContent;
import org.disclosurereport.documents.internal.DocumentProblem;
import org.disclosurereport.documents.internal.DocxContent;
import org.disclosurereport.documents.internal.PdfContent;
import org.disclosurereport.documents.internal.ZipGuard;
import org.disclosurereport.layout.DocumentContent;
import org.disclosurereport.layout.PublishedReportReader;
import org.disclosurereport.layout.ReaderRule;

/**
 * Reads annual reports published as documents: PDF (through Apache PDFBox), Word 2007+ {@code
 * .docx} and Word 97-2003 {@code .doc} (through Apache POI), WPS files saved in either Word format.
 *
 * <p>A document is turned into its paragraphs and tables and then read by the same recognition as a
 * web page ({@link PublishedReportReader#readDocument}): labels normalised and matched against the
 * edition description, edition detection, metadata from the title. A PDF has no tables, only glyphs
 * and drawn lines: the tables are rebuilt from the lines where the PDF draws its rules, each glyph
 * placed by its position. Provenance says where each figure was read: page and position for a PDF,
 * table, row and cell for Word.
 *
 * <p>Reading never throws for bad input: a damaged or encrypted document, a scanned PDF with no
 * text layer, a document over a limit (pages, glyphs, decompressed size, ZIP entries; see {@link
 * DocumentLimits}) gives a result with no report and one ERROR finding saying which.
 *
 * <pre>{@code
 * ReadResult read = DocumentReader.create().read(Files.readAllBytes(Path.of("report.pdf")));
 * read.report().ifPresent(r -> System.out.println(r.metadata().organName().orElse("?")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocumentReader {
  private final ReadOptions options;
  private final DocumentLimits limits;
  private final PublishedReportReader recognition;

  private DocumentReader(ReadOptions options, DocumentLimits limits) {
    this.options = Objects.requireNonNull(options, "options");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.recognition = PublishedReportReader.create(options);
  }

  /**
   * Returns a reader that assumes nothing, with the default limits.
   *
   * @return the reader
   */
  public static DocumentReader create() {
    return new DocumentReader(ReadOptions.defaults(), DocumentLimits.defaults());
  }

  /**
   * Returns a reader with options and the default limits.
   *
   * @param options what to assume when the document does not say
   * @return the reader
   */
  public static DocumentReader create(ReadOptions options) {
    return new DocumentReader(options, DocumentLimits.defaults());
  }

  /**
   * Returns a reader with options and limits.
   *
   * @param options what to assume when the document does not say
   * @param limits how much a document may hold
   * @return the reader
   */
  public static DocumentReader create(ReadOptions options, DocumentLimits limits) {
    return new DocumentReader(options, limits);
  }

  /**
   * Returns the options of this reader.
   *
   * @return the options
   */
  public ReadOptions options() {
    return options;
  }

  /**
   * Returns the limits of this reader.
   *
   * @return the limits
   */
  public DocumentLimits limits() {
    return limits;
  }

  /**
   * Reads a document of any of the {@link DocumentType}s, told by its content.
   *
   * @param bytes the file's content
   * @return what was read, never null
   */
  public ReadResult read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try {
      return recognition.readDocument(content(bytes));
    } catch (DocumentProblem p) {
      return PublishedReportReader.documentNotRead(p.rule(), p.arguments());
    }
  }

  /**
   * Reads a document that came from a file: as {@link #read(byte[])}, and when neither its title
   * nor its text states the report year, the year the file's name states is taken ({@code
   * 2021年度报告.pdf}), with an INFO finding saying so.
   *
   * @param bytes the file's content
   * @param name the file's name or path, the source of the result
   * @return what was read, never null
   */
  public ReadResult read(byte[] bytes, String name) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(name, "name");
    try {
      return recognition.readDocument(content(bytes), name);
    } catch (DocumentProblem p) {
      return PublishedReportReader.documentNotRead(p.rule(), p.arguments());
    }
  }

  /**
   * Reads a document from a file; a report year its file's name states is taken when its title and
   * text state none, as {@link #read(byte[], String)} says.
   *
   * @param file the file
   * @return what was read, never null
   * @throws IOException if the file cannot be read
   */
  public ReadResult read(Path file) throws IOException {
    return read(Files.readAllBytes(file), file.toString());
  }

  /**
   * Reads a document from a stream, which is read to its end but not closed.
   *
   * @param in the stream
   * @return what was read, never null
   * @throws IOException if the stream cannot be read
   */
  public ReadResult read(InputStream in) throws IOException {
    return read(in.readAllBytes());
  }

  /**
   * Returns a document's paragraphs and tables as the recognition receives them, for tools that
   * show what a document holds.
   *
   * @param bytes the file's content
   * @return the content
   * @throws IllegalArgumentException when the document cannot be read, with the reason
   */
  public DocumentContent contentOf(byte[] bytes) {
    try {
      return content(bytes);
    } catch (DocumentProblem p) {
      throw new IllegalArgumentException(
          PublishedReportReader.documentNotRead(p.rule(), p.arguments())
              .findings()
              .get(0)
              .messageEn());
    }
  }

  private DocumentContent content(byte[] bytes) throws DocumentProblem {
    DocumentType type =
        DocumentType.detect(bytes)
            .orElseThrow(
                () ->
                    new DocumentProblem(
                        ReaderRule.DOCUMENT_UNREADABLE,
                        "document",
                        "it is neither a PDF nor a Word document"));
    return switch (type) {
      case PDF ->
          PdfContent.read(
              bytes,
              new PdfContent.Limits(
                  limits.maxPages(),
                  limits.maxGlyphs(),
                  limits.maxDrawnLinesPerPage(),
                  limits.maxDecodedBytes()));
      case DOCX -> {
        ZipGuard.check(bytes, limits.maxZipEntries(), limits.maxDecodedBytes());
        yield DocxContent.read(bytes);
      }
      case DOC -> DocContent.read(bytes);
    };
  }
}
