package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReaderRuleTest {
  private static final String BUNDLE = "org.disclosurereport.layout.ReaderMessages";

  @Test
  void idsAreStableAndUnique() {
    Set<String> ids = new HashSet<>();
    for (ReaderRule rule : ReaderRule.values()) {
      assertTrue(rule.id().matches("DR-L\\d{3}"), rule.id());
      assertTrue(ids.add(rule.id()), "duplicate " + rule.id());
    }
  }

  @Test
  void everyRuleHasAnEnglishAndAChineseMessage() {
    ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    ResourceBundle zh =
        ResourceBundle.getBundle(
            BUNDLE,
            Locale.CHINESE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    assertEquals(en.keySet(), zh.keySet(), "both bundles have the same keys");
    for (ReaderRule rule : ReaderRule.values()) {
      String english = en.getString(rule.id());
      String chinese = zh.getString(rule.id());
      assertFalse(english.equals(chinese), rule.id());
      assertTrue(
          chinese
              .codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
      assertEquals(
          placeholders(english), placeholders(chinese), rule.id() + " uses the same arguments");
      assertEquals(
          new HashSet<>(rule.argumentNames()),
          placeholders(english),
          rule.id() + " names the arguments its message uses");
    }
    Set<String> ruleKeys = new HashSet<>();
    for (ReaderRule rule : ReaderRule.values()) {
      ruleKeys.add(rule.id());
    }
    for (String key : en.keySet()) {
      assertTrue(
          !key.startsWith("DR-") || ruleKeys.contains(key), "message without a rule: " + key);
    }
  }

  @Test
  void theGuideListsEveryRuleWithItsSeverity() throws java.io.IOException {
    java.nio.file.Path guide =
        java.nio.file.Path.of(System.getProperty("user.dir")).getParent().resolve("docs/layout.md");
    String text = java.nio.file.Files.readString(guide);
    for (ReaderRule rule : ReaderRule.values()) {
      assertTrue(
          text.contains("| " + rule.id() + " | " + rule.defaultSeverity() + " |"),
          () -> "docs/layout.md does not list " + rule.id() + " as " + rule.defaultSeverity());
    }
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
