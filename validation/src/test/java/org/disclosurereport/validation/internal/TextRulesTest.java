package org.disclosurereport.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextRulesTest {
  private static final Set<String> PLACEHOLDERS = Set.of("无", "暂无", "没有", "无相关情况");

  /** The definition: white space and punctuation removed by a regular expression. */
  private static final Pattern SPACE_OR_PUNCTUATION = Pattern.compile("[\\s\\p{P}]");

  /**
   * Characters of placeholders, white space that {@code \s} does and does not match, ASCII, CJK
   * and full-width punctuation, a letter, and a punctuation mark outside the basic plane.
   */
  private static final List<String> PIECES =
      List.of(
          "无", "暂", "没", "有", "相", "关", "情", "况", "是", " ", "\t", "\n", "\r", "\u000B",
          "\f", "\u3000", "\u00A0", "。", "，", "、", "“", "”", "（", "）", "-", "_", ".", "!",
          "a", "1", new String(Character.toChars(0x1039F)));

  @Test
  void agreesWithTheRegularExpressionOnEveryMixOfTheInterestingCharacters() {
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 12))
        .checkAssert(
            picks -> {
              StringBuilder sb = new StringBuilder();
              picks.forEach(i -> sb.append(PIECES.get(i)));
              String text = sb.toString();
              boolean expected =
                  PLACEHOLDERS.contains(SPACE_OR_PUNCTUATION.matcher(text).replaceAll(""));
              assertEquals(expected, TextRules.isPlaceholder(text), text);
            });
  }

  @Test
  void aPlaceholderAmongSpacesAndPunctuationIsOneAndALongTextIsNot() {
    assertTrue(TextRules.isPlaceholder(" 无。\n"));
    assertTrue(TextRules.isPlaceholder("（暂无）"));
    assertFalse(TextRules.isPlaceholder("\u3000无"));
    assertFalse(TextRules.isPlaceholder("无相关情况说明"));
    assertFalse(TextRules.isPlaceholder("本年度无"));
  }
}
