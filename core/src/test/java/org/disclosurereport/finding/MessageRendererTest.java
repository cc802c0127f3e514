package org.disclosurereport.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageRendererTest {
  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties en = load("RuleMessages.properties");
    Properties zh = load("RuleMessages_zh.properties");
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
    for (String key : en.stringPropertyNames()) {
      Set<String> enNames = placeholders(en.getProperty(key));
      Set<String> zhNames = placeholders(zh.getProperty(key));
      // English messages may add the English name of a cell and the English statement.
      enNames.remove("name");
      enNames.remove("statementEn");
      zhNames.remove("statementZh");
      assertEquals(enNames, zhNames, key);
      assertFalse(zh.getProperty(key).isBlank(), key);
    }
  }

  @Test
  void substituteFillsKnownNamesAndLeavesOthers() {
    assertEquals(
        "a 1 {b} c",
        MessageRenderer.substitute("a {x} {b} c", Map.of("x", LocalizedText.of(1)), Locale.ROOT));
    assertEquals("{", MessageRenderer.substitute("{", Map.of(), Locale.ROOT));
    assertEquals("it's", MessageRenderer.substitute("it's", Map.of(), Locale.ROOT));
    Map<String, LocalizedText> both = Map.of("x", new LocalizedText("甲", "A"));
    assertEquals("[甲]", MessageRenderer.substitute("[{x}]", both, Locale.SIMPLIFIED_CHINESE));
    assertEquals("[A]", MessageRenderer.substitute("[{x}]", both, Locale.FRENCH));
  }

  @Test
  void chineseForAnyChineseLocaleEnglishOtherwise() {
    Object[] args = {"labels", "L", "reported", 1, "suggested", 2, "count", 3};
    Locale previous = Locale.getDefault();
    try {
      // The JVM's default locale must not leak into English messages.
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertEquals(
          "L：填报 1，改为 2 可满足 3 条规则",
          MessageRenderer.text(RuleCode.BUNDLE, "hint.many", Locale.TAIWAN, args));
      assertEquals(
          "L: reported 1, 2 would satisfy 3 rules",
          MessageRenderer.text(RuleCode.BUNDLE, "hint.many", Locale.GERMANY, args));
      assertEquals(
          "L: reported 1, 2 would satisfy 3 rules",
          MessageRenderer.text(RuleCode.BUNDLE, "hint.many", Locale.ENGLISH, args));
    } finally {
      Locale.setDefault(previous);
    }
  }

  @Test
  void aFindingKeepsItsCodeAndArgumentsAndRendersInEitherLanguageLater() {
    Finding f = Findings.missingMetadata("organName");
    assertEquals(RuleCode.REQUIRED_METADATA, f.code());
    assertEquals("DR-V001", f.ruleId());
    assertEquals(List.of("DR-V001.missing"), f.messageKeys());
    assertEquals(Map.of("field", LocalizedText.of("organName")), f.messageArguments());
    assertEquals("Required metadata organName is missing or blank.", f.message(Locale.US));
    assertEquals("必填元数据 organName 缺失或为空白。", f.message(Locale.CHINA));
    Finding copy = Finding.builder().from(f).build();
    assertEquals(f, copy);
    assertEquals(f.messageZh(), copy.messageZh());
  }

  @Test
  void aFindingWithoutKeysUsesItsCodesKey() {
    Finding f =
        Finding.of(RuleCode.DIFFERENT_ORGANS, "previousOrgan", "甲", "currentOrgan", "乙").build();
    assertEquals(List.of("DR-V404"), f.messageKeys());
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.messageEn().contains("(甲, 乙)"), f.messageEn());
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(pattern);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessageRendererTest.class.getResourceAsStream("/org/disclosurereport/finding/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void valuesGivenInOrderTakeTheNamesTheCatalogueDeclares() {
    Map<String, LocalizedText> a =
        MessageRenderer.named(java.util.List.of("size", "limit"), 5, new LocalizedText("甲", "a"));
    assertEquals(java.util.List.of("size", "limit"), java.util.List.copyOf(a.keySet()));
    assertEquals("5 > a", MessageRenderer.substitute("{size} > {limit}", a, Locale.ROOT));
    assertEquals("5 > 甲", MessageRenderer.substitute("{size} > {limit}", a, Locale.CHINESE));
    assertEquals(
        Map.of("size", LocalizedText.of(1)),
        MessageRenderer.named(java.util.List.of("size"), 1, 2),
        "a value no name is declared for is left out");
  }

  @Test
  void aKeysPlaceholdersAreItsNamesInEitherLanguage() {
    assertEquals(
        Set.of("labels", "reported", "suggested"),
        MessageRenderer.placeholders(RuleCode.BUNDLE, "hint.correction"));
    // The Chinese message leaves out the English name of the cell; a call still gives it.
    assertFalse(
        MessageRenderer.pattern(RuleCode.BUNDLE, "DR-V010", Locale.CHINESE).contains("{name}"));
    assertTrue(MessageRenderer.placeholders(RuleCode.BUNDLE, "DR-V010").contains("name"));
    assertEquals(Set.of(), MessageRenderer.placeholders(RuleCode.BUNDLE, "hint.separator"));
  }

  @Test
  void aCallWhoseNamesAreNotTheKeysPlaceholdersIsRefused() {
    Map<String, LocalizedText> right =
        MessageRenderer.arguments("labels", "L", "reported", 1, "suggested", 2);
    assertTrue(MessageRenderer.checkNames(RuleCode.BUNDLE, "hint.correction", right));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MessageRenderer.checkNames(
                    RuleCode.BUNDLE,
                    "hint.correction",
                    MessageRenderer.arguments("labels", "L", "reportd", 1, "suggested", 2)));
    assertTrue(e.getMessage().contains("hint.correction"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown: [reportd]"), e.getMessage());
    assertTrue(e.getMessage().contains("missing: [reported]"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> MessageRenderer.checkNames(RuleCode.BUNDLE, "hint.separator", right));
  }

  @Test
  void testsRenderWithTheNamesChecked() {
    boolean checked = false;
    assert checked = true;
    assertTrue(checked, "tests run with assertions enabled, which check every rendered call");
    assertThrows(
        IllegalArgumentException.class,
        () -> MessageRenderer.text(RuleCode.BUNDLE, "hint.correction", Locale.ROOT, "labels", "L"));
    assertThrows(
        IllegalArgumentException.class,
        () -> MessageRenderer.phrase(RuleCode.BUNDLE, "hint.separator", "count", 1));
    assertEquals(
        "L: reported 1, 2",
        MessageRenderer.text(
            RuleCode.BUNDLE,
            "hint.correction",
            Locale.ROOT,
            "labels",
            "L",
            "reported",
            1,
            "suggested",
            2));
  }
}
