package org.disclosurereport.benchmarks.hostile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.disclosurereport.benchmarks.hostile.HostileInputFailure.Kind;
import org.disclosurereport.model.AnnualReport;

/**
 * Reads one hostile input and checks the properties every reader must keep:
 *
 * <ol>
 *   <li>it returns: no exception (none is documented for content) and no {@link OutOfMemoryError};
 *   <li>it returns in time: at most {@link #TIME_LIMIT} of processor time for one input;
 *   <li>nothing is lost silently: when there is no report, an error finding says why;
 *   <li>what was read cleanly is kept: for JSON and XML, a report read without errors, written and
 *       read again, is the same report;
 *   <li>and, through {@link #checkSameReport}, a document that kept its meaning gives the same
 *       report as before.
 * </ol>
 *
 * <p>The time is the reading thread's processor time, not the wall clock: on a machine shared with
 * other builds a second of wall time says little, while a reader that loops or backtracks spends
 * processor time wherever it runs. A reader that has not returned after {@link #WALL_LIMIT} is
 * stopped waiting for too. Warm a reader up with {@link #warmUp} first; the first input of a reader
 * that was not is read once before it is timed, so that loading classes is not taken for slowness.
 *
 * <p>Reads run on a worker thread of this oracle; {@link #close()} stops it. Not thread-safe: use
 * one oracle per thread.
 */
public final class ReaderOracle implements AutoCloseable {
  /**
   * The most processor time one input may take: one second, or the milliseconds of the system
   * property {@code hostile.timeLimitMillis} (for fuzzing under Jazzer's sanitizer hooks, which
   * slow every reader down).
   */
  public static final Duration TIME_LIMIT =
      Duration.ofMillis(Long.getLong("hostile.timeLimitMillis", 1000));

  /** The most wall time one input may take, even on a machine under load. */
  public static final Duration WALL_LIMIT = Duration.ofSeconds(60);

  /** A reader under test. */
  @FunctionalInterface
  public interface Target {
    /**
     * Reads one input.
     *
     * @param input the bytes
     * @return what was read
     */
    Outcome read(byte[] input);
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Duration timeLimit;
  private final Set<String> warm = new HashSet<>();
  private ExecutorService worker;
  private final AtomicLong workerId = new AtomicLong(-1);

  /** Creates an oracle with the {@link #TIME_LIMIT}. */
  public ReaderOracle() {
    this(TIME_LIMIT);
  }

  /**
   * Creates an oracle with another time limit, for tests of the oracle itself.
   *
   * @param timeLimit the most processor time one input may take
   */
  public ReaderOracle(Duration timeLimit) {
    this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
    this.worker = newWorker();
  }

  /**
   * Reads valid documents several times without the time limit (within {@link #WALL_LIMIT}), so
   * that the reader's code is loaded and compiled before inputs are timed: the limit is about what
   * a running service spends on one hostile input, not about a cold start.
   *
   * @param reader the reader
   * @param documents valid documents of its format
   * @param rounds how many times to read each
   * @throws HostileInputFailure if a read breaks property 1
   */
  public void warmUp(DocumentReader reader, List<byte[]> documents, int rounds) {
    warm.add(reader.name());
    for (int i = 0; i < rounds; i++) {
      for (byte[] d : documents) {
        run(reader.name(), reader::read, d, null);
      }
    }
  }

  /**
   * Reads an input with one of the SDK's readers and checks properties 1 to 4.
   *
   * @param reader the reader
   * @param input the bytes
   * @return what was read
   * @throws HostileInputFailure when a property is broken
   */
  public Outcome check(DocumentReader reader, byte[] input) {
    Outcome outcome = check(reader.name(), reader::read, input);
    if (outcome.report().isPresent() && !outcome.hasErrors()) {
      AnnualReport report = outcome.report().get();
      Optional<byte[]> written = reader.write(report);
      if (written.isPresent()) {
        Outcome again = check(reader.name() + " (written back)", reader::read, written.get());
        if (!again.report().equals(outcome.report())) {
          throw new HostileInputFailure(
              Kind.NOT_ROUND_TRIP,
              reader
                  + ", "
                  + input.length
                  + " bytes: read "
                  + report
                  + ", read back "
                  + again.report()
                  + " "
                  + again.ruleIds(),
              null);
        }
      }
    }
    return outcome;
  }

