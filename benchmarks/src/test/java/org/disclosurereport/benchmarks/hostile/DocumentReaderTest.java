package org.disclosurereport.benchmarks.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.disclosurereport.model.AnnualReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentReaderTest {
  @ParameterizedTest
  @EnumSource(DocumentReader.class)
  void everyReaderReadsItsSeedsAndTheCanonicalOnesWriteThemBack(DocumentReader reader) {
    for (Map.Entry<String, byte[]> seed : SeedCorpus.seeds(reader).entrySet()) {
      Outcome outcome = reader.read(seed.getValue());
      assertFalse(outcome.hasErrors(), seed.getKey() + " " + outcome.ruleIds());
      AnnualReport report = outcome.report().orElseThrow();
      boolean canonical = reader == DocumentReader.JSON || reader == DocumentReader.XML;
      assertEquals(canonical, reader.write(report).isPresent());
      reader
          .write(report)
          .ifPresent(bytes -> assertEquals(outcome.report(), reader.read(bytes).report()));
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentReader.class)
  void bytesThatAreNoUtf8StillReachTheReader(DocumentReader reader) {
    Outcome outcome = reader.read(new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xFF, 'x'});
    assertTrue(outcome.report().isEmpty());
    assertTrue(outcome.hasErrors(), outcome.ruleIds()::toString);
  }
}
