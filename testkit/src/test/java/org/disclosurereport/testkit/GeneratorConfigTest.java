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
    assertRefused(
        "blankPercent", GeneratorConfig.builder().edition(Edition.V2021).blankPercent(101));
    assertRefused(
        "maxTextLength", GeneratorConfig.builder().edition(Edition.V2021).maxTextLength(-1));
    assertRefused("firstYear", GeneratorConfig.builder().edition(Edition.V2021).firstYear(2018));
    assertRefused(
        "maxCount", GeneratorConfig.builder().edition(Edition.V2021).maxCount(1_000_000_001L));
    assertRefused(
        "minAmountScale", GeneratorConfig.builder().edition(Edition.V2021).minAmountScale(-1));
    assertRefused(
        "maxAmountScale",
        GeneratorConfig.builder().edition(Edition.V2021).minAmountScale(0).maxAmountScale(7));
    assertRefused(
        "maxAmountScale",
        GeneratorConfig.builder().edition(Edition.V2021).minAmountScale(3).maxAmountScale(2));
    assertRefused(
        "unstatedUnitPercent",
        GeneratorConfig.builder().edition(Edition.V2021).unstatedUnitPercent(101));
    assertRefused(
        "metadataPercents[creditCode]",
        GeneratorConfig.builder()
            .edition(Edition.V2021)
            .putMetadataPercents(MetadataField.CREDIT_CODE, -1));
    assertRefused(
        "headingPercent", GeneratorConfig.builder().edition(Edition.V2021).headingPercent(-1));
    assertRefused(
        "maxParagraphs", GeneratorConfig.builder().edition(Edition.V2021).maxParagraphs(0));
    assertRefused(
        "specialCharacterPercent",
        GeneratorConfig.builder().edition(Edition.V2021).specialCharacterPercent(101));
    assertRefused("feesPercent", GeneratorConfig.builder().edition(Edition.V2021).feesPercent(101));
    assertRefused(
        "supplementaryRowPercent",
        GeneratorConfig.builder().edition(Edition.V2021).supplementaryRowPercent(-5));
  }

  @Test
  void aMetadataFieldNotSetHasItsDefault() {
    GeneratorConfig config =
        GeneratorConfig.builder()
            .edition(Edition.V2019)
            .putMetadataPercents(MetadataField.ORGAN_KIND, 30)
            .build();
    assertEquals(30, config.metadataPercent(MetadataField.ORGAN_KIND));
    assertEquals(100, config.metadataPercent(MetadataField.ORGAN_LEVEL));
    assertEquals(0, config.metadataPercent(MetadataField.TITLE));
    GeneratorConfig changed = config.withMetadataPercent(MetadataField.TITLE, 70);
    assertEquals(70, changed.metadataPercent(MetadataField.TITLE));
    assertEquals(30, changed.metadataPercent(MetadataField.ORGAN_KIND));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> config.withMetadataPercent(MetadataField.TITLE, 101));
    assertTrue(
        e.getMessage().startsWith("Invalid value for metadataPercents[title] "), e.getMessage());
  }

  @Test
  void variedTurnsEveryVarietyOnAndKeepsTheEditionsYears() {
    GeneratorConfig varied = GeneratorConfig.varied(Edition.V2021);
    GeneratorConfig plain = GeneratorConfig.of(Edition.V2021);
    assertEquals(plain.firstYear(), varied.firstYear());
    assertEquals(plain.lastYear(), varied.lastYear());
    assertTrue(varied.minAmountScale() < varied.maxAmountScale());
    assertTrue(varied.unstatedUnitPercent() > 0);
    assertTrue(varied.headingPercent() > 0);
    assertTrue(varied.maxParagraphs() > 1);
    assertTrue(varied.specialCharacterPercent() > 0);
    assertTrue(varied.feesPercent() > 0 && varied.feesPercent() < 100);
    assertTrue(varied.supplementaryRowPercent() > 0);
    for (MetadataField field : MetadataField.values()) {
      int percent = varied.metadataPercent(field);
      assertTrue(percent > 0 && percent < 100, field.key());
    }
  }

  private static void assertRefused(String setting, GeneratorConfig.Builder builder) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertTrue(e.getMessage().startsWith("Invalid value for " + setting + " "), e.getMessage());
  }
}
