package org.disclosurereport.validation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.disclosurereport.validation.Finding;

/**
 * A message before it is rendered: the keys of its parts in the bundle {@value #BUNDLE} and its
 * named arguments. Patterns use {@code {name}} placeholders, the syntax Hibernate Validator
 * interpolates too, so that the same keys and arguments render a finding's message and a
 * constraint violation's.
 *
 * @param keys the bundle keys of the parts, in order
 * @param arguments the named arguments, locale-independent
 */
public record Message(List<String> keys, Map<String, String> arguments) {
  /** The base name of the message bundle. */
  public static final String BUNDLE = Finding.MESSAGE_BUNDLE;

  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** Creates a message; collections are copied. */
  public Message {
    keys = List.copyOf(keys);
    arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /**
   * Creates a message of one part.
   *
   * @param key the bundle key
   * @param namesAndValues alternating argument names and values
   * @return the message
   */
  public static Message of(String key, Object... namesAndValues) {
    return new Message(List.of(key), pairs(namesAndValues));
  }

  /**
   * Returns this message with one more part appended.
   *
   * @param key the bundle key of the part
   * @param namesAndValues alternating argument names and values, added to the arguments
   * @return the longer message
   */
  public Message append(String key, Object... namesAndValues) {
    List<String> k = new ArrayList<>(keys);
    k.add(key);
    Map<String, String> a = new LinkedHashMap<>(arguments);
    a.putAll(pairs(namesAndValues));
    return new Message(k, a);
  }

  /**
   * Returns this message with more arguments.
   *
   * @param namesAndValues alternating argument names and values
   * @return the message with the arguments added
   */
  public Message with(Object... namesAndValues) {
    Map<String, String> a = new LinkedHashMap<>(arguments);
    a.putAll(pairs(namesAndValues));
    return new Message(keys, a);
  }

  /** @return the message in Chinese */
  public String zh() {
    return render(Locale.CHINESE);
  }

  /** @return the message in English */
  public String en() {
    return render(Locale.ROOT);
  }

  /**
   * Renders the message in a locale: Chinese for {@code zh} locales, English otherwise.
   *
   * @param locale the locale
   * @return the text
   */
  public String render(Locale locale) {
    StringBuilder sb = new StringBuilder();
    for (String key : keys) {
      sb.append(substitute(pattern(key, locale), arguments));
    }
    return sb.toString();
  }

  /**
   * Returns the pattern of a key.
   *
   * @param key the key
   * @param locale the locale
   * @return the pattern
   * @throws MissingResourceException if the bundle has no such key (a programming error)
   */
  public static String pattern(String key, Locale locale) {
    Locale effective = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, effective, Message.class.getClassLoader(), CONTROL)
        .getString(key);
  }

  /**
   * Replaces each {@code {name}} of a pattern by its argument; unknown names are left as they
   * are.
   *
   * @param pattern the pattern
   * @param arguments the arguments
   * @return the text
   */
  public static String substitute(String pattern, Map<String, String> arguments) {
    StringBuilder sb = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i) {
        String name = pattern.substring(i + 1, close);
        String value = arguments.get(name);
        if (value != null) {
          sb.append(value);
          i = close + 1;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }

  private static Map<String, String> pairs(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must alternate");
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
    }
    return m;
  }
}
