package org.disclosurereport.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.disclosurereport.finding.LocalizedText;
import org.disclosurereport.finding.MessageBundle;
import org.disclosurereport.finding.MessageRenderer;

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

  /**
   * The names of the arguments of each text of the bundle that has any and is not a code's message
   * (those are named by {@link CliCode#argumentNames()}), in the order the tool gives them.
   */
  public static final Map<String, List<String>> ARGUMENTS =
      Map.ofEntries(
          Map.entry("DR-C004.unknownSize", List.of("limit")),
          Map.entry("human.heading", List.of("source", "organ", "year", "edition", "status")),
          Map.entry("human.unreadableHeading", List.of("source", "status")),
          Map.entry("human.count.error", List.of("count")),
          Map.entry("human.count.warning", List.of("count")),
          Map.entry("human.count.info", List.of("count")),
          Map.entry("human.section", List.of("numberEn", "nameEn", "heading")),
          Map.entry("human.labels", List.of("labels")),
          Map.entry("human.line", List.of("line")),
          Map.entry("human.lineColumn", List.of("line", "column")),
          Map.entry("human.reportedExpected", List.of("reported", "expected", "difference")),
          Map.entry("human.reported", List.of("reported")),
          Map.entry("human.expected", List.of("expected")),
          Map.entry("human.found", List.of("text")),
          Map.entry("human.group", List.of("count")),
          Map.entry("human.hint", List.of("hint")),
          Map.entry("summary.topRules", List.of("count")),
          Map.entry("transform.written", List.of("file", "format")),
          Map.entry("transform.manyReports", List.of("input", "count")),
          Map.entry("validate.error.summaryKind", List.of("file")),
          Map.entry("validate.error.threads", List.of("value")),
          Map.entry("validate.error.maxSize", List.of("value")),
          Map.entry("validate.error.previousUnreadable", List.of("reason")),
          Map.entry("validate.subordinates.title", List.of("count")),
          Map.entry("error.noWriter", List.of("format")),
          Map.entry("error.write", List.of("file", "reason")),
          Map.entry("error.unexpected", List.of("reason")),
          Map.entry("error.outputFolder", List.of("file")),
          Map.entry("error.outputIsInput", List.of("file")),
          Map.entry("error.stdout", List.of("reason")),
          Map.entry("error.stdoutClosed", List.of("files")),
          Map.entry("error.threadsMax", List.of("value", "max")),
          Map.entry("error.maxSizeMax", List.of("value", "max")),
          Map.entry("error.outOfMemory", List.of("reason")),
          Map.entry("serve.started", List.of("address")),
          Map.entry("serve.error.port", List.of("value")),
          Map.entry("serve.error.start", List.of("host", "port", "reason")));

  private Messages() {}

  /**
   * Returns a message, its named placeholders filled with the arguments in the order {@link
   * #ARGUMENTS} lists their names.
   *
   * @param locale the locale; {@code zh} locales get Chinese, all others English
   * @param key the key in the bundle
   * @param arguments the arguments
   * @return the message
   * @throws MissingResourceException if the key is not in the bundle
   */
  public static String get(Locale locale, String key, Object... arguments) {
    return MessageRenderer.substitute(
        MessageRenderer.pattern(BUNDLE, key, locale), named(key, arguments), locale);
  }

  /**
   * Names the arguments of a text by the names {@link #ARGUMENTS} (or, for a code's message, the
   * code) lists for it.
   *
   * @param key the key of the text
   * @param arguments the arguments in order; a {@link LocalizedText} keeps both languages
   * @return the named arguments
   */
  public static Map<String, LocalizedText> named(String key, Object... arguments) {
    List<String> names = ARGUMENTS.get(key);
    if (names == null) {
      names = CliCode.fromId(key).map(CliCode::argumentNames).orElse(List.of());
    }
    return MessageRenderer.named(names, arguments);
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
