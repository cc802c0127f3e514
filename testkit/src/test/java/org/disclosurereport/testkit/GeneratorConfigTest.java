package org.disclosurereport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosurereport.edition.Edition;
import org.junit.jupiter.api.Test;

class GeneratorConfigTest {
  @Test
  void defaultYearsAreTheEditionsYears() {
    GeneratorConfig trial = GeneratorConfig.of(Edition.V2019);
    assertEquals(2019, trial.firstYear());
    assertEquals(2020, trial.lastYear());
    GeneratorConfig current = GeneratorConfig.of(Edition.V2021);
    assertEquals(2021, current.firstYear());
    assertEquals(2030, current.lastYear());
    assertEquals(0, current.blankPercent());
    assertTrue(current.organLevel().isEmpty());
  }

  @Test
  void everyLimitIsChecked() {
    assertRefused("blankPercent", GeneratorConfig.builder().edition(Edition.V2021).blankPercent(101));
    assertRefused("maxTextLength", GeneratorConfig.builder().edition(Edition.V2021).maxTextLength(-1));
    assertRefused("firstYear", GeneratorConfig.builder().edition(Edition.V2021).firstYear(2018));
    assertRefused("maxCount", GeneratorConfig.builder().edition(Edition.V2021).maxCount(1_000_000_001L));
  }

  private static void assertRefused(String setting, GeneratorConfig.Builder builder) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertTrue(e.getMessage().startsWith("Invalid value for " + setting + " "), e.getMessage());
  }
}
