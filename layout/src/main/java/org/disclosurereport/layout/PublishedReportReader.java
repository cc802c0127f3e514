package org.disclosurereport.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.disclosurereport.document.CellSource;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.document.SourcePosition;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.Findings;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.finding.LocalizedText;
import org.disclosurereport.layout.internal.DeclaredMetadata;
import org.disclosurereport.layout.internal.DocumentSource;
import org.disclosurereport.layout.internal.FileNameYear;
import org.disclosurereport.layout.internal.HtmlSource;
import org.disclosurereport.layout.internal.InputLimitException;
import org.disclosurereport.layout.internal.Messages;
import org.disclosurereport.layout.internal.NarrativeYear;
import org.disclosurereport.layout.internal.PageMetadata;
import org.disclosurereport.layout.internal.ReportTitle;
import org.disclosurereport.layout.internal.TableRecognizer;
import org.disclosurereport.layout.internal.TableRecognizer.Detection;
import org.disclosurereport.layout.internal.TableRecognizer.Recognition;
import org.disclosurereport.layout.internal.TextSource;
import org.disclosurereport.model.AbstractReportMetadata;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;

/**
 * Reads annual reports as they are published: a government web page (or just the report's body) and
 * text extracted from a Word or PDF file.
 *
 * <p>Both read the same way once the source is a grid of cell texts: tables are found by their
 * labels (normalised for punctuation, spacing, traditional characters, known misprints and appended
 * notes), never by position; the edition is told by the labels only one edition prints, not by the
 * year; figures read with their thousands separators, signs and units, and the marks for nothing
 * ({@code /}, {@code -}, {@code —}, empty) read as blank, never as zero.
 *
 * <p>Reading never fails on bad input: whatever cannot be read is a {@link Finding} with a {@link
 * ReaderRule} id that quotes the source, and a partial source gives a partial report. The organ's
 * name and the report year come from the title (the year also from the narrative or the file's
 * name), or else from the {@link ReadOptions}; a source that states neither still gives a report,
 * without them, and an ERROR finding for each (the validator's {@code DR-V001}, as for any report
 * missing them).
 *
 * <pre>{@code
 * ReadResult read = PublishedReportReader.create().readHtml(html);
 * read.report().ifPresent(r -> System.out.println(r.applications().granted().naturalPerson()));
 * read.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.messageEn()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; create one and reuse it.
 */
public final class PublishedReportReader {
  private static final String IN_MEMORY = "<string>";
  private static final String IN_DOCUMENT = "<document>";

  private final ReadOptions options;
  private final LayoutLimits limits;

