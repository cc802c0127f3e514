package org.disclosurereport.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.disclosurereport.finding.MessageBundle;
import org.disclosurereport.finding.MessageRenderer;
import org.disclosurereport.io.AtomicFiles;

/**
 * The tool's own messages, from the resource bundle {@code
 * org.disclosurereport.cli.internal.Messages}: English in the base file, Chinese in {@code _zh} (so
 * zh, zh-CN and zh-TW all get Chinese), rendered by {@link MessageRenderer}.
 *
 * <p>Lookups never fall back to the default locale: asking for English on a machine set to Chinese
 * gives English.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Messages {
  /** The bundle of the tool's messages and of its codes ({@link CliCode}). */
  public static final MessageBundle BUNDLE = MessageBundle.of(Messages.class, "Messages");

  /** The Chinese locale of messages. */
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  /** The English locale of messages. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Messages() {}

  /**
   * Returns a message, its {@code {name}} placeholders filled by the arguments of those names.
   *
   * @param locale the locale; {@code zh} locales get Chinese, all others English
   * @param key the key in the bundle
   * @param namesAndValues alternating argument names and values; a {@link
   *     org.disclosurereport.finding.LocalizedText} keeps both languages, anything else reads the
   *     same in both
   * @return the message
   * @throws MissingResourceException if the key is not in the bundle
   * @throws IllegalArgumentException if names and values do not alternate, or (when assertions are
   *     enabled, as in tests) if the names are not the placeholders of the key
   */
  public static String get(Locale locale, String key, Object... namesAndValues) {
    return MessageRenderer.text(BUNDLE, key, locale, namesAndValues);
  }

  /**
   * Says that a file could not be written: its name, escaped for the terminal, and the reason in a
   * few words ({@link AtomicFiles#reason(IOException)}), never the exception's own text, which
   * repeats the path unescaped.
   *
   * @param locale the language
   * @param file the file
   * @param e what went wrong
   * @return the message
   */
  public static String writeFailed(Locale locale, Path file, IOException e) {
    return get(
        locale,
        "error.write",
        "file",
        Terminal.escape(file.toString()),
        "reason",
        AtomicFiles.reason(e));
  }

  /**
   * Returns the bundle for a locale.
   *
   * @param locale the locale
   * @return the Chinese bundle for {@code zh} locales, the English one otherwise
   */
  public static ResourceBundle bundle(Locale locale) {
    return MessageRenderer.bundle(BUNDLE, locale);
  }

  /**
   * Maps any locale to one the tool has messages in.
   *
   * @param locale a locale
   * @return {@link #CHINESE} for any {@code zh} locale, {@link #ENGLISH} otherwise
   */
  public static Locale normalize(Locale locale) {
    return MessageRenderer.isChinese(locale) ? CHINESE : ENGLISH;
  }

  /** The most characters of an input a message quotes; longer text is cut and its length said. */
  public static final int MAX_QUOTED = 300;

  /**
   * Bounds text quoted in a message: at most {@link #MAX_QUOTED} characters, then an ellipsis and
   * the full length, so that a 2-million-character cell is never echoed whole.
   *
   * @param text the text to quote
   * @return the text, or its start and its length
   */
  public static String bounded(String text) {
    return bounded(text, MAX_QUOTED);
  }

  /**
   * Bounds text to a number of characters, saying its full length when it is cut.
   *
   * @param text the text
   * @param max the most characters kept
   * @return the text, or its start and its length
   */
  public static String bounded(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "… (" + text.length() + " characters)";
  }
}
