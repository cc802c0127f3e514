package org.disclosurereport.serialization.internal;

/**
 * The characters XML 1.0 can carry, even as character references: the one definition that the XML
 * writer refuses text by and the JSON reader refuses strings by, so that a document the JSON reader
 * accepts can always be written as XML.
 */
public final class XmlChars {
  private XmlChars() {}

  /**
   * Finds the first character of a text that XML 1.0 cannot carry: a C0 control character other
   * than tab, line feed and carriage return, a lone surrogate, U+FFFE or U+FFFF.
   *
   * @param text the text
   * @return its index, or -1 when XML can carry the whole text
   */
  public static int firstInvalid(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0xD800) {
        continue;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD;
      if (!ok) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Names a character as Unicode does, {@code U+0000}.
   *
   * @param c the character
   * @return its code point in hexadecimal, four digits at least
   */
  public static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}
