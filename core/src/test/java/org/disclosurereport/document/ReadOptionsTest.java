package org.disclosurereport.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosurereport.edition.Edition;
import org.junit.jupiter.api.Test;

class ReadOptionsTest {
  @Test
  void theDefaultsAreStrictAndAssumeNothing() {
    ReadOptions o = ReadOptions.defaults();
    assertEquals(Strictness.STRICT, o.strictness());
    assertFalse(o.edition().isPresent());
    assertFalse(o.defaultOrganName().isPresent());
    assertFalse(o.defaultReportYear().isPresent());
    assertEquals(ReadOptions.builder().build(), o);
  }

  @Test
  void strictnessFactoriesGiveTheSharedInstances() {
    assertSame(ReadOptions.defaults(), ReadOptions.of(Strictness.STRICT));
    assertSame(ReadOptions.lenient(), ReadOptions.of(Strictness.LENIENT));
    assertEquals(Strictness.LENIENT, ReadOptions.lenient().strictness());
    assertEquals(ReadOptions.lenient(), ReadOptions.defaults().withStrictness(Strictness.LENIENT));
  }

  @Test
  void assumptionsAreKeptAndMakeOtherOptions() {
    ReadOptions o =
        ReadOptions.builder()
            .edition(Edition.V2021)
            .defaultOrganName("洛宁县人民政府")
            .defaultReportYear(2022)
            .build();
    assertEquals(Edition.V2021, o.edition().orElseThrow());
    assertEquals("洛宁县人民政府", o.defaultOrganName().orElseThrow());
    assertEquals(2022, o.defaultReportYear().getAsInt());
    assertNotEquals(ReadOptions.defaults(), o);
  }

  @Test
  void badOptionsAreRefusedNamingTheOption() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReadOptions.builder().defaultOrganName(" ").build());
    assertTrue(e.getMessage().contains("defaultOrganName"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReadOptions.builder().defaultReportYear(2018).build());
    assertTrue(
        e.getMessage().contains("defaultReportYear") && e.getMessage().contains("2018"),
        e.getMessage());
  }
}
