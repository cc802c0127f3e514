package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReaderOptionsTest {
  @Test
  void theDefaultsAssumeNothing() {
    ReaderOptions o = ReaderOptions.defaults();
    assertFalse(o.edition().isPresent());
    assertFalse(o.defaultOrganName().isPresent());
    assertFalse(o.defaultReportYear().isPresent());
    assertEquals(ReaderOptions.DEFAULT_MAX_INPUT_CHARS, o.maxInputChars());
  }

  @Test
  void badOptionsAreRefusedNamingTheOption() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ReaderOptions.builder().maxInputChars(0).build());
    assertTrue(e.getMessage().contains("maxInputChars"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReaderOptions.builder().defaultOrganName(" ").build());
    assertTrue(e.getMessage().contains("defaultOrganName"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReaderOptions.builder().defaultReportYear(2018).build());
    assertTrue(
        e.getMessage().contains("defaultReportYear") && e.getMessage().contains("2018"),
        e.getMessage());
  }
}
