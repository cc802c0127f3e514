package org.disclosurereport.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.junit.jupiter.api.Test;

class LimitsTest {
  @Test
  void defaultsAreTheDocumentedValues() {
    Limits d = Limits.defaults();
    assertEquals(1L << 20, d.maxDocumentBytes());
    assertEquals(32, d.maxNestingDepth());
    assertEquals(50_000, d.maxTokenCount());
    assertEquals(131_072, d.maxStringLength());
    assertEquals(32, d.maxNumberLength());
    assertEquals(256, d.maxNameLength());
    assertEquals(16, d.maxAttributes());
  }

  @Test
  void buildersCopyAndCheck() {
    Limits l = Limits.defaults().toBuilder().maxNestingDepth(10).build();
    assertEquals(10, l.maxNestingDepth());
    assertNotEquals(Limits.defaults(), l);
    assertEquals(l, l.toBuilder().build());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxNestingDepth(3));
    assertTrue(e.getMessage().contains("maxNestingDepth"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxDocumentBytes(0));
  }

  @Test
  void aSmallerLimitIsEnforcedWithItsValueInTheMessage() {
    ReportJson json =
        ReportJson.create(ReadOptions.defaults(), Limits.builder().maxNestingDepth(8).build());
    ReadResult r = json.readString("{\"a\":[[[[[[[[[1]]]]]]]]]}");
    assertEquals(java.util.List.of("DR-J011"), r.ruleIds());
    assertTrue(
        r.findings().get(0).messageEn().contains("(8, from Limits.maxNestingDepth())"),
        r.findings().get(0).messageEn());
  }
}
