package org.disclosurereport.benchmarks.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.model.AnnualReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The corpus in the test resources is the one {@link SeedCorpus} generates now, and its seeds are
 * valid documents that give the reports they were written from.
 */
class SeedCorpusTest {
  private static final String REGENERATE =
      "mvn -B -q -pl benchmarks -am verify -Dtest=SeedCorpusTest "
          + "-Dsurefire.failIfNoSpecifiedTests=false -Dhostile.regenerateCorpus=true";

  @ParameterizedTest
  @EnumSource(DocumentReader.class)
  void theFilesAreTheGeneratedOnes(DocumentReader reader) throws IOException {
    Map<String, byte[]> generated = new LinkedHashMap<>(SeedCorpus.seeds(reader));
    generated.putAll(SeedCorpus.hostile(reader));
    if (Boolean.getBoolean("hostile.regenerateCorpus")) {
      Path dir = Path.of("src/test/resources", SeedCorpus.FOLDER + SeedCorpus.method(reader));
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> e : generated.entrySet()) {
        Files.write(dir.resolve(e.getKey()), e.getValue());
      }
      return;
    }
    for (Map.Entry<String, byte[]> e : generated.entrySet()) {
      List<Path> file = SeedCorpus.files(reader, e.getKey());
      assertEquals(1, file.size(), e.getKey() + " is missing; regenerate with: " + REGENERATE);
      assertArrayEquals(
          e.getValue(),
          SeedCorpus.read(file.get(0)),
          e.getKey() + " is stale; regenerate with: " + REGENERATE);
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentReader.class)
  void theSeedsGiveTheirReports(DocumentReader reader) {
    List<Path> seeds = SeedCorpus.files(reader, "seed-");
    assertEquals(2, seeds.size());
    List<AnnualReport> reports = SeedCorpus.reports();
    try (ReaderOracle oracle = new ReaderOracle()) {
      for (Path seed : seeds) {
        Outcome outcome = oracle.check(reader, SeedCorpus.read(seed));
        assertFalse(outcome.hasErrors(), () -> seed + ": " + outcome.ruleIds());
        AnnualReport read = outcome.report().orElseThrow();
        AnnualReport source =
            reports.stream().filter(r -> r.edition() == read.edition()).findFirst().orElseThrow();
        assertEquals(source.cells(), read.cells(), seed.toString());
        assertEquals(
            source.metadata().organName().orElseThrow(),
            read.metadata().organName().orElseThrow(),
            seed.toString());
        if (reader.write(read).isPresent()) {
          assertEquals(source, read, seed + ": the canonical forms keep everything");
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentReader.class)
  void theHandMadeInputsAreThere(DocumentReader reader) {
    assertTrue(SeedCorpus.files(reader, "hostile-").size() >= 8);
  }
}
