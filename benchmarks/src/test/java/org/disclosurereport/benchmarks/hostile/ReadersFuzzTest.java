package org.disclosurereport.benchmarks.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;

/**
 * Jazzer fuzz tests of every reader, each input checked by the {@link ReaderOracle}.
 *
 * <p>In the test suite (regression mode) each method reads every file of its corpus folder, {@code
 * src/test/resources/org/disclosurereport/benchmarks/hostile/ReadersFuzzTestInputs/<method>/}: the
 * valid seeds, the hand-made hostile inputs and every crash input kept from earlier runs. With
 * {@code JAZZER_FUZZ=1} one method is fuzzed from those seeds by libFuzzer, and a crash input is
 * written into the folder, where the suite replays it from then on:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl benchmarks -am test -Dtest=ReadersFuzzTest#json \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m
 * </pre>
 *
 * <p>See the module's README for what the long run needs.
 */
class ReadersFuzzTest {
  /** How often the seeds are read before inputs are timed. */
  static final int WARM_UP_ROUNDS = 10;

  private static final ReaderOracle ORACLE = new ReaderOracle();

  private static final Set<DocumentReader> WARM = EnumSet.noneOf(DocumentReader.class);

  /**
   * Reads an input, the seeds first for the first input of a reader. The warm-up happens inside the
   * fuzz test, not before it, so that when fuzzing the readers' classes are loaded after Jazzer's
   * agent, which instruments them for coverage as they load.
   */
  private static void read(DocumentReader reader, byte[] input) {
    if (WARM.add(reader)) {
      ORACLE.warmUp(
          reader,
          SeedCorpus.files(reader, "seed-").stream().map(SeedCorpus::read).toList(),
          WARM_UP_ROUNDS);
    }
    ORACLE.check(reader, input);
  }

  @AfterAll
  static void stopTheOracle() {
    ORACLE.close();
  }

  @FuzzTest(maxDuration = "5m")
  void json(byte[] input) {
    read(DocumentReader.JSON, input);
  }

  @FuzzTest(maxDuration = "5m")
  void xml(byte[] input) {
    read(DocumentReader.XML, input);
  }

  @FuzzTest(maxDuration = "5m")
  void html(byte[] input) {
    read(DocumentReader.HTML, input);
  }

  @FuzzTest(maxDuration = "5m")
  void text(byte[] input) {
    read(DocumentReader.TEXT, input);
  }
}
