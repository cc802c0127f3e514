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
  private static final Set<String> PLACEHOLDERS =
      Set.of("无", "暂无", "没有", "无相关情况", "暂无相关情况", "无此情况", "无相关问题", "暂无问题", "无问题", "不存在");

  /** The definition: white space and punctuation removed by a regular expression. */
  private static final Pattern SPACE_OR_PUNCTUATION = Pattern.compile("[\\s\\p{P}]");

  /** The definition: a year said first is left out. */
  private static final Pattern YEAR_FIRST = Pattern.compile("^(?:本年度|本年|今年|[0-9０-９]{4}年度?)");

  /**
   * Characters of placeholders, white space that {@code \s} does and does not match, ASCII, CJK and
   * full-width punctuation, a letter, and a punctuation mark outside the basic plane.
   */
  private static final List<String> PIECES =
      List.of(
          "无",
          "暂",
          "没",
          "有",
          "相",
          "关",
          "情",
          "况",
          "是",
          "问",
          "题",
          "此",
          "不",
          "存",
          "在",
          "本",
          "年",
          "度",
          "2",
          "０",
          " ",
          "\t",
          "\n",
          "\r",
          "\u000B",
          "\f",
          "\u3000",
          "\u00A0",
          "。",
          "，",
          "、",
          "“",
          "”",
          "（",
          "）",
          "-",
          "_",
          ".",
          "!",
          "a",
          "1",
          new String(Character.toChars(0x1039F)));

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
                  PLACEHOLDERS.contains(
                      YEAR_FIRST
                          .matcher(SPACE_OR_PUNCTUATION.matcher(text).replaceAll(""))
                          .replaceFirst(""));
              assertEquals(expected, TextRules.isPlaceholder(text), text);
            });
  }

  @Test
  void aPlaceholderAmongSpacesAndPunctuationIsOneAndALongTextIsNot() {
    assertTrue(TextRules.isPlaceholder(" 无。\n"));
    assertTrue(TextRules.isPlaceholder("（暂无）"));
    assertFalse(TextRules.isPlaceholder("\u3000无"));
    assertFalse(TextRules.isPlaceholder("无相关情况说明"));
    // A year said first adds nothing; a phrase that goes on says something.
    assertTrue(TextRules.isPlaceholder("本年度无。"));
    assertTrue(TextRules.isPlaceholder("2021年度暂无问题"));
    assertFalse(TextRules.isPlaceholder("本年度无重大问题，但更新不够及时"));
    assertFalse(TextRules.isPlaceholder("无相关问题需要整改的情况以外还有"));
  }
}
