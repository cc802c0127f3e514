package org.disclosurereport.cli.internal.output;

/**
 * Widths of text on a terminal, where Chinese characters and full-width punctuation take two
 * columns, so that tables mixing Chinese and numbers line up.
 */
final class TextWidth {
  private TextWidth() {}

  /** Returns the number of terminal columns a text takes. */
  static int of(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  /** Pads a text on the right to a width. */
  static String padRight(String s, int width) {
    return s + " ".repeat(Math.max(0, width - of(s)));
  }

  /** Pads a text on the left to a width. */
  static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - of(s))) + s;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
