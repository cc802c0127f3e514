package org.disclosurereport.layout.internal;

/**
 * {@link String#strip()} for the cells of a report, most of which have nothing to strip: their
 * first and last characters are looked at first, and a character that is no white space there is
 * answered without the general test for it.
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

  /**
   * False for characters that certainly are not white space; true may be wrong. {@link
   * Character#isWhitespace(char)} holds only for control characters up to the space and for the
   * space and line separators U+1680, U+2000 to U+200A, U+2028, U+2029, U+205F and U+3000, so
   * full-width brackets and quotes, which begin and end many labels, are answered here too.
   */
  private static boolean mayBeWhitespace(char c) {
    return c <= ' ' || c == '\u1680' || (c >= '\u2000' && c <= '\u205F') || c == '\u3000';
  }
}
