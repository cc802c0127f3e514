package org.disclosurereport.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrganCodesTest {
  private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /**
   * GB 32100-2015: the weighted sum of the 17 characters plus the check character is a multiple of
   * 31.
   */
  private static boolean checks(String code) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CREDIT_CHARS.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return (sum + CREDIT_CHARS.indexOf(code.charAt(17))) % 31 == 0;
  }

  @ParameterizedTest
  @EnumSource(OrganLevel.class)
  void codesHaveTheShapeOfTheirLevel(OrganLevel level) {
    RandomEntropy entropy = RandomEntropy.seeded(level.ordinal());
    for (int i = 0; i < 500; i++) {
      String division = OrganCodes.division(entropy, level);
      assertTrue(division.matches("[1-6]\\d{5}"), division);
      if (level == OrganLevel.PROVINCIAL) {
        assertTrue(division.endsWith("0000"), division);
      } else if (level == OrganLevel.MUNICIPAL) {
        assertTrue(division.endsWith("00") && !division.endsWith("0000"), division);
      }
      String credit = OrganCodes.credit(entropy, division);
      assertEquals(18, credit.length());
      assertEquals("11" + division, credit.substring(0, 8));
      assertTrue(credit.chars().allMatch(c -> CREDIT_CHARS.indexOf(c) >= 0), credit);
      assertTrue(checks(credit), credit);
      String other = OrganCodes.another(credit);
      assertNotEquals(credit, other);
      assertTrue(checks(other), other);
      String index = OrganCodes.indexNumber(entropy, i % 2 == 0 ? credit : null, 2022);
      assertTrue(
          index.matches("\\d{9}/2022-\\d{5}") || index.matches(credit + "/20220[1-3]-\\d{5}"),
          index);
    }
  }
}
