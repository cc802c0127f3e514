package org.disclosurereport.benchmarks.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.benchmarks.hostile.Mutator.Kind;
import org.disclosurereport.benchmarks.hostile.Mutator.Mutant;
import org.disclosurereport.model.AnnualReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fixed-seed campaign of the test suite: thousands of mutants of the corpus's seeds, made by
 * {@link Mutator} without libFuzzer, each checked by the {@link ReaderOracle}; mutants that kept
 * their meaning must give the seed's report.
 *
 * <p>A failing mutant is written to {@code target/hostile-failures/<reader>/}; once the reader is
 * fixed, copy it into the corpus folder as {@code crash-<what>} so that {@link ReadersFuzzTest}
 * replays it for good.
 */
class MutationCampaignTest {
  /** The seed of the campaign: change it to explore, keep it to reproduce. */
  static final long SEED = 2026_11_28L;

  private static final Map<DocumentReader, Integer> MUTANTS =
      Map.of(
          DocumentReader.JSON,
          1_200,
          DocumentReader.XML,
          800,
          DocumentReader.HTML,
          250,
          DocumentReader.TEXT,
          500);

  @ParameterizedTest
  @EnumSource(DocumentReader.class)
  void everyMutantIsReadSafelyAndMeaningIsKept(DocumentReader reader) {
    List<Path> seeds = SeedCorpus.files(reader, "seed-");
    assertFalse(seeds.isEmpty());
    List<byte[]> documents = seeds.stream().map(SeedCorpus::read).toList();
    Mutator mutator = new Mutator(SEED + reader.ordinal());
    Map<Kind, Integer> tried = new EnumMap<>(Kind.class);
    List<String> failures = new ArrayList<>();
    try (ReaderOracle oracle = new ReaderOracle()) {
      oracle.warmUp(reader, documents, ReadersFuzzTest.WARM_UP_ROUNDS);
      List<AnnualReport> originals =
          documents.stream().map(d -> oracle.check(reader, d).report().orElseThrow()).toList();
      for (int i = 0; i < MUTANTS.get(reader); i++) {
        int s = i % documents.size();
        Mutant mutant = mutator.mutate(reader, documents.get(s));
        tried.merge(mutant.kind(), 1, Integer::sum);
        try {
          if (mutant.kind().isMeaningKept()) {
            oracle.checkSameReport(reader, mutant.bytes(), originals.get(s));
          } else {
            oracle.check(reader, mutant.bytes());
          }
        } catch (HostileInputFailure f) {
          failures.add(keep(reader, i, mutant, seeds.get(s), f));
        }
      }
    }
    assertEquals(Mutator.kinds(reader), tried.keySet(), "every kind of mutation was tried");
    assertEquals(
        List.of(), failures, failures.size() + " of " + MUTANTS.get(reader) + " mutants failed");
  }

  private static String keep(
      DocumentReader reader, int i, Mutant mutant, Path seed, HostileInputFailure f) {
    Path dir = Path.of("target", "hostile-failures", SeedCorpus.method(reader));
    Path file =
        dir.resolve(
            i
                + "-"
                + mutant.kind().name().toLowerCase(java.util.Locale.ROOT)
                + "."
                + reader.suffix());
    try {
      Files.createDirectories(dir);
      Files.write(file, mutant.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String message = String.valueOf(f.getMessage());
    return file
        + " ("
        + mutant.kind()
        + " of "
        + seed.getFileName()
        + "): "
        + (message.length() > 300 ? message.substring(0, 300) + "…" : message);
  }
}