  /**
   * Reads an input that kept the meaning of a document and checks that it gives the document's
   * report, besides properties 1 to 4.
   *
   * @param reader the reader
   * @param input the bytes
   * @param expected the report the original document gave
   * @return what was read
   * @throws HostileInputFailure when a property is broken
   */
  public Outcome checkSameReport(DocumentReader reader, byte[] input, AnnualReport expected) {
    Outcome outcome = check(reader, input);
    if (!outcome.report().equals(Optional.of(expected))) {
      throw new HostileInputFailure(
          Kind.CHANGED_MEANING,
          reader
              + ", "
              + input.length
              + " bytes: expected "
              + expected
              + ", read "
              + outcome.report()
              + " with "
              + outcome.ruleIds(),
          null);
    }
    return outcome;
  }

  /**
   * Reads an input with any target and checks properties 1 to 3.
   *
   * @param name the target's name, for messages
   * @param target the target
   * @param input the bytes
   * @return what was read
   * @throws HostileInputFailure when a property is broken
   */
  public Outcome check(String name, Target target, byte[] input) {
    Objects.requireNonNull(input, "input");
    if (warm.add(name)) {
      run(name, target, input, null);
    }
    Outcome outcome = run(name, target, input, timeLimit);
    if (outcome == null) {
      throw new HostileInputFailure(
          Kind.SILENT_LOSS, name + " returned nothing for " + input.length + " bytes", null);
    }
    if (outcome.report().isEmpty() && !outcome.hasErrors()) {
      throw new HostileInputFailure(
          Kind.SILENT_LOSS,
          name
              + ", "
              + input.length
              + " bytes: no report and no error, findings "
              + outcome.ruleIds(),
          null);
    }
    return outcome;
  }

  private Outcome run(String name, Target target, byte[] input, Duration cpuLimit) {
    AtomicLong startCpu = new AtomicLong(-1);
    Future<Outcome> future =
        worker.submit(
            () -> {
              startCpu.set(THREADS.getCurrentThreadCpuTime());
              return target.read(input.clone());
            });
    long wallDeadline = System.nanoTime() + WALL_LIMIT.toNanos();
    while (true) {
      try {
        return future.get(50, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long start = startCpu.get();
        long used = start < 0 ? 0 : THREADS.getThreadCpuTime(workerId.get()) - start;
        if (cpuLimit != null && used > cpuLimit.toNanos() || System.nanoTime() > wallDeadline) {
          abandonWorker(future);
          throw new HostileInputFailure(
              Kind.TOO_SLOW,
              name
                  + ", "
                  + input.length
                  + " bytes: still reading after "
                  + used / 1_000_000
                  + " ms of processor time",
              null);
        }
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof OutOfMemoryError) {
          throw new HostileInputFailure(
              Kind.OUT_OF_MEMORY, name + ", " + input.length + " bytes", cause);
        }
        throw new HostileInputFailure(
            Kind.EXCEPTION, name + ", " + input.length + " bytes: " + cause, cause);
      } catch (InterruptedException e) {
        // The harness is being stopped (a fuzzing run that ends): not a property of the reader.
        Thread.currentThread().interrupt();
        abandonWorker(future);
        CancellationException stopped = new CancellationException(name + ": stopped while reading");
        stopped.initCause(e);
        throw stopped;
      }
    }
  }

  /** Gives up a worker stuck in a read: it is interrupted and left to end; a new one takes over. */
  private void abandonWorker(Future<?> stuck) {
    stuck.cancel(true);
    worker.shutdownNow();
    worker = newWorker();
  }

  private ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "hostile-input-reader");
          t.setDaemon(true);
          workerId.set(t.getId());
          return t;
        });
  }

  /** Stops the worker thread. */
  @Override
  public void close() {
    worker.shutdownNow();
  }
}
