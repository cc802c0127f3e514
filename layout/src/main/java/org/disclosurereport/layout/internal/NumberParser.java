package org.disclosurereport.layout.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.layout.ReaderRule;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.ReportShapeException;

/**
 * Reads the text of one numeric cell as published.
 *
 * <p>Accepted: thousands separators ({@code 33,764}), full-width digits and signs, an explicit
 * {@code +} or {@code -}, a money unit written in the cell ({@code 75394432.52元}, {@code
 * 160.5964万元}), and a counting word after a count ({@code 5件}). The marks used for nothing ({@code
 * /}, {@code -}, {@code —}, an empty cell) read as blank, never as zero. Anything else is a problem
 * with a stable {@link ReaderRule}; the cell is then blank and the caller reports the raw text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NumberParser {
  private static final Pattern NBSP_ENTITY = Pattern.compile("(?i)&(?:nbsp|#160|#xa0);?");

  private static final Pattern BLANK_MARK = Pattern.compile("[/\\\\\\-—–―─_~]*");
  private static final String COUNT_WORDS = "件|个|条|项|次|宗|份|人次|家";
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<sign>[+-])?(?<int>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<frac>\\d+))?"
              + "(?<unit>"
              + moneySymbols()
              + "|"
              + COUNT_WORDS
              + ")?");
  private static final Pattern VALUE_LIKE =
      Pattern.compile("[+\\-]*[0-9][0-9,.+\\-]*(?:" + moneySymbols() + "|" + COUNT_WORDS + ")?");
  private static final Pattern NOTHING_WORDS = Pattern.compile("无|零|空|暂无|〇");

  /** An enumerator that begins a label ({@code 1.}), cut from it by a line break. */
  private static final Pattern ENUMERATOR = Pattern.compile("\\d{1,2}\\.");

  private NumberParser() {}

  private static String moneySymbols() {
    StringBuilder b = new StringBuilder();
    // Longest symbol first, so that 万元 is not read as 万 followed by 元.
    MoneyUnit[] units = MoneyUnit.values();
    java.util.Arrays.sort(units, (a, c) -> c.symbol().length() - a.symbol().length());
    for (MoneyUnit u : units) {
      if (!u.symbol().isEmpty()) {
        b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(u.symbol()));
      }
    }
    return b.toString();
  }

  /**
   * The outcome of reading a cell: a value (possibly blank) or a problem.
   *
   * @param value the value; blank when the cell is blank or unreadable
   * @param problem the rule broken, or null
   * @param explicitUnit the money unit written in the cell, or null
   * @param negative for {@link ReaderRule#CELL_NEGATIVE}, the negative number read; else null
   */
  public record Parsed(
      CellValue value, ReaderRule problem, MoneyUnit explicitUnit, BigDecimal negative) {
    static Parsed of(CellValue value) {
      return new Parsed(value, null, null, null);
    }

    static Parsed problem(ReaderRule rule) {
      return new Parsed(CellValue.blank(), rule, null, null);
    }

    static Parsed negative(BigDecimal value) {
      return new Parsed(CellValue.blank(), ReaderRule.CELL_NEGATIVE, null, value);
    }

    /**
     * Whether the cell could not be read.
     *
     * @return true when there is a problem
     */
    public boolean failed() {
      return problem != null;
    }
  }

  /**
   * Whether a text looks like the content of a numeric cell (a number, malformed or not, a mark for
   * nothing, or a word for nothing) rather than a label or prose.
   *
   * @param raw the text as printed
   * @return true for cell-like text
   */
  public static boolean looksLikeValue(String raw) {
    if (raw.length() > 1000) {
      return false;
    }
    if (isPlainDigits(raw)) {
      return true;
    }
    return !startsWithPlainIdeograph(raw) && looksLikeValueByPatterns(raw);
  }

  /**
   * Whether text is 1 to 32 ASCII digits, the commonest cell: such text is a value, as the patterns
   * would say ({@code VALUE_LIKE} matches it; the enumerator pattern needs a dot), without them.
   */
  private static boolean isPlainDigits(String raw) {
    int n = raw.length();
    if (n == 0 || n > 32) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@link #looksLikeValue} without the shortcut for text starting with an ideograph. */
  static boolean looksLikeValueByPatterns(String raw) {
    String s = compact(raw);
    if (s.length() > 32 || ENUMERATOR.matcher(s).matches()) {
      return false;
    }
    return BLANK_MARK.matcher(s).matches()
        || VALUE_LIKE.matcher(s).matches()
        || NOTHING_WORDS.matcher(s).matches();
  }

  /**
   * Whether a text is blank or a mark for nothing.
   *
   * @param raw the text as printed
   * @return true when the cell reads as blank
   */
  public static boolean isBlank(String raw) {
    if (!raw.isEmpty() && raw.charAt(0) >= '0' && raw.charAt(0) <= '9') {
      return false; // a figure, as most cells are: a digit is no mark for nothing
    }
    return BLANK_MARK.matcher(compact(raw)).matches();
  }

  /**
   * Whether the first character that {@link #compact} keeps is a CJK ideograph that starts none of
   * the words for nothing: such text is a label or prose, never a value, and most text is. NFKC
   * leaves these ideographs as they are, so the answer is that of the compacted text.
   */
  private static boolean startsWithPlainIdeograph(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isDropped(c)) {
        continue;
      }
      return c >= '\u4e00' && c <= '\u9fff' && c != '无' && c != '零' && c != '空' && c != '暂';
    }
    return false;
  }

  private static boolean isDropped(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }

  private static String compact(String raw) {
    if (isPrintableAscii(raw) && raw.indexOf('&') < 0) {
      // NFKC leaves ASCII as it is, and there is no white space to drop (an entity such as
      // &nbsp; still needs the general path).
      return raw;
    }
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    if (s.indexOf('&') >= 0) {
      // Text copied from a page keeps the entity of an empty cell: it is a blank cell.
      s = NBSP_ENTITY.matcher(s).replaceAll("");
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDropped(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Whether every character is ASCII from {@code !} to {@code ~}: no space, no control. */
  private static boolean isPrintableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a cell printed as plain digits, the commonest cell, as {@link #parse} reads it, without
   * the wrapper {@link #parse} makes for every cell: the value, or null when the text is anything
   * else or out of range ({@link #parse} then says what it is).
   *
   * @param raw the cell text
   * @param kind the column's kind
   * @param columnUnit the column's unit, or null when it has none
   * @return the value, or null
   */
  public static CellValue plainValue(String raw, CellKind kind, MoneyUnit columnUnit) {
    try {
      return plainDigitsValue(raw, kind, columnUnit);
    } catch (ReportShapeException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * Reads plain digits (at most 18, so that they fit a long), the commonest cell, as the general
   * path would: a whole number without sign, separator, fraction or unit. Null for anything else.
   */
  private static Parsed plainDigits(String s, CellKind kind, MoneyUnit columnUnit) {
    try {
      CellValue value = plainDigitsValue(s, kind, columnUnit);
      return value == null ? null : Parsed.of(value);
    } catch (ReportShapeException | ArithmeticException e) {
      return Parsed.problem(ReaderRule.CELL_OUT_OF_RANGE);
    }
  }

  /** The value of plain digits, null for anything else; throws when it is out of range. */
  private static CellValue plainDigitsValue(String s, CellKind kind, MoneyUnit columnUnit) {
    int n = s.length();
    if (n == 0 || n > 18) {
      return null;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      v = v * 10 + (c - '0');
    }
    switch (kind) {
      case COUNT:
        return CellValue.count(v);
      case CHANGE:
        return CellValue.change(v);
      case AMOUNT:
        return CellValue.amount(
            new BigDecimal(s), columnUnit == null ? MoneyUnit.UNSTATED : columnUnit);
      default:
        return null;
    }
  }

  /**
   * Reads a cell.
   *
   * @param raw the text as printed
   * @param kind the kind of the cell's column
   * @param columnUnit for amounts, the unit the column's label declares (as printed, or else as the
   *     format declares it); null when none
   * @return the value or the problem
   */
  public static Parsed parse(String raw, CellKind kind, MoneyUnit columnUnit) {
    String s = compact(raw);
    Parsed plain = plainDigits(s, kind, columnUnit);
    if (plain != null) {
      return plain;
    }
    if (BLANK_MARK.matcher(s).matches()) {
      return Parsed.of(CellValue.blank());
    }
    Matcher m = NUMBER.matcher(s);
    if (!m.matches()) {
      return Parsed.problem(ReaderRule.CELL_UNREADABLE);
    }
    boolean negative = "-".equals(m.group("sign"));
    String digits = m.group("int").replace(",", "");
    String frac = m.group("frac");
    String unitText = m.group("unit");
    Optional<MoneyUnit> money =
        unitText == null ? Optional.empty() : MoneyUnit.fromSymbol(unitText);
    boolean countWord = unitText != null && money.isEmpty();
    try {
      switch (kind) {
        case COUNT, CHANGE -> {
          if (money.isPresent()) {
            return Parsed.problem(ReaderRule.CELL_UNREADABLE);
          }
          if (frac != null) {
            return Parsed.problem(ReaderRule.CELL_NOT_WHOLE);
          }
          BigInteger whole = new BigInteger(digits);
          if (whole.bitLength() > 62) {
            return Parsed.problem(ReaderRule.CELL_OUT_OF_RANGE);
          }
          long v = whole.longValueExact();
          if (kind == CellKind.COUNT) {
            if (negative && v != 0) {
              return Parsed.negative(BigDecimal.valueOf(-v));
            }
            return Parsed.of(CellValue.count(v));
          }
          return Parsed.of(CellValue.change(negative ? -v : v));
        }
        case AMOUNT -> {
          if (countWord) {
            return Parsed.problem(ReaderRule.CELL_UNREADABLE);
          }
          BigDecimal value = new BigDecimal(frac == null ? digits : digits + "." + frac);
          if (negative && value.signum() != 0) {
            return Parsed.negative(value.negate());
          }
          MoneyUnit unit = money.orElse(columnUnit == null ? MoneyUnit.UNSTATED : columnUnit);
          return new Parsed(CellValue.amount(value, unit), null, money.orElse(null), null);
        }
        default -> throw new IllegalStateException("unknown cell kind " + kind);
      }
    } catch (ReportShapeException | ArithmeticException e) {
      return Parsed.problem(ReaderRule.CELL_OUT_OF_RANGE);
    }
  }
}
