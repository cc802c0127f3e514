package org.disclosurereport.testkit.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.disclosurereport.testkit.ReportGenerator;
import org.junit.jupiter.api.Test;

class RandomEntropyTest {
  @Test
  void randomEntropyStaysInItsRange() {
    qt().forAll(longs().between(-1_000, 1_000), integers().between(0, 1_000), longs().all())
        .checkAssert(
            (min, width, seed) -> {
              long v = RandomEntropy.seeded(seed).between(min, min + width);
              assertTrue(
                  v >= min && v <= min + width, v + " outside " + min + ".." + (min + width));
            });
    assertEquals(Long.MAX_VALUE, RandomEntropy.seeded(1).between(Long.MAX_VALUE, Long.MAX_VALUE));
  }

  @Test
  void aSeedGivesTheSameStream() {
    ReportGenerator generator = ReportGenerator.of(org.disclosurereport.edition.Edition.V2019);
    assertEquals(
        RandomEntropy.stream(generator, 5, 3).toList(),
        RandomEntropy.stream(generator, 5, 3).toList());
    assertEquals(
        generator.generate(RandomEntropy.seeded(6)),
        RandomEntropy.stream(generator, 5, 2).toList().get(1));
  }

  @Test
  void aNegativeCountIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RandomEntropy.stream(
                    ReportGenerator.of(org.disclosurereport.edition.Edition.V2021), 1, -1));
    assertEquals("Invalid value for count (valid values 0 or more): -1", e.getMessage());
  }
}
