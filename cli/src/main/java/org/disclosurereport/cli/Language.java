package org.disclosurereport.cli;

import java.util.Locale;

/**
 * The languages of the tool's output ({@code --lang}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Language {
  /** Chinese (zh-CN). */
  ZH(Locale.SIMPLIFIED_CHINESE),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the locale of messages in this language.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Parses the command-line value.
   *
   * @param value {@code zh} or {@code en}, any case
   * @return the language
   * @throws IllegalArgumentException for any other value
   */
  public static Language parse(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  /**
   * Returns the language for a system locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the system locale
   * @return the language
   */
  public static Language of(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? ZH : EN;
  }
}
