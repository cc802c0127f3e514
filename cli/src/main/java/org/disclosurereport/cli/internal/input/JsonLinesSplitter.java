package org.disclosurereport.cli.internal.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.disclosurereport.document.DocumentFormat;

/**
 * Turns each JSON Lines input among the inputs of a batch into its lines, read from the file one at
 * a time as the batch asks for them: the walker holds no more than the line it reads, and the
 * batch's window bounds the lines in flight, so an input of any length is read in bounded memory
 * and in time linear in its size. Every other input is passed on as it is.
 *
 * <p>An input is JSON Lines when its start, sniffed as the loader does, is UTF-8 JSON whose first
 * line is a whole object and which has a second line ({@link FormatSniffer#isJsonLines(byte[], int,
 * int)}). Blank lines are passed over, a {@code \r} before the line break is dropped, and a line
 * longer than the size limit is passed on without its bytes, to be reported as too large. JSON
 * Lines in UTF-16 or UTF-32 is passed on whole, for the loader to convert.
 *
 * <p>Reading an input stops when its lines that are not reports pass a limit ({@link LineOrder}). A
 * file that cannot be read here is passed on whole, so that the loader reports why.
 *
 * <p>Instances are used by one thread, the walker's.
 */
public final class JsonLinesSplitter implements Iterator<InputItem> {
  /** How much of an input's start is sniffed: the first line must fit, and the next begin. */
  private static final int SNIFF_BYTES = (1 << 20) + 1024;

  private final Iterator<InputItem> inputs;
  private final long maxLineBytes;
  private final int maxUnreadable;
  private InputItem next;
  private OpenInput open;

  /**
   * Creates a splitter.
   *
   * @param inputs the inputs
   * @param maxLineBytes the longest line kept, in bytes (the size limit of one document)
   * @param maxUnreadable the most lines of an input that are not reports before reading it stops
   */
  public JsonLinesSplitter(Iterator<InputItem> inputs, long maxLineBytes, int maxUnreadable) {
    this.inputs = inputs;
    this.maxLineBytes = maxLineBytes;
    this.maxUnreadable = maxUnreadable;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (open != null) {
        next = open.nextLine();
        if (next == null) {
          open.close();
          open = null;
        }
        continue;
      }
      if (!inputs.hasNext()) {
        return false;
      }
      InputItem item = inputs.next();
      if (item instanceof InputItem.File file) {
        next = sniff(file);
      } else {
        next = item;
      }
    }
    return true;
  }

  @Override
  public InputItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputItem item = next;
    next = null;
    return item;
  }

  /**
   * Reads the start of a file and opens it as JSON Lines when it is; otherwise returns the file,
   * with its bytes when they are all of it (so that it is not read again), or alone.
   */
  private InputItem sniff(InputItem.File file) {
    byte[] head;
    try {
      head = InputBytes.readAtMost(file.path(), SNIFF_BYTES);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return file; // the loader reads it again and says why it cannot
    }
    Detection d = FormatSniffer.detect(head, file.displayName());
    if (d.format().isPresent()
        && d.format().get() == DocumentFormat.JSON
        && d.charset().equals(StandardCharsets.UTF_8)
        && FormatSniffer.isJsonLines(head, d.bomLength(), head.length)) {
      open = OpenInput.open(file, d.bomLength(), maxLineBytes, maxUnreadable);
      return open == null ? file : null;
    }
    // Shorter than what was asked for is the whole file; one over the size limit is left to the
    // loader, which says so.
    return head.length < SNIFF_BYTES && head.length <= maxLineBytes
        ? new InputItem.Read(file, head, d)
        : file;
  }

  /** A JSON Lines input being read. */
  private static final class OpenInput {
    private final InputItem.File file;
    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[256];
    private int length;
    private LineOrder order;
    private long lineNumber;
    private boolean first = true;
    private boolean ended;

    private OpenInput(InputItem.File file, InputStream in, long maxLineBytes, LineOrder order) {
      this.file = file;
      this.in = in;
      this.maxLineBytes = maxLineBytes;
      this.order = order;
    }

    /** Opens a JSON Lines input after its byte order mark; null when it cannot be opened. */
    static OpenInput open(InputItem.File file, int bom, long maxLineBytes, int maxUnreadable) {
      try {
        InputStream in = Files.newInputStream(file.path());
        in.skipNBytes(bom);
        return new OpenInput(file, in, maxLineBytes, LineOrder.first(maxUnreadable));
      } catch (IOException | SecurityException e) {
        return null;
      }
    }

    /** Reads the next line that is not blank; null at the end, or when reading stopped. */
    InputItem.Line nextLine() {
      while (!ended && !order.stopped()) {
        lineNumber++;
        long size;
        try {
          size = readLine();
        } catch (IOException e) {
          // A failure in the middle: the lines read stand, the walk stops and says why.
          ended = true;
          throw new UncheckedIOException(e);
        }
        if (size < 0) {
          return null;
        }
        boolean kept = size <= maxLineBytes;
        if (kept && isBlank()) {
          continue;
        }
        byte[] bytes = kept ? Arrays.copyOf(line, length) : null;
        InputItem.Line item =
            new InputItem.Line(
                file.path(), file.displayName(), lineNumber, bytes, size, first, order);
        first = false;
        order = order.next();
        return item;
      }
      return null;
    }

    /**
     * Reads a line, keeping at most the limit of its bytes and dropping a {@code \r} before its
     * line break; returns its length, or -1 at the end of the input when nothing was left.
     */
    private long readLine() throws IOException {
      length = 0;
      long size = 0;
      byte last = 0;
      while (true) {
        if (pos == limit) {
          limit = in.read(chunk, 0, chunk.length);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            ended = true;
            if (size == 0) {
              return -1;
            }
            break;
          }
        }
        int start = pos;
        while (pos < limit && chunk[pos] != '\n') {
          pos++;
        }
        int n = pos - start;
        if (size + n <= maxLineBytes + 1) {
          append(start, n);
        }
        if (n > 0) {
          last = chunk[pos - 1];
        }
        size += n;
        if (pos < limit) {
          pos++; // the line break
          break;
        }
      }
      if (last == '\r') {
        size--;
        length = (int) Math.min(length, size);
      }
      return size;
    }

    private void append(int start, int n) {
      if (length + n > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
      }
      System.arraycopy(chunk, start, line, length, n);
      length += n;
    }

    private boolean isBlank() {
      for (int i = 0; i < length; i++) {
        byte c = line[i];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != 0x0B) {
          return c < 0 && new String(line, 0, length, StandardCharsets.UTF_8).isBlank();
        }
      }
      return true;
    }

    void close() {
      try {
        in.close();
      } catch (IOException e) {
        // nothing was written; the lines read stand
      }
    }
  }
}
