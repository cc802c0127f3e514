package org.disclosurereport.cli.internal.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.disclosurereport.cli.internal.CliCode;
import org.disclosurereport.cli.internal.input.InputItem;
import org.disclosurereport.cli.internal.input.LineOrder;

/**
 * Reads JSON Lines, one report a line, each line named {@code input:line}. A batch reads it a line
 * at a time ({@link org.disclosurereport.cli.internal.input.JsonLinesSplitter} and {@link
 * #readLine}); an input already in memory (converted from UTF-16, say) is split here ({@link
 * #readAll}). Both stop at the same line: once more than {@value #MAX_UNREADABLE_LINES} lines are
 * not reports, the line that passes the limit says so ({@link CliCode#TOO_MANY_BAD_LINES}) and the
 * rest is not read, so that a stream of garbage ({@code {}} a million times) is reported once, not
 * a million times.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class JsonLines {
  /** The most lines of a JSON Lines input that are not reports before the rest is passed over. */
  public static final int MAX_UNREADABLE_LINES = 100;

  private JsonLines() {}

  /**
   * Reads one line a batch read from a JSON Lines input, in parallel with the others.
   *
   * @param reader the reader of one line
   * @param line the line
   * @param maxBytes the size limit of one document, which a line too long was over
   * @return the line's document; empty when an earlier line stopped the reading of its input, so
   *     that the line is not reported at all
   * @throws InterruptedException if interrupted while waiting for the lines before it
   */
  static Optional<Loaded> readLine(ReportLinesReader reader, InputItem.Line line, long maxBytes)
      throws InterruptedException {
    String name = line.documentName();
    ReadAttempt attempt;
    try {
      attempt =
          line.tooLarge()
              ? new ReadAttempt(
                  Optional.empty(), List.of(CliCode.TOO_LARGE.finding(line.size(), maxBytes)))
              : reader.read(line.bytes(), name);
    } catch (RuntimeException | Error e) {
      line.order().failed();
      throw e;
    }
    int count = line.order().count(attempt.report().isEmpty());
    if (count == LineOrder.STOPPED) {
      return Optional.empty();
    }
    if (count > MAX_UNREADABLE_LINES) {
      attempt = tooMany(line.line());
    }
    return Optional.of(
        Loaded.single(
            name, Optional.of(org.disclosurereport.document.DocumentFormat.JSON), false, attempt));
  }

  /**
   * Reads every line of a JSON Lines input held in memory.
   *
   * @param reader the reader of one line
   * @param bytes the input, UTF-8
   * @param source the input's name
   * @return one document per line that is not blank, up to the line that stopped the reading
   */
  static List<Loaded.Document> readAll(ReportLinesReader reader, byte[] bytes, String source) {
    List<Loaded.Document> documents = new ArrayList<>();
    int unreadable = 0;
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        byte[] doc = Arrays.copyOfRange(bytes, start, end);
        if (!new String(doc, StandardCharsets.UTF_8).isBlank()) {
          String name = source + ":" + line;
          ReadAttempt attempt = reader.read(doc, name);
          if (attempt.report().isEmpty() && ++unreadable > MAX_UNREADABLE_LINES) {
            documents.add(new Loaded.Document(name, tooMany(line)));
            break;
          }
          documents.add(new Loaded.Document(name, attempt));
        }
        line++;
        start = i + 1;
      }
    }
    return documents;
  }

  private static ReadAttempt tooMany(long line) {
    return new ReadAttempt(
        Optional.empty(),
        List.of(
            CliCode.TOO_MANY_BAD_LINES.finding(
                String.valueOf(MAX_UNREADABLE_LINES), String.valueOf(line))));
  }
}
