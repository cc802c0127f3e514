package org.disclosurereport.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disclosurereport.finding.LocalizedText;
import org.disclosurereport.finding.MessageRenderer;
import org.disclosurereport.finding.RuleCode;

/**
 * A message of the rules' bundle ({@link RuleCode#BUNDLE}) before it is rendered: the keys of its
 * parts and its named arguments. Patterns use {@code {name}} placeholders, the syntax Hibernate
 * Validator interpolates too, so that the same keys and arguments render a finding's message and a
 * constraint violation's.
 *
 * @param keys the bundle keys of the parts, in order
 * @param arguments the named arguments
 */
public record Message(List<String> keys, Map<String, LocalizedText> arguments) {
  /** Creates a message; collections are copied. */
  public Message {
    keys = List.copyOf(keys);
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /**
   * Creates a message of one part.
   *
   * @param key the bundle key
   * @param namesAndValues alternating argument names and values
   * @return the message
   */
  public static Message of(String key, Object... namesAndValues) {
    return new Message(List.of(key), MessageRenderer.arguments(namesAndValues));
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
    Map<String, LocalizedText> a = new LinkedHashMap<>(arguments);
    a.putAll(MessageRenderer.arguments(namesAndValues));
    return new Message(k, a);
  }

  /**
   * Returns this message with more arguments.
   *
   * @param namesAndValues alternating argument names and values
   * @return the message with the arguments added
   */
  public Message with(Object... namesAndValues) {
    Map<String, LocalizedText> a = new LinkedHashMap<>(arguments);
    a.putAll(MessageRenderer.arguments(namesAndValues));
    return new Message(keys, a);
  }

  /**
   * @return the message in Chinese
   */
  public String zh() {
    return render(Locale.CHINESE);
  }

  /**
   * @return the message in English
   */
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
    return MessageRenderer.render(RuleCode.BUNDLE, keys, arguments, locale);
  }

  /**
   * Returns the pattern of a key.
   *
   * @param key the key
   * @param locale the locale
   * @return the pattern
   */
  public static String pattern(String key, Locale locale) {
    return MessageRenderer.pattern(RuleCode.BUNDLE, key, locale);
  }
}
