package org.disclosurereport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.junit.jupiter.api.Test;

class EntropyTest {
  /** An entropy that always answers the smallest value allowed, as a fully shrunk engine does. */
  private static final Entropy SMALLEST = (min, max) -> min;

  @Test
  void smallestChoicesAreFalseAndFirst() {
    assertFalse(SMALLEST.chance(99));
    assertEquals("a", SMALLEST.pick(List.of("a", "b")));
  }

  @Test
  void certainAndImpossibleChancesDrawNothing() {
    Entropy none =
        (min, max) -> {
          throw new AssertionError("no draw expected");
        };
    assertTrue(none.chance(100));
    assertFalse(none.chance(0));
  }

  @Test
  void chanceHasItsProbability() {
    RandomEntropy entropy = RandomEntropy.seeded(1);
    int hits = 0;
    for (int i = 0; i < 10_000; i++) {
      hits += entropy.chance(30) ? 1 : 0;
    }
    assertTrue(hits > 2_700 && hits < 3_300, "hits " + hits);
  }

  @Test
  void badArgumentsNameTheValue() {
    IllegalArgumentException range =
        assertThrows(IllegalArgumentException.class, () -> RandomEntropy.seeded(1).between(3, 2));
    assertEquals(
        "Invalid range for Entropy.between (max must be at least min): [3, 2]", range.getMessage());
    IllegalArgumentException percent =
        assertThrows(IllegalArgumentException.class, () -> SMALLEST.chance(101));
    assertEquals("Invalid value for percent (valid values 0 - 100): 101", percent.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SMALLEST.pick(List.of()));
  }
}
