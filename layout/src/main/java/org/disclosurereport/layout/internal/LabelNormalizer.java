package org.disclosurereport.layout.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Brings a label as printed to the form in which it is compared with the labels of the edition
 * description.
 *
 * <p>Published copies of the format differ from it in ways that do not change what a label means:
 * full-width or half-width punctuation, spaces and line breaks inside a label ({@code 本年新<br>制作数量},
 * {@code 自 然 人}), curly or straight quotes, {@code 1、} for {@code 1.}, {@code 、} for {@code ，}, and
 * copies converted to traditional characters. {@link #normalize(String)} removes all of these
 * differences; it is applied to both sides of every comparison, so it only has to be consistent,
 * not pretty.
 *
 * <p>The traditional-character table is deliberately small: it covers the characters of the labels
 * of both editions (and of the page metadata and report titles the readers look for) that have a
 * distinct traditional form, plus two words that conversion tools replace as words ({@code 檔案} for
 * {@code 文件}, {@code 資訊} for {@code 信息}). A test derives the set of needed characters from the
 * edition description, so a new label with a new character cannot slip by.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelNormalizer {
  /** Pairs of traditional and simplified characters, two characters per pair. */
  private static final String TRADITIONAL_PAIRS =
      "萬万業业為为爲为舉举於于會会體体關关內内決决況况減减製制辦办務务動动區区單单發发後后國国處处"
          + "復复複复審审對对屬属廢废開开強强當当總总執执護护報报據据數数無无機机權权條条構构沒没現现"
          + "確确穩稳類类係系糾纠納纳組组織织經经結结繼继續续維维繳缴罰罚範范獲获補补規规計计認认議议"
          + "許许訟讼訪访訴诉詢询請请購购費费轉转過过這这進进採采問问項项題题額额號号佈布時时間间統统"
          + "碼码劃划";

  /** Words that conversion tools replace as words, traditional first; same length both sides. */
  private static final String[][] TRADITIONAL_WORDS = {{"檔案", "文件"}, {"資訊", "信息"}};

  private static final Map<Character, Character> TRADITIONAL = new HashMap<>();

  /** The same table as an array indexed by character, for speed; 0 where nothing changes. */
  private static final char[] SIMPLIFIED = new char[Character.MAX_VALUE + 1];

  static {
    for (int i = 0; i < TRADITIONAL_PAIRS.length(); i += 2) {
      TRADITIONAL.put(TRADITIONAL_PAIRS.charAt(i), TRADITIONAL_PAIRS.charAt(i + 1));
      SIMPLIFIED[TRADITIONAL_PAIRS.charAt(i)] = TRADITIONAL_PAIRS.charAt(i + 1);
    }
  }

  /** The numerals of a leading enumerator such as {@code 十二、}. */
  private static final String CHINESE_NUMERALS = "一二三四五六七八九十";

  private LabelNormalizer() {}

  /**
   * Returns the traditional-to-simplified table, for tests.
   *
   * @return an unmodifiable copy
   */
  public static Map<Character, Character> traditionalTable() {
    return Map.copyOf(TRADITIONAL);
  }

  /**
   * Replaces the traditional characters and words of the table by their simplified forms, keeping
   * everything else, and the length, unchanged: a position in the result is the same position in
   * the input.
   *
   * @param text any text
   * @return the text with simplified characters
   */
  public static String simplify(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char simple = SIMPLIFIED[text.charAt(i)];
      if (simple != 0) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = simple;
      }
    }
    String s = chars == null ? text : new String(chars);
    for (String[] word : TRADITIONAL_WORDS) {
      if (s.indexOf(word[0].charAt(0)) >= 0) {
        s = s.replace(word[0], word[1]);
      }
    }
    return s;
  }

  /**
   * Returns the comparison form of a label: compatibility forms folded (full-width to half-width),
   * white space and invisible characters removed, traditional characters simplified, quotes
   * unified, a leading enumerator written one way ({@code 一、}, {@code 1.}), any other {@code 、}
   * written as {@code ,}, a trailing colon removed.
   *
   * @param label a label as printed, possibly with line breaks
   * @return the comparison form, possibly empty
   */
  public static String normalize(String label) {
    String folded = Normalizer.normalize(label, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (isDropped(c)) {
        continue;
      }
      b.append(unifyQuote(c));
    }
    String s = simplify(b.toString());
    String prefix = "";
    int chinese = 0;
    while (chinese < s.length() && CHINESE_NUMERALS.indexOf(s.charAt(chinese)) >= 0) {
      chinese++;
    }
    int digits = 0;
    while (digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
      digits++;
    }
    if (chinese > 0 && chinese < s.length() && "、.,:".indexOf(s.charAt(chinese)) >= 0) {
      // ^([一二三四五六七八九十]+)[、.,:]
      prefix = s.substring(0, chinese) + "、";
      s = s.substring(chinese + 1);
    } else if (digits > 0
        && digits <= 2
        && digits < s.length()
        && "、.,".indexOf(s.charAt(digits)) >= 0) {
      // ^(\d{1,2})[、.,]: with three digits or more, no shorter run is followed by a separator
      prefix = s.substring(0, digits) + ".";
      s = s.substring(digits + 1);
    }
    s = s.replace('、', ',');
    while (s.endsWith(":")) {
      s = s.substring(0, s.length() - 1);
    }
    return prefix + s;
  }

  /**
   * Whether normalisation drops a character: white space, a space character, an invisible one.
   * Ideographs, most of a label, are answered first.
   */
  static boolean isDropped(char c) {
    if (c >= '\u4e00' && c <= '\u9fff') {
      return false;
    }
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c);
  }

  private static boolean isInvisible(char c) {
    return (c >= '\u200b' && c <= '\u200f') || c == '\ufeff' || c == '\u2060' || c == '\u00ad';
  }

  private static char unifyQuote(char c) {
    switch (c) {
      case '“', '”', '„', '‟', '«', '»', '「', '」', '『', '』', '\'', '‘', '’':
        return '"';
      default:
        return c;
    }
  }

  /**
   * Splits a trailing note off a normalized label: a closing parenthesis and its opening one
   * ({@code 上一年项目数量(指2019年事项数)}), or an opening parenthesis never closed because the text was cut
   * off ({@code 采购项目数量(指202}). Hubei's reports append such notes to official labels.
   *
   * @param normalized a label in {@link #normalize(String) comparison form}
   * @return the label without the note and the note, or empty when there is no note or nothing
   *     would be left
   */
  public static Optional<String[]> splitTrailingNote(String normalized) {
    int open = -1;
    if (normalized.endsWith(")")) {
      int depth = 0;
      for (int i = normalized.length() - 1; i >= 0; i--) {
        char c = normalized.charAt(i);
        if (c == ')') {
          depth++;
        } else if (c == '(') {
          depth--;
          if (depth == 0) {
            open = i;
            break;
          }
        }
      }
    } else {
      int lastOpen = normalized.lastIndexOf('(');
      if (lastOpen >= 0 && normalized.indexOf(')', lastOpen) < 0) {
        open = lastOpen;
      }
    }
    if (open <= 0) {
      return Optional.empty();
    }
    return Optional.of(new String[] {normalized.substring(0, open), normalized.substring(open)});
  }
}
