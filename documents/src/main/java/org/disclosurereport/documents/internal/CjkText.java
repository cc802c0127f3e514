package org.disclosurereport.documents.internal;

import java.text.Normalizer;

/**
 * Undoes what PDF producers do to CJK text: a font that draws an ideograph and the radical of the
 * same shape with one glyph makes the PDF's text layer say the radical ({@code ⼈} U+2F08 for {@code
 * 人}, {@code ⺠} U+2EA0 for {@code 民}), as browsers printing CJK pages commonly do. Those characters
 * become the ideograph they look like; nothing else is changed (full-width punctuation stays as
 * printed).
 */
final class CjkText {
  /** CJK Radicals Supplement characters and the ideographs they stand for. */
  private static final String SUPPLEMENT_FROM =
      "\u2E86\u2E8E\u2E8F\u2E90\u2E92\u2E93\u2E94\u2E96\u2E98\u2E99\u2E9B\u2E9C\u2E9E\u2E9F\u2EA0\u2EA1\u2EA2\u2EA3\u2EA4\u2EA6\u2EA7\u2EA8\u2EAB\u2EAC\u2EAD\u2EAE\u2EB2\u2EB9\u2EBB\u2EBC\u2EBE\u2EBF\u2EC0\u2EC1\u2EC2\u2EC3\u2EC4\u2EC5\u2EC6\u2EC8\u2EC9\u2ECB\u2ECC\u2ECD\u2ECE\u2ECF\u2ED0\u2ED1\u2ED2\u2ED3\u2ED4\u2ED6\u2ED7\u2ED8\u2EDA\u2EDB\u2EDC\u2EDD\u2EDF\u2EE0\u2EE2\u2EE3\u2EE4\u2EE5\u2EE6\u2EE7\u2EE8\u2EE9\u2EEA\u2EEB\u2EEC\u2EED\u2EEF\u2EF0\u2EF2\u2EF3";

  private static final String SUPPLEMENT_TO =
      "\u5182\u5140\u5C23\u5C22\u5DF3\u5E7A\u5F51\u5FC4\u624C\u6535\u65E1\u65E5\u6B7A\u6BCD\u6C11\u6C35\u6C3A\u706C\u722B\u4E2C\u725C\u72AD\u7F52\u793A\u793B\u7AF9\u7F52\u8002\u8080\u6708\u8279\u8279\u8279\u864E\u8864\u8980\u897F\u89C1\u89D2\u8BA0\u8D1D\u8F66\u8FB6\u8FB6\u8FB6\u961D\u9485\u9577\u9578\u957F\u95E8\u961D\u96E8\u9752\u9875\u98CE\u98DE\u98DF\u98E0\u9963\u9A6C\u9AA8\u9B3C\u9C7C\u9E1F\u5364\u9EA6\u9EC4\u9EFE\u6589\u9F50\u6B6F\u7ADC\u9F99\u4E80\u9F9F";

  private CjkText() {}

  /**
   * Replaces radicals and compatibility ideographs by their unified ideographs.
   *
   * @param s text from a PDF's text layer
   * @return the text as it reads
   */
  static String normalise(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = c;
      if (c == '\u2F3E') {
        // ⼾: a simplified-Chinese font draws 户 with it; NFKC would give the traditional 戶.
        r = '\u6237';
      } else if (c == '\u2FAD') {
        // ⾭: likewise 青, not 靑.
        r = '\u9752';
      } else if ((c >= '\u2F00' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF')) {
        String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        r = n.length() == 1 ? n.charAt(0) : c;
      } else if (c >= '\u2E80' && c <= '\u2EFF') {
        int k = SUPPLEMENT_FROM.indexOf(c);
        r = k >= 0 ? SUPPLEMENT_TO.charAt(k) : c;
      }
      if (r != c && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(r);
      }
    }
    return b == null ? s : b.toString();
  }
}
