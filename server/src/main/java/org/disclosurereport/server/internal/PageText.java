package org.disclosurereport.server.internal;

import java.util.LinkedHashMap;
import java.util.List;
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

  /**
   * The names of the arguments of each text that has any, in the order the page and the service
   * give them; the texts' placeholders are {@code {name}}, filled by {@link MessageRenderer}.
   */
  static final Map<String, List<String>> ARGUMENTS =
      Map.ofEntries(
          Map.entry("upload.emptyForm.edition", List.of("edition", "notice")),
          Map.entry("upload.edition.2019", List.of("notice")),
          Map.entry("upload.edition.2021", List.of("notice")),
          Map.entry("js.valid", List.of("file", "warnings")),
          Map.entry("js.invalid", List.of("file", "errors", "warnings")),
          Map.entry("js.unreadable", List.of("file")),
          Map.entry("js.failed", List.of("reason")),
          Map.entry("js.applyTitle", List.of("value")),
          Map.entry("js.reported", List.of("value")),
          Map.entry("js.expected", List.of("value")),
          Map.entry("js.dropped", List.of("file")),
          Map.entry("problem.DR-S001.detail", List.of("size", "limit")),
          Map.entry("problem.DR-S002.detail", List.of("limit")),
          Map.entry("problem.DR-S003.detail", List.of("seconds")),
          Map.entry("problem.DR-S004.detail", List.of("seconds")),
          Map.entry("problem.DR-S005.detail", List.of("reason")),
          Map.entry("problem.DR-S006.detail", List.of("parameter", "value", "allowed")),
          Map.entry("problem.DR-S008.detail", List.of("encoding")),
          Map.entry("problem.DR-S009.detail", List.of("reason")),
          Map.entry("problem.DR-S010.detail", List.of("path")),
          Map.entry("problem.DR-S011.detail", List.of("method")),
          Map.entry("problem.DR-S012.detail", List.of("reason")),
          Map.entry("problem.DR-S014.detail", List.of("seconds")));

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
   * Returns a text.
   *
   * @param locale the language
   * @param key the key
   * @param args the arguments of its pattern
   * @return the text
   */
  public static String get(Locale locale, String key, Object... args) {
    return MessageRenderer.substitute(
        bundle(locale).getString(key),
        MessageRenderer.named(ARGUMENTS.getOrDefault(key, List.of()), args),
        locale);
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
