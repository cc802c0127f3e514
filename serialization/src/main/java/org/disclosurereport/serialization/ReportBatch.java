package org.disclosurereport.serialization;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.serialization.internal.JsonLinesIterator;
import org.disclosurereport.serialization.internal.Reading;

/**
 * Reads many reports lazily, one in memory at a time: the lines of a JSON Lines file, or the {@code
 * .json} and {@code .xml} files of a directory.
 *
 * <p>Each element of the returned stream is the {@link ReadResult} of one document, with its source
 * name ({@code file.jsonl:17} for line 17, or the file's path). A bad document yields its findings
 * and the iteration goes on; a document whose file cannot be read yields a {@link
 * ReadCode#IO_FAILURE} finding. Only a failure of the batch's own source throws: opening the file
 * or listing the directory ({@link ReportReadException}), or the JSON Lines file breaking off while
 * being read ({@link UncheckedIOException} whose cause is a {@link ReportReadException}). Close the
 * stream when done (try-with-resources).
 *
 * <p>This class is immutable and thread-safe; each stream is for one thread.
 */
public final class ReportBatch {
  private ReportBatch() {}

  /**
   * Reads a JSON Lines file: one compact JSON document per line, blank lines ignored. A line longer
   * than the document size limit is skipped with {@link ReadCode#LIMIT_DOCUMENT_SIZE}.
   *
   * @param file the file
   * @param json the JSON reader (its options and limits apply to each line)
   * @return the lazy stream of results, to be closed
   * @throws ReportReadException if the file cannot be opened
   */
  public static Stream<ReadResult> jsonLines(Path file, ReportJson json)
      throws ReportReadException {
    InputStream in;
    try {
      in = new BufferedInputStream(Files.newInputStream(file), 65536);
    } catch (IOException e) {
      throw new ReportReadException(file.toString(), e);
    }
    JsonLinesIterator it =
        new JsonLinesIterator(
            in, file.toString(), json.limits(), (bytes, source) -> json.read(bytes, source));
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                in.close();
              } catch (IOException e) {
                throw new UncheckedIOException(new ReportReadException(file.toString(), e));
              }
            });
  }

  /**
   * Reads the {@code .json} and {@code .xml} files directly in a directory, in name order.
   *
   * @param directory the directory
   * @param json the JSON reader
   * @param xml the XML reader
   * @return the lazy stream of results
   * @throws ReportReadException if the directory cannot be listed
   */
  public static Stream<ReadResult> directory(Path directory, ReportJson json, ReportXml xml)
      throws ReportReadException {
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(Files::isRegularFile).filter(p -> format(p) != null).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof IOException i ? i : ((UncheckedIOException) e).getCause();
      throw new ReportReadException(directory.toString(), io);
    }
    return files.stream().map(p -> readFile(p, json, xml));
  }

  private static ReadResult readFile(Path file, ReportJson json, ReportXml xml) {
    DocumentFormat format = format(file);
    try {
      return format == DocumentFormat.JSON ? json.read(file) : xml.read(file);
    } catch (ReportReadException e) {
      IOException cause = e.getCause() instanceof IOException io ? io : e;
      return Reading.ioFailure(format, file.toString(), cause);
    }
  }

  private static DocumentFormat format(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return DocumentFormat.JSON;
    }
    if (name.endsWith(".xml")) {
      return DocumentFormat.XML;
    }
    return null;
  }
}
