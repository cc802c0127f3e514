package org.disclosurereport.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BoundedQuotesTest {
  private static final String HUGE = "9".repeat(2_000_000);

  @Test
  void aHugeArgumentIsQuotedByItsStartAndItsLengthInBothLanguages() {
    Finding f = Finding.of(RuleCode.NON_NEGATIVE_COUNT, "labels", "x", "value", HUGE).build();
    String en = f.messageEn();
    String zh = f.messageZh();
    assertTrue(en.contains("9".repeat(300) + "… (2,000,000 characters)"), en);
    assertTrue(zh.contains("9".repeat(300) + "…（共 2,000,000 个字符）"), zh);
    assertFalse(en.contains("9".repeat(301)), en);
    assertTrue(en.length() < 1_000 && zh.length() < 1_000);
    assertEquals(
        f, Finding.builder().from(f).build(), "bounding a bounded finding changes nothing");
  }

  @Test
  void aHugeSourceTextIsBoundedWhereverTheLocationIsBuilt() {
    FindingLocation l = FindingLocation.builder().sourceText(HUGE).labels(HUGE).build();
    assertEquals("9".repeat(300) + "… (2,000,000 characters)", l.sourceText().orElseThrow());
    assertEquals(l.sourceText(), l.labels());
    assertEquals(l, FindingLocation.builder().from(l).build());
  }

  @Test
  void shortTextsAreKeptAsTheyAreAndNoSurrogatePairIsCut() {
    LocalizedText shortText = LocalizedText.of("9".repeat(350));
    assertSame(shortText, MessageRenderer.bounded(shortText));
    String emoji = "a".repeat(299) + "😀".repeat(100);
    String cut = MessageRenderer.bounded(emoji, Locale.ENGLISH);
    assertTrue(cut.startsWith("a".repeat(299) + "…"), cut);
    assertTrue(cut.endsWith("(499 characters)"), cut);
    assertEquals(cut, MessageRenderer.bounded(cut, Locale.ENGLISH));
  }
}
