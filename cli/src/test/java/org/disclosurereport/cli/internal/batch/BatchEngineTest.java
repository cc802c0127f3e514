package org.disclosurereport.cli.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.disclosurereport.cli.internal.CliCode;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.input.FormatSniffer;
import org.disclosurereport.cli.internal.input.InputItem;
import org.disclosurereport.finding.Finding;
import org.junit.jupiter.api.Test;

class BatchEngineTest {

  private static Iterator<InputItem> items(int n) {
    return IntStream.range(0, n)
        .<InputItem>mapToObj(i -> new InputItem.File(Path.of("f" + i), "f" + i, false))
        .iterator();
  }

  private static FileResult ok(InputItem item) {
    return FileResult.of(
        new ReportOutcome(
            item.displayName(),
            Optional.empty(),
            Optional.of(ReportIdentity.of(Fixtures.valid())),
            List.of()));
  }

  @Test
  void handsResultsOverInInputOrderWhateverOrderTheyFinishIn() throws Exception {
    List<String> seen = new ArrayList<>();
    new BatchEngine(4, 8)
        .run(
            items(300),
            item -> {
              Thread.sleep(ThreadLocalRandom.current().nextInt(3));
              return ok(item);
            },
            r -> seen.add(r.source()),
            ProgressListener.NONE);
    assertEquals(IntStream.range(0, 300).mapToObj(i -> "f" + i).toList(), seen);
  }

