package org.disclosurereport.cli.internal.batch;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar, redrawn in place with a carriage return, for a batch run on a terminal.
 * It is only used when the tool's output goes to a terminal and not in CI (see {@code Terminal});
 * piped output never contains it.
 *
 * <p>It redraws at most ten times a second and erases itself when the batch ends, so the summary
 * that follows starts on a clean line.
 *
 * <p>Instances are not thread-safe; the batch engine calls them from one thread.
 */
public final class ProgressBar implements ProgressListener {
  private static final int BAR_WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter out;
  private final String filesWord;
  private final LongSupplier clock;
  private long lastDraw = Long.MIN_VALUE;
  private int lastLength;

  /**
   * Creates a bar.
   *
   * @param out where to draw it (the standard error stream)
   * @param filesWord the word after the counts, in the user's language ("files", "个文件")
   * @param clock a nanosecond clock
   */
  public ProgressBar(PrintWriter out, String filesWord, LongSupplier clock) {
    this.out = out;
    this.filesWord = filesWord;
    this.clock = clock;
  }

  @Override
  public void advanced(long done, long found, boolean walkFinished) {
    long now = clock.getAsLong();
    if (lastDraw != Long.MIN_VALUE
        && now - lastDraw < REDRAW_NANOS
        && !(walkFinished && done == found)) {
      return;
    }
    lastDraw = now;
    draw(line(done, found, walkFinished));
  }

  /**
   * Returns the bar's text for a state.
   *
   * @param done files finished
   * @param found files found so far
   * @param walkFinished whether {@code found} is the total
   * @return the line, without a line end
   */
  String line(long done, long found, boolean walkFinished) {
    StringBuilder sb = new StringBuilder();
    if (walkFinished && found > 0) {
      int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / found);
      sb.append('[')
          .append("#".repeat(filled))
          .append(".".repeat(BAR_WIDTH - filled))
          .append("] ")
          .append(done)
          .append('/')
          .append(found)
          .append(' ')
          .append(filesWord)
          .append(' ')
          .append(done * 100 / found)
          .append('%');
    } else {
      sb.append('[')
          .append("~".repeat(BAR_WIDTH))
          .append("] ")
          .append(done)
          .append('/')
          .append(found)
          .append("+ ")
          .append(filesWord);
    }
    return sb.toString();
  }

  private void draw(String line) {
    int pad = Math.max(0, lastLength - line.length());
    out.print("\r" + line + " ".repeat(pad));
    out.flush();
    lastLength = line.length();
  }

  /**
   * Erases the bar, so that a line printed next on the same terminal starts clean; the next {@link
   * #advanced} call draws it again.
   */
  public void clear() {
    if (lastLength > 0) {
      out.print("\r" + " ".repeat(lastLength) + "\r");
      out.flush();
      lastLength = 0;
      lastDraw = Long.MIN_VALUE;
    }
  }

  @Override
  public void finished() {
    clear();
  }
}
