package org.disclosurereport.server.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.disclosurereport.finding.MessageBundle;
import org.disclosurereport.finding.MessageRenderer;

/**
 * The texts of the page and the problem documents, from the bundle {@code
 * org.disclosurereport.server.internal.Page} (English, Chinese in {@code _zh}). Chinese is the
 * page's default; {@code en} switches.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PageText {
  /** The bundle, loaded as every bundle of the SDK is, by {@link MessageRenderer}. */
  static final MessageBundle BUNDLE = MessageBundle.of(PageText.class, "Page");

  /** Chinese, the default. */
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private PageText() {}

  /**
   * Returns the language a {@code lang} parameter names.
   *
   * @param lang {@code en} or {@code zh} (any case), or null for the default
   * @return English for {@code en}, Chinese otherwise
   */
  public static Locale locale(String lang) {
    return lang != null && lang.trim().toLowerCase(Locale.ROOT).startsWith("en")
        ? Locale.ENGLISH
        : CHINESE;
  }

  /**
   * Returns whether a locale is Chinese.
   *
   * @param locale the locale
   * @return true for Chinese
   */
  public static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * Returns a text, its {@code {name}} placeholders filled by the arguments of those names.
   *
   * @param locale the language
   * @param key the key
   * @param namesAndValues alternating argument names and values
   * @return the text
   * @throws IllegalArgumentException if names and values do not alternate, or (when assertions are
   *     enabled, as in tests) if the names are not the placeholders of the text
   */
  public static String get(Locale locale, String key, Object... namesAndValues) {
    return MessageRenderer.text(BUNDLE, key, locale, namesAndValues);
  }

  /**
   * Returns every text whose key starts with {@code js.}, without that prefix: what the page's
   * script shows, handed to it in the page rather than written in it.
   *
   * @param locale the language
   * @return the texts by key
   */
  public static Map<String, String> scriptTexts(Locale locale) {
    ResourceBundle b = bundle(locale);
    Map<String, String> texts = new LinkedHashMap<>();
    b.keySet().stream()
        .filter(k -> k.startsWith("js."))
        .sorted()
        .forEach(k -> texts.put(k.substring(3), b.getString(k)));
    return texts;
  }

  private static ResourceBundle bundle(Locale locale) {
    return MessageRenderer.bundle(BUNDLE, locale);
  }
}
