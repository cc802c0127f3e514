package org.disclosurereport.finding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders messages in Chinese (zh-CN) or English: the one place in the SDK that loads message
 * bundles.
 *
 * <p>Every bundle follows the convention described in {@link MessageBundle}. A message is one or
 * more keys of one bundle, rendered in turn, with named {@code {name}} placeholders filled from
 * {@link LocalizedText} arguments in the requested language. Any {@code zh} locale gets Chinese
 * (the bundle's {@code _zh} file, falling back per key to English); every other locale gets English
 * (the base file), whatever the JVM's default locale is.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MessageRenderer {
  private static final Map<BundleKey, ResourceBundle> CACHE = new ConcurrentHashMap<>();
  private static final Map<MessageKey, SortedSet<String>> PLACEHOLDERS = new ConcurrentHashMap<>();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  /**
   * The most characters of input a finding quotes: a message argument or a location's source text
   * that is longer keeps its first characters and states its full length ({@link #bounded(String,
   * Locale)}), so that a two-million-character cell never appears whole in a message.
   */
  public static final int MAX_QUOTED = 300;

  /**
   * How much longer than {@link #MAX_QUOTED} a text may be and still be kept whole: more than the
   * longest note of length, so that bounding a bounded text changes nothing.
   */
  private static final int SLACK = 50;

  private MessageRenderer() {}

  /**
   * Bounds a text quoted from input to {@link #MAX_QUOTED} characters: a text longer by more than a
   * few dozen characters keeps its first {@value #MAX_QUOTED} (never half a surrogate pair)
   * followed by its full length, for example {@code abc… (2,000,000 characters)} in English and
   * {@code abc…（共 2,000,000 个字符）} in Chinese. Bounding a bounded text changes nothing.
   *
   * @param text the text
   * @param locale the language of the note
   * @return the text itself when short enough, else its start and its length
   */
  public static String bounded(String text, Locale locale) {
    if (text.length() <= MAX_QUOTED + SLACK) {
      return text;
    }
    int end = MAX_QUOTED;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    String length = String.format(Locale.ROOT, "%,d", text.length());
    return text.substring(0, end)
        + (isChinese(locale) ? "…（共 " + length + " 个字符）" : "… (" + length + " characters)");
  }

  /**
   * Bounds an argument quoted from input in both its languages ({@link #bounded(String, Locale)}).
   *
   * @param text the argument
   * @return the argument itself when short enough, else bounded
   */
  public static LocalizedText bounded(LocalizedText text) {
    if (text.zh().length() <= MAX_QUOTED + SLACK && text.en().length() <= MAX_QUOTED + SLACK) {
      return text;
    }
    return new LocalizedText(
        bounded(text.zh(), Locale.CHINESE), bounded(text.en(), Locale.ENGLISH));
  }

  /**
   * A bundle in one language. Its equality is written out, not left to the record's generated
   * methods: their first call links a method handle chain, which every start of the tool would pay
   * for when it first looks up a bundle.
   */
  private record BundleKey(MessageBundle bundle, boolean chinese) {
    @Override
    public boolean equals(Object o) {
      return o instanceof BundleKey k
          && k.chinese == chinese
          && k.bundle.baseName().equals(bundle.baseName())
          && k.bundle.module().equals(bundle.module());
    }

    @Override
    public int hashCode() {
      return (bundle.baseName().hashCode() * 31 + bundle.module().hashCode()) * 2
          + (chinese ? 1 : 0);
    }
  }

  private record MessageKey(MessageBundle bundle, String key) {}

  /**
   * Whether messages in a locale are in Chinese.
   *
   * @param locale the locale
   * @return true for any locale of the language {@code zh}
   */
  public static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * Returns a bundle in the language of a locale: its Chinese file for a {@code zh} locale (with
   * the English file as parent), its English base file otherwise.
   *
   * @param bundle the bundle
   * @param locale the locale
   * @return the resource bundle
   * @throws MissingResourceException if the bundle does not exist (a programming error)
   */
  public static ResourceBundle bundle(MessageBundle bundle, Locale locale) {
    boolean chinese = isChinese(locale);
    return CACHE.computeIfAbsent(
        new BundleKey(bundle, chinese),
        k ->
            ResourceBundle.getBundle(
                k.bundle().baseName(),
                k.chinese() ? Locale.CHINESE : Locale.ROOT,
                k.bundle().module()));
  }

  /**
   * Returns the pattern of a key.
   *
   * @param bundle the bundle
   * @param key the key
   * @param locale the locale
   * @return the pattern
   * @throws MissingResourceException if the bundle has no such key (a programming error)
   */
  public static String pattern(MessageBundle bundle, String key, Locale locale) {
    return bundle(bundle, locale).getString(key);
  }

  /**
   * Renders a finding's message in a locale.
   *
   * @param finding the finding
   * @param locale the locale
   * @return the message
   */
  public static String render(Finding finding, Locale locale) {
    return render(
        finding.code().messageBundle(), finding.messageKeys(), finding.messageArguments(), locale);
  }

  /**
   * Renders a message made of several keys, each rendered in turn.
   *
   * @param bundle the bundle
   * @param keys the keys, in order
   * @param arguments the named arguments
   * @param locale the locale
   * @return the message
   * @throws MissingResourceException if the bundle lacks a key
   */
  public static String render(
      MessageBundle bundle,
      List<String> keys,
      Map<String, LocalizedText> arguments,
      Locale locale) {
    StringBuilder sb = new StringBuilder();
    for (String key : keys) {
      sb.append(substitute(pattern(bundle, key, locale), arguments, locale));
    }
    return sb.toString();
  }

  /**
   * Renders one key with arguments given as alternating names and values; a value that is a {@link
   * LocalizedText} is taken in the locale's language, any other value as {@code String.valueOf}.
   *
   * @param bundle the bundle
   * @param key the key
   * @param locale the locale
   * @param namesAndValues alternating argument names and values
   * @return the text
   * @throws IllegalArgumentException if names and values do not alternate, or (when assertions are
   *     enabled, as in tests) if the names are not the key's placeholders ({@link #checkNames})
   */
  public static String text(
      MessageBundle bundle, String key, Locale locale, Object... namesAndValues) {
    Map<String, LocalizedText> a = arguments(namesAndValues);
    assert checkNames(bundle, key, a);
    return substitute(pattern(bundle, key, locale), a, locale);
  }

  /**
   * Renders one key in both languages, for use as the argument of another message.
   *
   * @param bundle the bundle
   * @param key the key
   * @param namesAndValues alternating argument names and values
   * @return the text in Chinese and English
   * @throws IllegalArgumentException if names and values do not alternate, or (when assertions are
   *     enabled, as in tests) if the names are not the key's placeholders ({@link #checkNames})
   */
  public static LocalizedText phrase(MessageBundle bundle, String key, Object... namesAndValues) {
    Map<String, LocalizedText> a = arguments(namesAndValues);
    assert checkNames(bundle, key, a);
    return new LocalizedText(
        substitute(pattern(bundle, key, Locale.CHINESE), a, Locale.CHINESE),
        substitute(pattern(bundle, key, Locale.ROOT), a, Locale.ROOT));
  }

  /**
   * Turns alternating names and values into named arguments.
   *
   * @param namesAndValues alternating names and values; a value that is not a {@link LocalizedText}
   *     reads the same in both languages
   * @return the arguments, in order
   * @throws IllegalArgumentException if names and values do not alternate
   */
  public static Map<String, LocalizedText> arguments(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("argument names and values must alternate");
    }
    Map<String, LocalizedText> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object v = namesAndValues[i + 1];
      m.put(
          String.valueOf(namesAndValues[i]),
          v instanceof LocalizedText t ? t : LocalizedText.of(v));
    }
    return m;
  }

  /**
   * Returns the names of the {@code {name}} placeholders of a key in either language: the arguments
   * a call that renders the key gives, no more and no fewer. A name only one language uses (an
   * English name the Chinese text leaves out) is among them.
   *
   * @param bundle the bundle
   * @param key the key
   * @return the names, sorted
   * @throws MissingResourceException if the bundle has no such key (a programming error)
   */
  public static SortedSet<String> placeholders(MessageBundle bundle, String key) {
    return PLACEHOLDERS.computeIfAbsent(
        new MessageKey(bundle, key),
        k -> {
          SortedSet<String> names = new TreeSet<>();
          for (Locale l : List.of(Locale.ROOT, Locale.CHINESE)) {
            Matcher m = PLACEHOLDER.matcher(pattern(k.bundle(), k.key(), l));
            while (m.find()) {
              names.add(m.group(1));
            }
          }
          return Collections.unmodifiableSortedSet(names);
        });
  }

  /**
   * Checks that the names of a call's arguments are the placeholders of its key ({@link
   * #placeholders}): a name the key does not have, or a placeholder the call does not fill, is a
   * programming error that would otherwise show as a stray {@code {name}} in a message or a value
   * silently left out. {@link #text} and {@link #phrase} check every call this way when assertions
   * are enabled, as they are in tests, so that a call site and its bundle cannot drift apart
   * unseen; a module's own rendering helper does the same with {@code assert checkNames(...)}.
   *
   * @param bundle the bundle
   * @param key the key
   * @param arguments the arguments by name
   * @return true, so that it can be asserted
   * @throws IllegalArgumentException naming the key, the unknown names and the missing ones
   * @throws MissingResourceException if the bundle has no such key
   */
  public static boolean checkNames(MessageBundle bundle, String key, Map<String, ?> arguments) {
    Set<String> wanted = placeholders(bundle, key);
    if (wanted.equals(arguments.keySet())) {
      return true;
    }
    Set<String> unknown = new TreeSet<>(arguments.keySet());
    unknown.removeAll(wanted);
    Set<String> missing = new TreeSet<>(wanted);
    missing.removeAll(arguments.keySet());
    throw new IllegalArgumentException(
        "message "
            + key
            + " of "
            + bundle.baseName()
            + " takes the arguments "
            + wanted
            + "; unknown: "
            + unknown
            + ", missing: "
            + missing);
  }

  /**
   * Names arguments given in order by the names a catalogue declares for its message: the first
   * value gets the first name, and so on. A catalogue that lists the names of each message's
   * arguments once (as {@code ReaderRule} does for every code) lets its call sites pass values in
   * order while every bundle keeps named {@code {name}} placeholders.
   *
   * @param names the names, in order
   * @param values the values; a value that is not a {@link LocalizedText} reads the same in both
   *     languages
   * @return the arguments, in order; values beyond the names are left out, as a message that names
   *     none of them would leave them out
   */
  public static Map<String, LocalizedText> named(List<String> names, Object... values) {
    Map<String, LocalizedText> m = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(values.length, names.size()); i++) {
      Object v = values[i];
      m.put(names.get(i), v instanceof LocalizedText t ? t : LocalizedText.of(v));
    }
    return m;
  }

  /**
   * Replaces each {@code {name}} of a pattern by the argument of that name in the locale's
   * language; a placeholder without an argument is left as it is, and nothing else in the pattern
   * is special (an apostrophe is an apostrophe).
   *
   * @param pattern the pattern
   * @param arguments the arguments
   * @param locale the locale
   * @return the text
   */
  public static String substitute(
      String pattern, Map<String, LocalizedText> arguments, Locale locale) {
    StringBuilder sb = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i) {
        LocalizedText value = arguments.get(pattern.substring(i + 1, close));
        if (value != null) {
          sb.append(value.in(locale));
          i = close + 1;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }
}
