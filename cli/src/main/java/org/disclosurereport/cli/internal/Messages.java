package org.disclosurereport.cli.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The tool's own messages, from the resource bundle {@code
 * org.disclosurereport.cli.internal.Messages}: English in the base file, Chinese in {@code
 * _zh} (so zh, zh-CN and zh-TW all get Chinese).
 *
 * <p>Lookups never fall back to the default locale: asking for English on a machine set to
 * Chinese gives English.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Messages {
  private static final String BUNDLE = "org.disclosurereport.cli.internal.Messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** The Chinese locale of messages. */
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  /** The English locale of messages. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Messages() {}

  /**
   * Returns a message, its {@code {n}} placeholders filled in.
   *
   * @param locale the locale; {@code zh} locales get Chinese, all others English
   * @param key the key in the bundle
   * @param arguments the arguments
   * @return the message
   * @throws MissingResourceException if the key is not in the bundle
   */
  public static String get(Locale locale, String key, Object... arguments) {
    String pattern = bundle(locale).getString(key);
    return new MessageFormat(pattern, locale).format(arguments);
  }

  /**
   * Returns the bundle for a locale.
   *
   * @param locale the locale
   * @return the Chinese bundle for {@code zh} locales, the English one otherwise
   */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, normalize(locale), NO_FALLBACK);
  }

  /**
   * Maps any locale to one the tool has messages in.
   *
   * @param locale a locale
   * @return {@link #CHINESE} for any {@code zh} locale, {@link #ENGLISH} otherwise
   */
  public static Locale normalize(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
  }
}
