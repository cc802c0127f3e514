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
   * Parses the command-line value: a language tag whose language is Chinese or English, such as
   * {@code zh}, {@code zh-CN}, {@code zh_CN}, {@code en} or {@code en-US}, in any case.
   *
   * @param value the value
   * @return the language
   * @throws IllegalArgumentException when the value names no language, or another one
   */
  public static Language parse(String value) {
    String language = Locale.forLanguageTag(value.strip().replace('_', '-')).getLanguage();
    return switch (language) {
      case "zh" -> ZH;
      case "en" -> EN;
      default -> throw new IllegalArgumentException("not a language of the tool: " + value);
    };
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
