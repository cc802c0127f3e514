package org.disclosurereport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.LocalizedText;
import org.disclosurereport.finding.MessageRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {
  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> s = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\w+)}").matcher(pattern);
    while (m.find()) {
      s.add(m.group(1));
    }
    return s;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/org/disclosurereport/cli/internal/Messages", "/org/disclosurereport/cli/Help"})
  void bothLanguagesHaveTheSameKeysAndNoInventedPlaceholders(String bundle) throws IOException {
    Properties en = load(bundle + ".properties");
    Properties zh = load(bundle + "_zh.properties");
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
    for (String key : en.stringPropertyNames()) {
      // A translation may leave an argument out (the Chinese section heading needs no English
      // name), never use one the English does not have.
      assertTrue(
          placeholders(en.getProperty(key)).containsAll(placeholders(zh.getProperty(key))), key);
    }
  }

  @Test
  void everyCodeDeclaresTheArgumentsItsMessageUses() {
    for (CliCode code : CliCode.values()) {
      assertEquals(
          new TreeSet<>(code.argumentNames()),
          MessageRenderer.placeholders(Messages.BUNDLE, code.id()),
          code.id());
    }
  }

  @Test
  void aTextIsGivenItsArgumentsByTheNamesOfItsPlaceholders() {
    assertEquals(
        "Could not write a.json (disk full); any file of that name was left as it was",
        Messages.get(Locale.ENGLISH, "error.write", "file", "a.json", "reason", "disk full"));
    // A name the text does not have, or a placeholder left unfilled, is refused in tests.
    assertThrows(
        IllegalArgumentException.class,
        () -> Messages.get(Locale.ENGLISH, "error.write", "file", "a.json", "cause", "disk full"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Messages.get(Locale.ENGLISH, "error.write", "file", "a.json"));
    assertThrows(
        IllegalArgumentException.class, () -> CliCode.TOO_LARGE.variant("unknownSize", "size", 3));
    assertEquals(
        java.util.Map.of("limit", LocalizedText.of(3)),
        CliCode.TOO_LARGE.variant("unknownSize", "limit", 3).messageArguments());
  }

  @Test
  void neverFallsBackToTheSystemLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CHINA);
      assertEquals("Summary", Messages.get(Locale.ENGLISH, "summary.title"));
      assertEquals("Summary", Messages.get(Locale.GERMANY, "summary.title"));
      assertEquals("汇总", Messages.get(Locale.TAIWAN, "summary.title"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void everyCodeHasAMessageAndADescriptionInBothLanguages() {
    for (CliCode code : CliCode.values()) {
      Finding f = code.finding("x", "y");
      assertEquals(code.id(), f.ruleId());
      assertEquals(code.defaultSeverity(), f.severity());
      assertNotEquals(f.messageEn(), f.messageZh());
      assertFalse(code.description(Locale.ENGLISH).isBlank());
      assertNotEquals(code.description(Locale.ENGLISH), code.description(Locale.CHINA));
      assertEquals(java.util.Optional.of(code), CliCode.fromId(code.id()));
    }
    assertTrue(CliCode.fromId("DR-V101").isEmpty());
  }
}
