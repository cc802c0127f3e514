package org.disclosurereport.cli.internal.batch;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.disclosurereport.cli.internal.CliCode;
import org.disclosurereport.cli.internal.input.InputItem;

/**
 * Runs a {@link FileProcessor} over many inputs in parallel, with bounded memory, and hands the
 * results over one by one in input order.
 *
 * <p>A walker thread lists the inputs and submits each to a pool of worker threads; the future
 * of each result goes into a queue, which the calling thread drains in order. The walker takes a
 * permit of a semaphore of {@code window} permits before submitting an input, and the caller gives
 * it back once the result has been handed over: when the caller falls behind, the walker blocks,
 * so at most {@code window} results exist at any time, whatever the number of files. Each result is handed to the
 * sink and then let go; totals are kept by a {@link BatchSummary}.
 *
 * <p>One bad file never stops a batch: everything a processor throws, including {@link
 * StackOverflowError} and {@link OutOfMemoryError}, becomes an unreadable result with a finding
 * ({@link CliCode#EXHAUSTED}, {@link CliCode#CRASHED}). Workers run with a large stack so that
 * legitimately deep documents are read, and what is deeper fails on its own thread.
 *
 * <p>Instances are immutable; each {@link #run} uses its own threads, which have ended when it
 * returns.
 */
public final class BatchEngine {
  /** Stack size of worker threads. */
  static final long WORKER_STACK_BYTES = 16L << 20;

  private final int threads;
  private final int window;

  /**
   * Creates an engine.
   *
   * @param threads the number of worker threads, at least 1
   * @param window the most results in flight at once, at least 1
   * @throws IllegalArgumentException if either is below 1
   */
  public BatchEngine(int threads, int window) {
    if (threads < 1) {
      throw new IllegalArgumentException("Invalid thread count (valid values 1 or more): " + threads);
    }
    if (window < 1) {
      throw new IllegalArgumentException("Invalid window (valid values 1 or more): " + window);
    }
    this.threads = threads;
    this.window = window;
  }

  /**
   * Returns an engine with one worker per core and a window of four results per worker.
   *
   * @param threads the number of workers, or 0 for one per available core
   * @return the engine
   */
  public static BatchEngine forThreads(int threads) {
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    return new BatchEngine(n, 4 * n);
  }

  /**
   * Returns the number of worker threads.
   *
   * @return the thread count
   */
  public int threads() {
    return threads;
  }

  /**
   * Processes every input and hands each result to the sink, in input order, on the calling
   * thread.
   *
   * @param inputs the inputs; iterated on a separate thread
   * @param processor what to do with each input
   * @param sink receives each result, in input order
   * @param progress told after each result
   * @return the totals
   * @throws InterruptedException if the calling thread is interrupted
   */
  public BatchSummary run(
      Iterator<InputItem> inputs,
      FileProcessor processor,
      Consumer<FileResult> sink,
      ProgressListener progress)
      throws InterruptedException {
    BatchSummary summary = new BatchSummary();
    // Each result in flight holds a permit from before its task is submitted until the sink has
    // had it, so at most `window` results exist at once, the one being handed over included.
    Semaphore permits = new Semaphore(window);
    BlockingQueue<Future<FileResult>> queue = new LinkedBlockingQueue<>();
    Future<FileResult> end = CompletableFuture.completedFuture(null);
    AtomicLong found = new AtomicLong();
    AtomicBoolean walkFinished = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService workers = Executors.newFixedThreadPool(threads, threadFactory("disclosure-worker"));
    Thread walker =
        threadFactory("disclosure-walker")
            .newThread(
                () -> {
                  try {
                    while (!stop.get()) {
                      permits.acquire();
                      Optional<InputItem> item = nextItem(inputs, queue);
                      if (item.isEmpty()) {
                        permits.release();
                        break;
                      }
                      InputItem it = item.get();
                      found.incrementAndGet();
                      queue.put(workers.submit(() -> safely(processor, it)));
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } finally {
                    walkFinished.set(true);
                    try {
                      queue.put(end);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                });
    walker.start();
    long done = 0;
    try {
      while (true) {
        Future<FileResult> next = queue.take();
        if (next == end) {
          break;
        }
        FileResult result = await(next);
        summary.add(result);
        sink.accept(result);
        permits.release();
        done++;
        progress.advanced(done, found.get(), walkFinished.get());
      }
    } finally {
      stop.set(true);
      if (walker.isAlive()) {
        walker.interrupt();
      }
      workers.shutdownNow();
      progress.finished();
      walker.join();
    }
    return summary;
  }

  /**
   * Takes the next input; a walk that fails is reported as one more (unreadable) result rather
   * than ending the batch.
   */
  private static Optional<InputItem> nextItem(
      Iterator<InputItem> inputs, BlockingQueue<Future<FileResult>> queue)
      throws InterruptedException {
    try {
      return inputs.hasNext() ? Optional.of(inputs.next()) : Optional.empty();
    } catch (RuntimeException e) {
      // Uses the permit taken for the item that could not be listed.
      queue.put(
          CompletableFuture.completedFuture(
              FileResult.of(Outcomes.unreadable("?", CliCode.IO_FAILURE.finding(describe(e))))));
      return Optional.empty();
    }
  }

  private static FileResult await(Future<FileResult> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // safely() catches everything; this is only reached if the result itself was null.
      return FileResult.of(Outcomes.unreadable("?", CliCode.CRASHED.finding(describe(e.getCause()))));
    }
  }

  /** Runs the processor, turning whatever it throws into an unreadable result. */
  static FileResult safely(FileProcessor processor, InputItem item) {
    try {
      FileResult result = processor.process(item);
      if (result == null) {
        return FileResult.of(
            Outcomes.unreadable(item.displayName(), CliCode.CRASHED.finding("null result")));
      }
      return result;
    } catch (StackOverflowError | OutOfMemoryError e) {
      return FileResult.of(
          Outcomes.unreadable(item.displayName(), CliCode.EXHAUSTED.finding(describe(e))));
    } catch (Throwable e) { // NOPMD: one bad file must never stop a batch
      return FileResult.of(
          Outcomes.unreadable(item.displayName(), CliCode.CRASHED.finding(describe(e))));
    }
  }

  /** Describes a failure by its class and message, never by its stack trace. */
  static String describe(Throwable t) {
    String message = t.getMessage();
    String name = t.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + firstLine(message);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  private static ThreadFactory threadFactory(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(null, r, prefix + "-" + n.incrementAndGet(), WORKER_STACK_BYTES);
      t.setDaemon(true);
      return t;
    };
  }
}
