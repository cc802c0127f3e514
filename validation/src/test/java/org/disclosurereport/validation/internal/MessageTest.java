package org.disclosurereport.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageTest {
  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties en = load("Messages.properties");
    Properties zh = load("Messages_zh.properties");
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
    assertEquals("a 1 {b} c", Message.substitute("a {x} {b} c", Map.of("x", "1")));
    assertEquals("{", Message.substitute("{", Map.of()));
  }

  @Test
  void chineseForAnyChineseLocaleEnglishOtherwise() {
    Message m = Message.of("hint.many", "labels", "L", "reported", 1, "suggested", 2, "count", 3);
    assertEquals("L：填报 1，改为 2 可满足 3 条规则", m.render(Locale.TAIWAN));
    assertEquals(m.zh(), m.render(Locale.SIMPLIFIED_CHINESE));
    assertEquals("L: reported 1, 2 would satisfy 3 rules", m.render(Locale.GERMANY));
    assertEquals(m.en(), m.render(Locale.ENGLISH));
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
        MessageTest.class.getResourceAsStream("/org/disclosurereport/validation/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
