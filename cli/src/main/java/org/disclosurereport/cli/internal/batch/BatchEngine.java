package org.disclosurereport.cli.internal.batch;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.disclosurereport.cli.internal.CliCode;
import org.disclosurereport.cli.internal.input.InputItem;

/**
 * Runs a {@link FileProcessor} over many inputs in parallel, with bounded memory, and hands the
 * results over one by one in input order.
 *
 * <p>A walker thread lists the inputs and submits them to a pool of worker threads a few at a time
 * (a chunk, at most a window's share for each worker, so that threads wake once a chunk rather than
 * once a file); the future of each chunk's results goes into a queue, which the calling thread
 * drains in order. The walker takes permits of a semaphore of {@code window} permits for each
 * input, one and one more for each {@link #PERMIT_BYTES} bytes the input carries, and the caller
 * gives a chunk's permits back once its results have been handed over: when the caller falls
 * behind, the walker blocks, so at most {@code window} results, and about {@code window *
 * PERMIT_BYTES} bytes of inputs beyond a single large one, exist at any time, whatever the number
 * of files. Each result is handed to the sink and then let go; totals are kept by a {@link
 * BatchSummary}.
 *
 * <p>One bad file never stops a batch: everything a processor throws, including {@link
 * StackOverflowError} and {@link OutOfMemoryError}, becomes an unreadable result with a finding
 * ({@link CliCode#EXHAUSTED}, {@link CliCode#CRASHED}). Workers run with a large stack so that
 * legitimately deep documents are read, and what is deeper fails on its own thread.
 *
 * <p>A batch that cannot go on is never reported as complete: when no thread can be started for a
 * worker or the walker (a process or container limit), or the handing-over thread runs out of
 * memory, the batch stops and its last result is an unreadable one with {@link
 * CliCode#BATCH_STOPPED}, saying how many files were checked and why it stopped, so that the exit
 * code is 2. An exception thrown by the sink (standard output gone) ends the batch at once and is
 * rethrown.
 *
 * <p>Instances are immutable; each {@link #run} uses its own threads, which have ended when it
 * returns.
 */
public final class BatchEngine {
  /** Stack size of worker threads. */
  static final long WORKER_STACK_BYTES = 16L << 20;

  /**
   * The most worker threads a batch may use: reading is bound by two or three cores' worth of
   * parsing and by the disk, so more threads only cost memory (each has a {@value
   * #WORKER_STACK_BYTES}-byte stack reserved).
   */
  public static final int MAX_THREADS = 256;

  /**
   * The most inputs a worker is handed at once: handing inputs over and results back wakes a
   * thread, which costs as much as a little of the work itself, so a few go together.
   */
  static final int MAX_CHUNK = 16;

  /** The bytes an input may carry for each permit it holds beyond its first (see cost). */
  static final int PERMIT_BYTES = 64 << 10;

  private final int threads;
  private final int window;
  private final ThreadFactory workerFactory;
  private final ThreadFactory walkerFactory;

  /**
   * Creates an engine.
   *
   * @param threads the number of worker threads, at least 1
   * @param window the most results in flight at once, at least 1
   * @throws IllegalArgumentException if either is below 1, or threads above {@link #MAX_THREADS}
   */
  public BatchEngine(int threads, int window) {
    this(threads, window, threadFactory("disclosure-worker"), threadFactory("disclosure-walker"));
  }

