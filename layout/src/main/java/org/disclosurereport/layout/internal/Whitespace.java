package org.disclosurereport.layout.internal;

/**
 * {@link String#strip()} for the cells of a report, most of which have nothing to strip: their
 * first and last characters are looked at first, and an ideograph or a visible ASCII character
 * there is answered without the general test for white space.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Whitespace {
  private Whitespace() {}

  /**
   * Returns the text without leading and trailing white space, exactly as {@link String#strip()}
   * does: the same string when there is none.
   *
   * @param s the text
   * @return the stripped text
   */
  static String strip(String s) {
    int n = s.length();
    if (n == 0 || (!mayBeWhitespace(s.charAt(0)) && !mayBeWhitespace(s.charAt(n - 1)))) {
      return s;
    }
    return s.strip();
  }

  /** False for characters that certainly are not white space; true may be wrong. */
  private static boolean mayBeWhitespace(char c) {
    if (c > ' ' && c < 0x7F) {
      return false;
    }
    return !(c >= '\u4e00' && c <= '\u9fff');
  }
}
