package org.disclosurereport.cli.internal.input;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts, in line order, the lines of a JSON Lines input that are not reports, while its lines are
 * read in parallel: each line learns how many came before it once the line before has been read, so
 * that the line where reading stops is the same on every run, whatever the threads do.
 *
 * <p>Each line's count completes from its predecessor's without waiting for anyone, so a line that
 * fails or is never awaited holds up nothing. Reading stops (the walker reads no further line) once
 * the count passes its limit.
 *
 * <p>This class is thread-safe.
 */
public final class LineOrder {
  /** The count before a line when an earlier line already stopped reading. */
  public static final int STOPPED = -1;

  private final CompletableFuture<Integer> before;
  private final CompletableFuture<Integer> after = new CompletableFuture<>();
  private final AtomicBoolean stop;
  private final int limit;

  private LineOrder(CompletableFuture<Integer> before, AtomicBoolean stop, int limit) {
    this.before = before;
    this.stop = stop;
    this.limit = limit;
  }

  /**
   * Returns the order of the first line of an input.
   *
   * @param limit the most lines that are not reports before reading stops
   * @return the order
   */
  public static LineOrder first(int limit) {
    return new LineOrder(CompletableFuture.completedFuture(0), new AtomicBoolean(), limit);
  }

  /**
   * Returns the order of the next line of the same input.
   *
   * @return the order
   */
  public LineOrder next() {
    return new LineOrder(after, stop, limit);
  }

  /**
   * Whether reading the input stopped: the walker reads no further line.
   *
   * @return true once a line passed the limit
   */
  public boolean stopped() {
    return stop.get();
  }

  /**
   * Records whether this line is a report, and returns how many lines before it, this one included,
   * were not: waits for the line before to have been read.
   *
   * @param unreadable whether this line is not a report
   * @return the count including this line, above the limit when this line stops reading, or {@link
   *     #STOPPED} when an earlier line did
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  public int count(boolean unreadable) throws InterruptedException {
    chain(unreadable);
    int b;
    try {
      b = before.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a count is never completed exceptionally", e);
    }
    if (b == STOPPED) {
      return STOPPED;
    }
    int count = b + (unreadable ? 1 : 0);
    if (count > limit) {
      stop.set(true);
    }
    return count;
  }

  /** Records that reading this line failed (it counts as not a report), without waiting. */
  public void failed() {
    chain(true);
  }

  private void chain(boolean unreadable) {
    before.thenAccept(
        b ->
            after.complete(
                b == STOPPED || b + (unreadable ? 1 : 0) > limit
                    ? STOPPED
                    : b + (unreadable ? 1 : 0)));
  }
}