  /**
   * Creates an engine whose threads come from given factories: a factory that fails stands for a
   * process or container limit on threads.
   */
  BatchEngine(int threads, int window, ThreadFactory workerFactory, ThreadFactory walkerFactory) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException(
          "Invalid thread count (valid values 1 to " + MAX_THREADS + "): " + threads);
    }
    if (window < 1) {
      throw new IllegalArgumentException("Invalid window (valid values 1 or more): " + window);
    }
    this.threads = threads;
    this.window = window;
    this.workerFactory = workerFactory;
    this.walkerFactory = walkerFactory;
  }

  /**
   * Returns an engine with one worker per core and a window of 32 permits per worker: 32 small
   * files, or their share of {@code 32 * PERMIT_BYTES} bytes (about 2 MiB) when larger.
   *
   * @param threads the number of workers, or 0 for one per available core; at most {@link
   *     #MAX_THREADS}
   * @return the engine
   * @throws IllegalArgumentException if threads is negative or above {@link #MAX_THREADS}
   */
  public static BatchEngine forThreads(int threads) {
    int n =
        threads > 0 ? threads : Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    return new BatchEngine(n, 32 * Math.min(n, MAX_THREADS));
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
   * Processes every input and hands each result to the sink, in input order, on the calling thread.
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
    BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
    Chunk end = new Chunk(CompletableFuture.completedFuture(List.of()), 0, 0);
    AtomicLong found = new AtomicLong();
    AtomicBoolean walkFinished = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    // Why the batch could not go on, if it could not: the walker could not submit (no thread
    // for a worker), or this thread ran out of memory.
    AtomicReference<Throwable> stoppedBy = new AtomicReference<>();
    ExecutorService workers = Executors.newFixedThreadPool(threads, workerFactory);
    Runnable walk =
        () -> {
          try {
            boolean more = true;
            while (more && !stop.get()) {
              permits.acquire();
              // A permit is held for the next input before it is taken, and the rest of its cost
              // (cost(item) - 1) once it is known; `held` counts what this chunk holds.
              List<InputItem> chunk = new ArrayList<>(chunk());
              int held = 1;
              RuntimeException failed = null;
              while (true) {
                InputItem item;
                try {
                  if (!inputs.hasNext()) {
                    more = false;
                    break;
                  }
                  item = inputs.next();
                } catch (RuntimeException e) {
                  failed = e;
                  more = false;
                  break;
                }
                int extra = cost(item) - 1;
                if (extra > 0 && !permits.tryAcquire(extra)) {
                  // What is taken goes first; this input waits for its bytes' worth on its own.
                  if (!chunk.isEmpty()) {
                    submit(workers, processor, queue, found, chunk, held - 1);
                    chunk = new ArrayList<>(chunk());
                    held = 1;
                  }
                  permits.acquire(extra);
                }
                held += extra;
                chunk.add(item);
                if (chunk.size() == chunk() || !permits.tryAcquire()) {
                  break;
                }
                held++;
              }
              if (failed != null || !more) {
                // The permit taken for an input that was not there: a walk that fails is one
                // more (unreadable) result, which keeps it; an ended walk gives it back.
                held--;
              }
              if (!chunk.isEmpty()) {
                submit(workers, processor, queue, found, chunk, held);
              }
              if (failed != null) {
                queue.put(
                    new Chunk(
                        CompletableFuture.completedFuture(
                            List.of(
                                FileResult.of(
                                    Outcomes.unreadable(
                                        "?", CliCode.IO_FAILURE.finding(describe(failed)))))),
                        1,
                        1));
              } else if (!more) {
                permits.release();
              }
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (Throwable e) { // NOPMD: a thread limit or no memory ends the walk, reported
            stoppedBy.compareAndSet(null, e);
          } finally {
            walkFinished.set(true);
            try {
              queue.put(end);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    Thread walker = null;
    try {
      walker = walkerFactory.newThread(walk);
      walker.start();
    } catch (Throwable e) { // NOPMD: no thread at all: nothing is read, and that is reported
      walker = null;
      stoppedBy.set(e);
    }
    long done = 0;
    try {
      handing:
      while (walker != null) {
        Chunk next = queue.take();
        if (next == end) {
          break;
        }
        try {
          for (FileResult result : await(next.results())) {
            summary.add(result);
            sink.accept(result);
            done++;
            progress.advanced(done, found.get(), walkFinished.get());
          }
        } catch (OutOfMemoryError e) {
          stoppedBy.compareAndSet(null, e);
          break handing;
        }
        // Given back a chunk at a time, so that the walker wakes once a chunk, not once a file.
        permits.release(next.permits());
      }
    } finally {
      stop.set(true);
      if (walker != null && walker.isAlive()) {
        walker.interrupt();
      }
      workers.shutdownNow();
      progress.finished();
      if (walker != null) {
        walker.join();
      }
    }
    Throwable cause = stoppedBy.get();
    if (cause != null) {
      FileResult stopped =
          FileResult.of(
              Outcomes.unreadable("-", CliCode.BATCH_STOPPED.finding(done, reason(cause))));
      summary.add(stopped);
      sink.accept(stopped);
    }
    return summary;
  }

  /** Says why a batch could not go on, in words a user can act on, with the failure itself. */
  static String reason(Throwable cause) {
    String what = describe(cause);
    if (cause instanceof OutOfMemoryError && what.contains("native thread")) {
      return "no new thread could be started, a process or container limit (" + what + ")";
    }
    if (cause instanceof OutOfMemoryError) {
      return "memory ran out (" + what + ")";
    }
    return what;
  }

  private static List<FileResult> await(Future<List<FileResult>> future)
      throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // safely() catches everything; this is only reached if the results could not be kept.
      return List.of(
          FileResult.of(Outcomes.unreadable("?", CliCode.CRASHED.finding(describe(e.getCause())))));
    }
  }

  /** The inputs handed to a worker at once, at most a window's share for each worker. */
  private int chunk() {
    return Math.max(1, Math.min(MAX_CHUNK, window / (2 * threads)));
  }

  /** The results of a chunk of inputs, how many inputs it holds and how many permits. */
  private record Chunk(Future<List<FileResult>> results, int size, int permits) {}

  /** Hands a chunk of inputs, holding the given permits, to the workers, in order. */
  private static void submit(
      ExecutorService workers,
      FileProcessor processor,
      BlockingQueue<Chunk> queue,
      AtomicLong found,
      List<InputItem> chunk,
      int permits)
      throws InterruptedException {
    List<InputItem> these = List.copyOf(chunk);
    Future<List<FileResult>> future = workers.submit(() -> safely(processor, these));
    found.addAndGet(these.size());
    queue.put(new Chunk(future, these.size(), permits));
  }

  /**
   * The permits an input holds while it is in flight: one, and one more for each {@value
   * #PERMIT_BYTES} bytes it carries (a file read whole, a line of JSON Lines), at most the window.
   * A window of small files is then many files, and one of large ones few, so that the bytes held
   * stay bounded by about {@code window * PERMIT_BYTES} plus one input.
   */
  private int cost(InputItem item) {
    long bytes =
        item instanceof InputItem.Read r
            ? r.bytes().length
            : item instanceof InputItem.Line l && l.bytes() != null ? l.bytes().length : 0;
    return (int) Math.min(window, 1 + bytes / PERMIT_BYTES);
  }

  /** Runs the processor over a chunk of inputs, one result each, in order. */
  private static List<FileResult> safely(FileProcessor processor, List<InputItem> items) {
    List<FileResult> results = new ArrayList<>(items.size());
    for (InputItem item : items) {
      results.add(safely(processor, item));
    }
    return results;
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

  static ThreadFactory threadFactory(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(null, r, prefix + "-" + n.incrementAndGet(), WORKER_STACK_BYTES);
      t.setDaemon(true);
      return t;
    };
  }
}
