package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosurereport.document.ReadOptions;
import org.junit.jupiter.api.Test;

class LayoutLimitsTest {
  @Test
  void theDefaultsAreThoseDocumented() {
    LayoutLimits l = LayoutLimits.defaults();
    assertEquals(20_000_000, l.maxInputChars());
    assertEquals(200_000, l.maxCells());
    assertEquals(1_000, l.maxTables());
    PublishedReportReader reader = PublishedReportReader.create();
    assertEquals(l, reader.limits());
    assertEquals(ReadOptions.defaults(), reader.options());
  }

  @Test
  void aLimitBelowOneIsRefusedNamingIt() {
    for (String name : new String[] {"maxInputChars", "maxCells", "maxTables"}) {
      LayoutLimits.Builder b = LayoutLimits.builder();
      switch (name) {
        case "maxInputChars" -> b.maxInputChars(0);
        case "maxCells" -> b.maxCells(0);
        default -> b.maxTables(0);
      }
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
      assertTrue(e.getMessage().contains(name), e.getMessage());
    }
  }

  @Test
  void theReaderReadsWithTheLimitsItWasGiven() {
    PublishedReportReader reader =
        PublishedReportReader.create(
            ReadOptions.defaults(), LayoutLimits.builder().maxInputChars(10).build());
    assertEquals(
        java.util.List.of("DR-L001"), reader.readText("一、总体情况\n" + "1".repeat(20)).ruleIds());
  }
}
