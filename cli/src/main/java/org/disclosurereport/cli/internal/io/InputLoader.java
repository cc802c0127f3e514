package org.disclosurereport.cli.internal.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disclosurereport.cli.internal.CliCode;
import org.disclosurereport.cli.internal.input.CharsetChoice;
import org.disclosurereport.cli.internal.input.Detection;
import org.disclosurereport.cli.internal.input.FormatSniffer;
import org.disclosurereport.cli.internal.input.InputBytes;
import org.disclosurereport.cli.internal.input.InputItem;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;

/**
 * Loads one input: reads its bytes (never more than a limit), recognises its format by content, and
 * hands it to the reader of that format.
 *
 * <p>Everything that can go wrong with an input is a finding in the result, never an exception: a
 * missing file ({@link CliCode#NOT_FOUND}), an I/O failure, a file over the size limit, binary
 * content, an empty file of unknown format. Binary content found while walking a directory is
 * passed over instead, since folders of saved pages hold images and the like.
 *
 * <p>JSON whose lines are each a complete document is read as JSON Lines, one report a line. JSON
 * must be UTF-8; JSON that came in UTF-16 or UTF-32 (a byte order mark, or the zero bytes of
 * BOM-less UTF-16 say so unambiguously) is converted to UTF-8 first, with an information finding
 * ({@link CliCode#TRANSCODED}) so that the change is not silent.
 *
 * <p>The toolkit's {@linkplain Toolkit#readOptions() read options} may ask for an edition: the
 * readers of pages, text and documents then read as that edition. JSON and XML state their own
 * edition and are read as that one; when it is not the one asked for, each report says so first
 * among its findings ({@link CliCode#EDITION_STATED}), so that the choice is not silently ignored.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InputLoader {
  /** The default limit on the size of one input: 32 MiB, far above any real report. */
  public static final long DEFAULT_MAX_BYTES = 32L << 20;

  /**
   * The largest {@code --max-size}, in MiB: one input is held in one array, and a Java array has
   * fewer than 2<sup>31</sup> elements.
   */
  public static final int MAX_MEBIBYTES = 2047;

  /** How much of a JSON input decides whether it is JSON Lines: its first line must fit. */
  private static final int LINES_SNIFF_BYTES = 1 << 20;

  /** The formats that state their own edition, which no edition asked for overrides. */
  private static final Set<DocumentFormat> STATE_EDITION =
      EnumSet.of(DocumentFormat.JSON, DocumentFormat.XML);

  private final Toolkit toolkit;
  private final long maxBytes;

  /**
   * Creates a loader.
   *
   * @param toolkit the readers to use
   * @param maxBytes the largest input read, in bytes, at most {@link #MAX_MEBIBYTES} MiB
   * @throws IllegalArgumentException if maxBytes is out of range
   */
  public InputLoader(Toolkit toolkit, long maxBytes) {
    if (maxBytes < 1 || maxBytes > ((long) MAX_MEBIBYTES << 20)) {
      throw new IllegalArgumentException(
          "Invalid input size limit (valid values 1 to "
              + ((long) MAX_MEBIBYTES << 20)
              + "): "
              + maxBytes);
    }
    this.toolkit = toolkit;
    this.maxBytes = maxBytes;
  }

  /**
   * Loads an input.
   *
   * @param item the input
   * @return what was read, never null
   * @throws Exception what the reader throws for failures that are not about the content; the batch
   *     engine reports those as unreadable
   */
  public Loaded load(InputItem item) throws Exception {
    String source = item.displayName();
    if (item instanceof InputItem.Line line) {
      // As a batch reads it; a line after the one that stopped its input is passed over.
      return loadLine(line)
          .orElseGet(
              () ->
                  Loaded.single(
                      line.documentName(),
                      Optional.empty(),
                      true,
                      new ReadAttempt(Optional.empty(), List.of())));
    }
    if (item instanceof InputItem.Skipped) {
      return Loaded.single(
          source, Optional.empty(), true, new ReadAttempt(Optional.empty(), List.of()));
    }
    if (item instanceof InputItem.Problem problem) {
      return unreadable(source, Optional.empty(), problemFinding(problem.cause(), source));
    }
    if (item instanceof InputItem.Read read) {
      // Read and recognised while walking: the same bytes and the same detection as below.
      return noteEditionStated(
          readDetected(source, read.bytes(), read.file().explicit(), read.detection()));
    }
    InputItem.File file = (InputItem.File) item;
    byte[] bytes;
    try {
      bytes = readBounded(file);
    } catch (TooLarge e) {
      return unreadable(
          source,
          Optional.empty(),
          e.size > maxBytes
              ? CliCode.TOO_LARGE.finding(e.size, maxBytes)
              : CliCode.TOO_LARGE.variant("unknownSize", "limit", maxBytes));
    } catch (IOException e) {
      return unreadable(source, Optional.empty(), problemFinding(e, source));
    }
    return read(source, bytes, file.explicit());
  }

  /**
   * Loads one line of a JSON Lines input that a batch reads a line at a time ({@link
   * org.disclosurereport.cli.internal.input.JsonLinesSplitter}): its one document, its size limit
   * that of any input.
   *
   * @param line the line
   * @return the line's document; empty when an earlier line of its input stopped the reading
   *     ({@link JsonLines}), so that the line is not reported at all
   * @throws InterruptedException if interrupted while waiting for the lines before it
   */
  public Optional<Loaded> loadLine(InputItem.Line line) throws InterruptedException {
    Optional<ReportLinesReader> reader = toolkit.linesReader();
    if (reader.isEmpty()) {
      line.order().failed();
      return Optional.of(
          unreadable(
              line.documentName(),
              Optional.of(DocumentFormat.JSON),
              CliCode.NO_READER.finding(DocumentFormat.JSON.id())));
    }
    Optional<Loaded> loaded = JsonLines.readLine(reader.get(), line, maxBytes);
    return loaded.map(
        l ->
            noteEditionStated(
                new Loaded(
                    l.source(),
                    l.format(),
                    false,
                    List.of(new Loaded.Document(l.source(), complete(l.result()))))));
  }

  /**
   * Returns the longest input read, in bytes: for JSON Lines read a line at a time, the longest
   * line.
   *
   * @return the limit
   */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads an input that is already in memory.
   *
   * @param source the input's name (its extension breaks ties)
   * @param bytes the input
   * @param explicit whether the user named it (binary content is then an error, not passed over)
   * @return what was read
   * @throws Exception what the reader throws for failures that are not about the content
   */
  public Loaded read(String source, byte[] bytes, boolean explicit) throws Exception {
    return noteEditionStated(
        readDetected(source, bytes, explicit, FormatSniffer.detect(bytes, source)));
  }

  /** Notes an edition stated otherwise than asked for, when one was asked for. */
  private Loaded noteEditionStated(Loaded loaded) {
    Optional<Edition> asked = toolkit.readOptions().edition();
    if (asked.isPresent() && loaded.format().filter(STATE_EDITION::contains).isPresent()) {
      return sayEditionStated(loaded, asked.get());
    }
    return loaded;
  }

  /**
   * Adds {@link CliCode#EDITION_STATED} to each report of a JSON or XML document whose stated
   * edition is not the one asked for, first among its findings.
   */
  private static Loaded sayEditionStated(Loaded loaded, Edition asked) {
    List<Loaded.Document> documents = new ArrayList<>();
    for (Loaded.Document d : loaded.documents()) {
      Optional<Edition> stated = d.result().report().map(AnnualReport::edition);
      if (stated.isEmpty() || stated.get() == asked) {
        documents.add(d);
        continue;
      }
      List<Finding> findings = new ArrayList<>();
      findings.add(CliCode.EDITION_STATED.finding(stated.get().id(), asked.id()));
      findings.addAll(d.result().findings());
      documents.add(new Loaded.Document(d.source(), d.result().withFindings(findings)));
    }
    return new Loaded(loaded.source(), loaded.format(), loaded.skipped(), documents);
  }

  private Loaded readDetected(String source, byte[] bytes, boolean explicit, Detection detected)
      throws Exception {
    Detection detection = detected;
    if (detection.isBinary()) {
      if (!explicit) {
        return Loaded.single(
            source, Optional.empty(), true, new ReadAttempt(Optional.empty(), List.of()));
      }
      return unreadable(
          source,
          Optional.empty(),
          CliCode.NOT_A_REPORT_FORMAT.finding(detection.binaryKind().get()));
    }
    if (detection.format().isEmpty()) {
      return unreadable(source, Optional.empty(), CliCode.EMPTY.finding());
    }
    DocumentFormat format = detection.format().get();
    Optional<ReportReader> reader = toolkit.reader(format);
    if (reader.isEmpty()) {
      return unreadable(source, detection.format(), CliCode.NO_READER.finding(format.id()));
    }
    List<Finding> findings = new ArrayList<>();
    if (format == DocumentFormat.JSON && isUnicodeOtherThanUtf8(detection)) {
      findings.add(CliCode.TRANSCODED.finding(detection.charset().name()));
      bytes = FormatSniffer.decode(bytes, detection).getBytes(StandardCharsets.UTF_8);
      detection =
          new Detection(
              detection.format(), StandardCharsets.UTF_8, 0, detection.basis(), Optional.empty());
    }
    if (format == DocumentFormat.JSON
        && isJsonLines(bytes, detection)
        && toolkit.linesReader().isPresent()) {
      List<Loaded.Document> documents = new ArrayList<>();
      for (Loaded.Document d : JsonLines.readAll(toolkit.linesReader().get(), bytes, source)) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(d.result().findings());
        documents.add(new Loaded.Document(d.source(), complete(d.result().withFindings(all))));
      }
      if (documents.isEmpty()) {
        return unreadable(source, detection.format(), CliCode.NO_REPORT.finding());
      }
      return new Loaded(source, detection.format(), false, documents);
    }
    if ((format == DocumentFormat.HTML || format == DocumentFormat.TEXT)
        && detection.bomLength() == 0) {
      findings.addAll(charsetFindings(CharsetChoice.choose(bytes)));
    }
    ReadAttempt result = reader.get().read(bytes, detection, source);
    findings.addAll(result.findings());
    return Loaded.single(
        source, detection.format(), false, complete(result.withFindings(findings)));
  }

  /**
   * Says which charset a page was read in and why, when that is not plain valid UTF-8, and where
   * each invalid sequence of a UTF-8 page is (the first {@value CharsetChoice#MAX_REPORTED}).
   */
  private static List<Finding> charsetFindings(CharsetChoice choice) {
    List<Finding> findings = new ArrayList<>();
    if (choice.charset().equals(StandardCharsets.UTF_8) && choice.badCount() == 0) {
      return findings;
    }
    for (CharsetChoice.BadSequence bad : choice.badSequences()) {
      findings.add(
          CliCode.BAD_BYTES.finding(
              bad.bytes(), String.valueOf(bad.offset()), String.valueOf(bad.line())));
    }
    findings.add(
        CliCode.CHARSET.finding(
            choice.charset().name(),
            new org.disclosurereport.finding.LocalizedText(choice.reasonZh(), choice.reason())));
    return findings;
  }

  /** Adds {@link CliCode#NO_REPORT} when a reader gave no report and no error saying why. */
  private static ReadAttempt complete(ReadAttempt attempt) {
    if (attempt.report().isEmpty() && attempt.findings().stream().noneMatch(Finding::isError)) {
      List<Finding> all = new ArrayList<>(attempt.findings());
      all.add(CliCode.NO_REPORT.finding());
      return attempt.withFindings(all);
    }
    return attempt;
  }

  /** Whether JSON is JSON Lines, by its first line; UTF-8 is looked at on its bytes, undecoded. */
  private static boolean isJsonLines(byte[] bytes, Detection detection) {
    if (detection.charset().equals(StandardCharsets.UTF_8)) {
      int from = detection.bomLength();
      return FormatSniffer.isJsonLines(
          bytes, from, (int) Math.min(bytes.length, (long) from + LINES_SNIFF_BYTES));
    }
    return FormatSniffer.isJsonLines(
        FormatSniffer.decodeStart(bytes, detection, LINES_SNIFF_BYTES));
  }

  private static boolean isUnicodeOtherThanUtf8(Detection d) {
    String name = d.charset().name();
    return name.startsWith("UTF-16") || name.startsWith("UTF-32");
  }

  private static Loaded unreadable(
      String source, Optional<DocumentFormat> format, Finding finding) {
    return Loaded.single(
        source, format, false, new ReadAttempt(Optional.empty(), List.of(finding)));
  }

  private static Finding problemFinding(IOException e, String source) {
    if (e instanceof NoSuchFileException) {
      return CliCode.NOT_FOUND.finding(source);
    }
    String message = e.getMessage();
    return CliCode.IO_FAILURE.finding(
        e.getClass().getSimpleName() + (message == null ? "" : ": " + message));
  }

  private byte[] readBounded(InputItem.File file) throws IOException {
    byte[] bytes = InputBytes.readAtMost(file.path(), (int) (maxBytes + 1));
    if (bytes.length > maxBytes) {
      long size;
      try {
        size = Files.size(file.path());
      } catch (IOException e) {
        size = bytes.length;
      }
      throw new TooLarge(size);
    }
    return bytes;
  }

  /** Signals an input over the size limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final long size;

    TooLarge(long size) {
      super("too large: " + size);
      this.size = size;
    }
  }
}