  @Test
  void neverHoldsMoreResultsThanItsWindow() throws Exception {
    int window = 5;
    AtomicInteger alive = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    new BatchEngine(3, window)
        .run(
            items(200),
            item -> {
              max.accumulateAndGet(alive.incrementAndGet(), Math::max);
              return ok(item);
            },
            r -> {
              // A slow consumer: without the bound, results would pile up.
              try {
                Thread.sleep(1);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              alive.decrementAndGet();
            },
            ProgressListener.NONE);
    // A permit is taken before a task is submitted and given back after the sink had its result.
    assertTrue(max.get() <= window, "results alive at once: " + max.get());
  }

  @Test
  void holdsFewLargeInputsAtOnceAndManySmallOnes() throws Exception {
    int window = 16;
    // Inputs carrying four permits' worth of bytes each: at most a quarter of the window of them.
    int large = 3 * BatchEngine.PERMIT_BYTES;
    AtomicInteger alive = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    List<String> seen = new ArrayList<>();
    new BatchEngine(3, window)
        .run(
            IntStream.range(0, 120)
                .<InputItem>mapToObj(
                    i ->
                        new InputItem.Read(
                            new InputItem.File(Path.of("r" + i), "r" + i, false),
                            new byte[i % 2 == 0 ? large : 10],
                            FormatSniffer.detect(new byte[] {'{', '}'}, "r" + i + ".json")))
                .iterator(),
            item -> {
              int bytes = ((InputItem.Read) item).bytes().length;
              max.accumulateAndGet(alive.addAndGet(bytes), Math::max);
              return ok(item);
            },
            r -> {
              try {
                Thread.sleep(1);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              int i = Integer.parseInt(r.source().substring(1));
              alive.addAndGet(-(i % 2 == 0 ? large : 10));
              seen.add(r.source());
            },
            ProgressListener.NONE);
    assertEquals(IntStream.range(0, 120).mapToObj(i -> "r" + i).toList(), seen);
    // Each large input holds 4 permits, each small one 1: never more than the window's bytes.
    assertTrue(
        max.get() <= (window / 4) * large + window * 10,
        "bytes of inputs alive at once: " + max.get());
    assertTrue(max.get() >= 2 * large, "large inputs were never in flight together: " + max.get());
  }

  @Test
  void oneBadFileNeverStopsTheBatch() throws Exception {
    List<FileResult> results = new ArrayList<>();
    BatchSummary summary =
        new BatchEngine(2, 4)
            .run(
                items(6),
                item ->
                    switch (item.displayName()) {
                      case "f1" -> throw new IllegalStateException("reader bug");
                      case "f2" -> throw new StackOverflowError();
                      case "f3" -> throw new OutOfMemoryError("Java heap space");
                      case "f4" -> recurse(0);
                      default -> ok(item);
                    },
                results::add,
                ProgressListener.NONE);
    assertEquals(6, summary.filesRead());
    assertEquals(4, summary.unreadable());
    assertEquals(2, summary.reportsValid());
    assertEquals(List.of(), ids(results.get(0)));
    assertEquals(List.of(CliCode.CRASHED.id()), ids(results.get(1)));
    assertTrue(
        results
            .get(1)
            .reports()
            .get(0)
            .findings()
            .get(0)
            .messageEn()
            .contains("IllegalStateException: reader bug"));
    assertEquals(List.of(CliCode.EXHAUSTED.id()), ids(results.get(2)));
    assertEquals(List.of(CliCode.EXHAUSTED.id()), ids(results.get(3)));
    assertEquals(List.of(CliCode.EXHAUSTED.id()), ids(results.get(4)));
    assertEquals(List.of(), ids(results.get(5)));
  }

  private static FileResult recurse(int depth) {
    return depth < 0 ? null : recurse(depth + 1);
  }

  @Test
  void reportsAWalkThatFailsAsOneMoreUnreadableInput() throws Exception {
    Iterator<InputItem> failing =
        new Iterator<>() {
          int n;

          @Override
          public boolean hasNext() {
            if (n == 2) {
              throw new java.io.UncheckedIOException(new java.io.IOException("disk gone"));
            }
            return true;
          }

          @Override
          public InputItem next() {
            n++;
            return new InputItem.File(Path.of("f" + n), "f" + n, false);
          }
        };
    BatchSummary s =
        new BatchEngine(2, 2).run(failing, BatchEngineTest::ok, r -> {}, ProgressListener.NONE);
    assertEquals(3, s.filesRead());
    assertEquals(1, s.unreadable());
  }

  /**
   * Inputs go to the workers a few at a time; a walk that fails in the middle of such a chunk still
   * hands over the inputs before the failure first, then the failure, in order.
   */
  @Test
  void aWalkThatFailsInTheMiddleOfAChunkKeepsItsOrder() throws Exception {
    Iterator<InputItem> failing =
        new Iterator<>() {
          int n;

          @Override
          public boolean hasNext() {
            if (n == 5) {
              throw new java.io.UncheckedIOException(new java.io.IOException("disk gone"));
            }
            return true;
          }

          @Override
          public InputItem next() {
            n++;
            return new InputItem.File(Path.of("f" + n), "f" + n, false);
          }
        };
    List<String> seen = new ArrayList<>();
    BatchSummary s =
        new BatchEngine(1, 16)
            .run(failing, BatchEngineTest::ok, r -> seen.add(r.source()), ProgressListener.NONE);
    assertEquals(List.of("f1", "f2", "f3", "f4", "f5", "?"), seen);
    assertEquals(6, s.filesRead());
    assertEquals(1, s.unreadable());
  }

  @Test
  void chunksOfInputsStillComeBackInOrderWithinTheWindow() throws Exception {
    int window = 12;
    AtomicInteger alive = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    List<String> seen = new ArrayList<>();
    new BatchEngine(2, window)
        .run(
            items(500),
            item -> {
              max.accumulateAndGet(alive.incrementAndGet(), Math::max);
              if (ThreadLocalRandom.current().nextInt(10) == 0) {
                Thread.sleep(1);
              }
              return ok(item);
            },
            r -> {
              seen.add(r.source());
              alive.decrementAndGet();
            },
            ProgressListener.NONE);
    assertEquals(IntStream.range(0, 500).mapToObj(i -> "f" + i).toList(), seen);
    assertTrue(max.get() <= window, "results alive at once: " + max.get());
  }

  @Test
  void toldProgressAfterEveryResultAndOnceAtTheEnd() throws Exception {
    List<String> calls = new ArrayList<>();
    new BatchEngine(2, 3)
        .run(
            items(5),
            BatchEngineTest::ok,
            r -> {},
            new ProgressListener() {
              @Override
              public void advanced(long done, long found, boolean walkFinished) {
                assertTrue(done <= found);
                calls.add("advanced " + done);
              }

              @Override
              public void finished() {
                calls.add("finished");
              }
            });
    assertEquals(
        List.of("advanced 1", "advanced 2", "advanced 3", "advanced 4", "advanced 5", "finished"),
        calls);
  }

  @Test
  void aFailingSinkEndsTheBatchAndItsThreads() {
    assertThrows(
        IllegalStateException.class,
        () ->
            new BatchEngine(2, 2)
                .run(
                    items(1000),
                    BatchEngineTest::ok,
                    r -> {
                      throw new IllegalStateException("output closed");
                    },
                    ProgressListener.NONE));
  }

  @Test
  void refusesNonsenseSizes() {
    assertThrows(IllegalArgumentException.class, () -> new BatchEngine(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new BatchEngine(1, 0));
    assertEquals(Runtime.getRuntime().availableProcessors(), BatchEngine.forThreads(0).threads());
    assertEquals(3, BatchEngine.forThreads(3).threads());
  }

  private static List<String> ids(FileResult r) {
    return r.reports().get(0).findings().stream().map(Finding::ruleId).toList();
  }

  /** A thread factory that starts a few threads, then fails as a process or pid limit does. */
  private static java.util.concurrent.ThreadFactory limitedTo(int threads) {
    AtomicInteger made = new AtomicInteger();
    java.util.concurrent.ThreadFactory real = BatchEngine.threadFactory("limited");
    return r -> {
      if (made.incrementAndGet() > threads) {
        throw new OutOfMemoryError(
            "unable to create native thread: possibly out of memory or process/resource limits reached");
      }
      return real.newThread(r);
    };
  }

  @Test
  void aBatchWhoseWorkersCannotBeStartedSaysHowFarItGotAndFails() throws Exception {
    List<FileResult> results = new ArrayList<>();
    BatchSummary summary =
        new BatchEngine(4, 16, limitedTo(2), BatchEngine.threadFactory("walker"))
            .run(items(20_000), BatchEngineTest::ok, results::add, ProgressListener.NONE);
    // Two workers started; the third could not: the batch stops, and says so.
    FileResult last = results.get(results.size() - 1);
    assertEquals(List.of(CliCode.BATCH_STOPPED.id()), ids(last));
    String message = last.reports().get(0).findings().get(0).messageEn();
    assertTrue(
        message.startsWith("The batch stopped after " + (results.size() - 1) + " file(s)"),
        message);
    assertTrue(message.contains("no new thread could be started"), message);
    assertTrue(results.size() < 20_000, "stopped early: " + results.size());
    assertEquals(1, summary.unreadable());
    assertEquals(2, org.disclosurereport.cli.ValidateCommandAccess.exitCode(summary));
  }

  @Test
  void aBatchThatCannotStartItsWalkerReadsNothingAndFails() throws Exception {
    List<FileResult> results = new ArrayList<>();
    BatchSummary summary =
        new BatchEngine(2, 4, BatchEngine.threadFactory("worker"), limitedTo(0))
            .run(items(10), BatchEngineTest::ok, results::add, ProgressListener.NONE);
    assertEquals(1, results.size());
    assertEquals(List.of(CliCode.BATCH_STOPPED.id()), ids(results.get(0)));
    assertTrue(
        results
            .get(0)
            .reports()
            .get(0)
            .findings()
            .get(0)
            .messageEn()
            .startsWith("The batch stopped after 0 file(s)"));
    assertEquals(1, summary.unreadable());
  }

  @Test
  void threadCountsAreBounded() {
    assertThrows(
        IllegalArgumentException.class, () -> new BatchEngine(BatchEngine.MAX_THREADS + 1, 4));
    assertThrows(IllegalArgumentException.class, () -> BatchEngine.forThreads(536_870_912));
    assertEquals(
        BatchEngine.MAX_THREADS, BatchEngine.forThreads(BatchEngine.MAX_THREADS).threads());
  }
}
