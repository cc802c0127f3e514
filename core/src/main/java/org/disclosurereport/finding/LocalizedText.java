package org.disclosurereport.finding;

import java.util.Locale;
import java.util.Objects;

/**
 * An argument of a message in both languages of the SDK: most arguments (a number, an official
 * Chinese label, a JSON Pointer) read the same in both; some (the English name of a cell, a phrase
 * such as "line 3, cell 2") do not.
 *
 * <p>Keeping both lets a finding be rendered in either language after it was made.
 *
 * @param zh the text in Chinese
 * @param en the text in English
 */
public record LocalizedText(String zh, String en) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public LocalizedText {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /**
   * Returns a text that reads the same in both languages.
   *
   * @param both the text; {@code String.valueOf} of any other value
   * @return the text
   */
  public static LocalizedText of(Object both) {
    String s = String.valueOf(both);
    return new LocalizedText(s, s);
  }

  /**
   * Returns the text in a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the locale
   * @return the text
   */
  public String in(Locale locale) {
    return MessageRenderer.isChinese(locale) ? zh : en;
  }

  /**
   * @return the English text
   */
  @Override
  public String toString() {
    return en;
  }
}