  private PublishedReportReader(ReadOptions options, LayoutLimits limits) {
    this.options = Objects.requireNonNull(options, "options");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns a reader that assumes nothing, with the default limits.
   *
   * @return the reader
   */
  public static PublishedReportReader create() {
    return new PublishedReportReader(ReadOptions.defaults(), LayoutLimits.defaults());
  }

  /**
   * Returns a reader with options and the default limits.
   *
   * @param options what to assume when the source does not say
   * @return the reader
   */
  public static PublishedReportReader create(ReadOptions options) {
    return new PublishedReportReader(options, LayoutLimits.defaults());
  }

  /**
   * Returns a reader with options and limits.
   *
   * @param options what to assume when the source does not say
   * @param limits how much input is accepted
   * @return the reader
   */
  public static PublishedReportReader create(ReadOptions options, LayoutLimits limits) {
    return new PublishedReportReader(options, limits);
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
  public LayoutLimits limits() {
    return limits;
  }

  /**
   * Reads a published report from a file: an HTML page when its first character that is not white
   * space is {@code <}, text otherwise. The bytes are decoded as UTF-8 (a byte order mark is
   * skipped; a malformed sequence becomes U+FFFD, and the cell holding it is then unreadable).
   *
   * @param file the file
   * @return what was read, its source the file's path; see {@link ReadResult} for what a read with
   *     errors gives
   * @throws IOException if the file cannot be read
   */
  public ReadResult read(Path file) throws IOException {
    return readString(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Reads a published report from a stream, as {@link #read(Path)} reads a file; the stream is read
   * to its end and not closed.
   *
   * @param in the stream
   * @return what was read, its source {@code <stream>}
   * @throws IOException if the stream fails
   */
  public ReadResult read(InputStream in) throws IOException {
    return read(in.readAllBytes(), "<stream>");
  }

  /**
   * Reads a published report held in memory as bytes, as {@link #read(Path)} reads a file.
   *
   * @param bytes the document, UTF-8
   * @return what was read, its source {@code <bytes>}
   */
  public ReadResult read(byte[] bytes) {
    return read(bytes, "<bytes>");
  }

  private ReadResult read(byte[] bytes, String source) {
    return readString(new String(bytes, StandardCharsets.UTF_8), source);
  }

  /**
   * Reads a published report held in memory as text: an HTML page when its first character that is
   * not white space is {@code <}, text otherwise. To read a file, use {@link #read(Path)}: the
   * argument here is the document itself, never a file name.
   *
   * @param document the page or text
   * @return what was read, its source {@code <string>}
   */
  public ReadResult readString(String document) {
    return readString(document, IN_MEMORY);
  }

  private ReadResult readString(String document, String source) {
    Objects.requireNonNull(document, "document");
    return looksLikeHtml(document)
        ? readHtmlFrom(document, source)
        : readTextFrom(document, source);
  }

  private static boolean looksLikeHtml(String document) {
    for (int i = 0; i < document.length(); i++) {
      char c = document.charAt(i);
      if (c != '\uFEFF' && !Character.isWhitespace(c)) {
        return c == '<';
      }
    }
    return false;
  }

  /**
   * Reads an HTML page: a whole government page with navigation, metadata and footer around the
   * report, or just the report's body.
   *
   * @param html the page
   * @return what was read, never null
   * @throws NullPointerException if {@code html} is null
   */
  public ReadResult readHtml(String html) {
    return readHtmlFrom(html, IN_MEMORY);
  }

  /**
   * Reads an HTML page that came from a file: as {@link #readHtml(String)}, and when neither the
   * title nor the text states the report year, the year the file's name states is taken, with an
   * INFO finding ({@link ReaderRule#YEAR_FROM_FILE_NAME}) saying so.
   *
   * @param html the page
   * @param name the file's name or path, the source of the result
   * @return what was read, never null
   * @throws NullPointerException if an argument is null
   */
  public ReadResult readHtml(String html, String name) {
    return readHtmlFrom(html, Objects.requireNonNull(name, "name"));
  }

  private ReadResult readHtmlFrom(String html, String source) {
    Objects.requireNonNull(html, "html");
    Optional<ReadResult> tooLarge = checkSize(html, source);
    if (tooLarge.isPresent()) {
      return tooLarge.get();
    }
    HtmlSource.Page page;
    try {
      page = HtmlSource.read(withoutByteOrderMark(html), limits.maxCells(), limits.maxTables());
    } catch (InputLimitException e) {
      return tooComplex(e, source);
    }
    TableRecognizer recognizer = TableRecognizer.of(page.cells());
    List<String> titles = new ArrayList<>(page.titleCandidates());
    titles.addAll(recognizer.preambleLines());
    titles.add(page.pageTitle());
    List<String> lines = new ArrayList<>(page.pageLines());
    return read(source, recognizer, titles, lines, page.declared());
  }

  /**
   * Reads text extracted from a document: cells separated by tabs, by {@code |}, by runs of spaces,
   * or one cell per line.
   *
   * @param text the text
   * @return what was read, never null
   * @throws NullPointerException if {@code text} is null
   */
  public ReadResult readText(String text) {
    return readTextFrom(text, IN_MEMORY);
  }

  /**
   * Reads text that came from a file: as {@link #readText(String)}, and when neither the title nor
   * the text states the report year, the year the file's name states is taken ({@code
   * 洛宁县2020年政府信息公开工作年度报告.txt}), with an INFO finding ({@link ReaderRule#YEAR_FROM_FILE_NAME})
   * saying so.
   *
   * @param text the text
   * @param name the file's name or path, the source of the result
   * @return what was read, never null
   * @throws NullPointerException if an argument is null
   */
  public ReadResult readText(String text, String name) {
    return readTextFrom(text, Objects.requireNonNull(name, "name"));
  }

  private ReadResult readTextFrom(String text, String source) {
    Objects.requireNonNull(text, "text");
    Optional<ReadResult> tooLarge = checkSize(text, source);
    if (tooLarge.isPresent()) {
      return tooLarge.get();
    }
    String document = withoutByteOrderMark(text);
    // A rendered text declares its metadata in a block of lines; its narrative is then exact.
    DeclaredMetadata.Read declared = DeclaredMetadata.readText(document);
    TextSource.Read cells;
    try {
      cells = TextSource.read(document, limits.maxCells(), declared.declared());
    } catch (InputLimitException e) {
      return tooComplex(e, source);
    }
    TableRecognizer recognizer = TableRecognizer.of(cells.cells());
    List<String> preamble = recognizer.preambleLines();
    ReadResult read = read(source, recognizer, preamble, preamble, declared);
    if (cells.misaligned().isEmpty()) {
      return read;
    }
    List<Finding> findings = new ArrayList<>();
    for (TextSource.Misaligned m : cells.misaligned()) {
      CellSource at =
          CellSource.builder()
              .format(DocumentFormat.TEXT)
              .position(SourcePosition.of(m.line()))
              .column(1)
              .rawText(m.label())
              .build();
      findings.add(
          Messages.finding(
              ReaderRule.ROW_NOT_ALIGNED,
              Messages.at(at),
              m.line(),
              m.label(),
              Messages.quote(m.figures()),
              m.figures().size(),
              m.columns()));
    }
    findings.addAll(read.findings());
    return new ReadResult(
        read.source(),
        read.report().orElse(null),
        read.edition().orElse(null),
        findings,
        read.provenance(),
        read.unseenCells());
  }

  /**
   * Reads the content of a document (PDF, Word) that a document reader has rebuilt as paragraphs
   * and tables: the same recognition as for HTML pages and text. The title is looked for among the
   * headings and the paragraphs before the first table label; the metadata among all paragraphs.
   *
   * @param content the document's content
   * @return what was read, its source {@code <document>}; never null
   * @throws NullPointerException if {@code content} is null
   */
  public ReadResult readDocument(DocumentContent content) {
    return readDocument(content, IN_DOCUMENT);
  }

  /**
   * Reads the content of a document that came from a file: as {@link
   * #readDocument(DocumentContent)}, and when neither the title nor the text states the report
   * year, the year the file's name states is taken ({@code 2021年度报告.pdf}), with an INFO finding
   * ({@link ReaderRule#YEAR_FROM_FILE_NAME}) saying so.
   *
   * @param content the document's content
   * @param name the file's name or path, the source of the result
   * @return what was read, never null
   * @throws NullPointerException if an argument is null
   */
  public ReadResult readDocument(DocumentContent content, String name) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(name, "name");
    Map<String, String> fields = new java.util.HashMap<>();
    content
        .declaredMetadata()
        .forEach(
            (field, value) -> {
              if (field.startsWith(DeclaredMetadata.PREFIX)) {
                fields.put(field.substring(DeclaredMetadata.PREFIX.length()), value);
              }
            });
    DeclaredMetadata.Read declared = new DeclaredMetadata.Read(fields);
    DocumentSource.Read read = DocumentSource.read(content, declared.declared());
    long chars = read.cells().stream().mapToLong(c -> c.text().length()).sum();
    if (chars > limits.maxInputChars()) {
      return tooLarge(chars, name);
    }
    TableRecognizer recognizer = TableRecognizer.of(read.cells());
    List<String> titles = new ArrayList<>(read.headings());
    titles.addAll(recognizer.preambleLines());
    return read(name, recognizer, titles, read.lines(), declared);
  }

  /**
   * Returns what is read from a document that could not be read at all: no report, one finding.
   * Document readers use it for a damaged, encrypted or scanned document and for one over their
   * limits, so that every reader reports through the same catalogue.
   *
   * @param rule one of {@link ReaderRule#DOCUMENT_UNREADABLE}, {@link
   *     ReaderRule#DOCUMENT_WITHOUT_TEXT}, {@link ReaderRule#DOCUMENT_OVER_LIMIT}
   * @param arguments the message's arguments, as its catalogue entry describes them
   * @return what was read: no report, the finding; its source {@code <document>}
   * @throws IllegalArgumentException for any other rule
   */
  public static ReadResult documentNotRead(ReaderRule rule, Object... arguments) {
    if (rule != ReaderRule.DOCUMENT_UNREADABLE
        && rule != ReaderRule.DOCUMENT_WITHOUT_TEXT
        && rule != ReaderRule.DOCUMENT_OVER_LIMIT) {
      throw new IllegalArgumentException("not a rule about a whole document: " + rule);
    }
    return new ReadResult(
        IN_DOCUMENT, null, List.of(Messages.finding(rule, FindingLocation.none(), arguments)));
  }

  private ReadResult tooLarge(long chars, String source) {
    return new ReadResult(
        source,
        null,
        List.of(
            Messages.finding(
                ReaderRule.INPUT_TOO_LARGE,
                FindingLocation.none(),
                chars,
                limits.maxInputChars())));
  }

  /**
   * Drops the byte order mark a decoder leaves at the start of text saved by many editors, which
   * would otherwise become the first character of the title and so of the organ's name.
   */
  private static String withoutByteOrderMark(String input) {
    return input.startsWith("\uFEFF") ? input.substring(1) : input;
  }

  private static ReadResult tooComplex(InputLimitException e, String source) {
    return new ReadResult(
        source,
        null,
        List.of(
            Messages.finding(
                ReaderRule.INPUT_TOO_COMPLEX,
                FindingLocation.none(),
                new LocalizedText(e.whatZh(), e.what()),
                String.valueOf(e.limit()),
                e.option())));
  }

  private Optional<ReadResult> checkSize(String input, String source) {
    if (input.length() <= limits.maxInputChars()) {
      return Optional.empty();
    }
    return Optional.of(
        new ReadResult(
            source,
            null,
            List.of(
                Messages.finding(
                    ReaderRule.INPUT_TOO_LARGE,
                    FindingLocation.none(),
                    input.length(),
                    limits.maxInputChars()))));
  }

  private ReadResult read(
      String source,
      TableRecognizer recognizer,
      List<String> titleCandidates,
      List<String> metadataLines,
      DeclaredMetadata.Read declared) {
    List<Finding> findings = new ArrayList<>();
    PageMetadata meta = PageMetadata.extract(titleCandidates, metadataLines);
    // Metadata declared in machine-readable form (a rendered page) wins over the title, which
    // need not name the organ or may name another year.
    boolean exact = declared.declared();
    Optional<Integer> year = exact ? declared.reportYear().or(meta::year) : meta.year();
    Optional<NarrativeYear.Stated> stated = Optional.empty();
    if (year.isEmpty()) {
      stated = NarrativeYear.find(recognizer.preambleLines());
      year = stated.map(NarrativeYear.Stated::year);
    }
    boolean yearFromOptions = false;
    if (year.isEmpty() && options.defaultReportYear().isPresent()) {
      year = Optional.of(options.defaultReportYear().getAsInt());
      yearFromOptions = true;
    }

    Edition edition =
        exact && options.edition().isEmpty() && declared.edition().isPresent()
            ? declared.edition().get()
            : edition(recognizer, year, findings);
    Recognition recognition = recognizer.recognize(edition);
    findings.addAll(recognition.findings());
    if (year.isEmpty()) {
      stated =
          NarrativeYear.find(recognition.general().blocks().stream().map(b -> b.body()).toList());
      year = stated.map(NarrativeYear.Stated::year);
    }
    stated.ifPresent(
        s ->
            findings.add(
                Messages.finding(
                    ReaderRule.YEAR_FROM_TEXT,
                    FindingLocation.ofPointer(JsonPointer.of("metadata", "reportYear")),
                    s.year(),
                    s.quote())));
    if (year.isEmpty()) {
      Optional<NarrativeYear.Stated> named = FileNameYear.find(source);
      year = named.map(NarrativeYear.Stated::year);
      named.ifPresent(
          s ->
              findings.add(
                  Messages.finding(
                      ReaderRule.YEAR_FROM_FILE_NAME,
                      FindingLocation.ofPointer(JsonPointer.of("metadata", "reportYear")),
                      s.year(),
                      s.quote())));
    }
    if (!recognition.anyContent()) {
      findings.add(Messages.finding(ReaderRule.NO_REPORT_CONTENT, FindingLocation.none()));
    }

    String printedTitle = exact ? printedTitle(declared) : null; // composed once, not per line
    List<String> unused =
        recognizer.preambleLines().stream()
            .filter(l -> !meta.used().contains(l) && !declared.lines().contains(l))
            .filter(l -> !exact || !l.equals(printedTitle))
            .toList();
    if (!unused.isEmpty()) {
      findings.add(
          Messages.finding(
              ReaderRule.TEXT_NOT_KEPT,
              FindingLocation.none(),
              Messages.phrase("where.preamble"),
              unused.size(),
              Messages.abbreviate(unused.get(0))));
    }
    meta.unreadableDate()
        .ifPresent(
            d ->
                findings.add(
                    Messages.finding(
                        ReaderRule.PUBLICATION_DATE_UNREADABLE,
                        FindingLocation.ofPointer(JsonPointer.of("metadata", "publicationDate")),
                        d)));

    Optional<String> organ = exact ? declared.organName() : meta.organ();
    if (organ.isEmpty() && options.defaultOrganName().isPresent()) {
      organ = options.defaultOrganName();
      findings.add(
          Messages.finding(
              ReaderRule.METADATA_FROM_OPTIONS,
              FindingLocation.ofPointer(JsonPointer.of("metadata", "organName")),
              Messages.phrase("field.organName"),
              organ.get()));
    } else if (organ.isEmpty()) {
      findings.add(Findings.missingMetadata("organName"));
    }
    if (yearFromOptions) {
      findings.add(
          Messages.finding(
              ReaderRule.METADATA_FROM_OPTIONS,
              FindingLocation.ofPointer(JsonPointer.of("metadata", "reportYear")),
              Messages.phrase("field.reportYear"),
              year.get()));
    } else if (year.isEmpty()) {
      findings.add(Findings.missingMetadata("reportYear"));
    } else if (year.get() < AbstractReportMetadata.FIRST_REPORT_YEAR) {
      findings.add(
          Messages.finding(
              ReaderRule.REPORT_YEAR_OUT_OF_SCOPE,
              FindingLocation.ofPointer(JsonPointer.of("metadata", "reportYear")),
              year.get(),
              AbstractReportMetadata.FIRST_REPORT_YEAR));
      year = Optional.empty();
    }

    if (!recognition.anyContent()) {
      return new ReadResult(source, null, edition, findings, Map.of());
    }
    // A report whose source names no organ or states no year is still a report: its figures are
    // kept, and what is missing is the ERROR finding above, not a report thrown away.
    ReportMetadata.Builder metadata =
        ReportMetadata.builder()
            .organName(organ)
            .edition(edition)
            .reportYear(year.map(OptionalInt::of).orElse(OptionalInt.empty()))
            .title(exact ? declared.title() : meta.title())
            .indexNumber(exact ? declared.indexNumber() : meta.indexNumber())
            .publicationDate(exact ? declared.publicationDate() : meta.publicationDate())
            .creditCode(exact ? declared.creditCode() : meta.creditCode())
            .divisionCode(exact ? declared.divisionCode() : meta.divisionCode())
            .organLevel(exact ? declared.organLevel() : Optional.empty())
            .organKind(exact ? declared.organKind() : Optional.empty());
    AnnualReport report =
        AnnualReport.builder()
            .metadata(metadata.build())
            .general(recognition.general())
            .problems(recognition.problems())
            .otherMatters(OtherMatters.builder().narrative(recognition.otherMatters()).build())
            .putAllCells(recognition.cells())
            .addAllSupplementaryRows(recognition.supplementaryRows())
            .build();
    // Cut off: the cells after the end were never printed, so they are unseen, not blank.
    Set<CellAddress> unseen = new LinkedHashSet<>();
    if (recognition.cutOff()) {
      for (CellAddress a : edition.spec().cells()) {
        if (!recognition.provenance().containsKey(a)) {
          unseen.add(a);
        }
      }
    }
    return new ReadResult(source, report, edition, findings, recognition.provenance(), unseen);
  }

  /** The title a renderer printed for the metadata it declared: the report's own or composed. */
  private static String printedTitle(DeclaredMetadata.Read declared) {
    return declared
        .title()
        .orElseGet(
            () ->
                ReportTitle.compose(
                    declared.organName(),
                    declared.reportYear().map(OptionalInt::of).orElse(OptionalInt.empty())));
  }

  private Edition edition(
      TableRecognizer recognizer, Optional<Integer> year, List<Finding> findings) {
    if (options.edition().isPresent()) {
      return options.edition().get();
    }
    Detection detection = recognizer.detectEdition();
    if (detection.edition().isPresent()) {
      Edition chosen = detection.edition().get();
      if (detection.mixed()) {
        Edition other = chosen == Edition.V2019 ? Edition.V2021 : Edition.V2019;
        Map<Edition, Integer> scores = detection.scores();
        findings.add(
            Messages.finding(
                ReaderRule.EDITION_MIXED,
                FindingLocation.none(),
                chosen.id(),
                scores.get(chosen),
                other.id(),
                scores.get(other)));
      }
      return chosen;
    }
    Edition assumed;
    LocalizedText why;
    if (year.isPresent() && year.get() >= Edition.V2019.firstYear()) {
      assumed = Edition.forReportYear(year.get());
      why = Messages.phrase("edition.fromYear", "year", year.get());
    } else {
      assumed = Edition.values()[Edition.values().length - 1];
      why = Messages.phrase("edition.current");
    }
    findings.add(
        Messages.finding(ReaderRule.EDITION_ASSUMED, FindingLocation.none(), assumed.id(), why));
    return assumed;
  }
}
