package org.disclosurereport.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.finding.MessageRenderer;
import org.junit.jupiter.api.Test;

class ReadCodeTest {
  @Test
  void numbersAreUniqueAndIdsFollowTheFormatPrefix() {
    Set<Integer> numbers = new HashSet<>();
    for (ReadCode code : ReadCode.values()) {
      assertTrue(numbers.add(code.number()), code.name());
      assertTrue(code.id(DocumentFormat.JSON).matches("DR-J\\d{3}"), code.id(DocumentFormat.JSON));
      assertTrue(code.id(DocumentFormat.XML).matches("DR-X\\d{3}"), code.id(DocumentFormat.XML));
    }
    assertEquals("DR-J021", ReadCode.WRONG_TYPE.id(DocumentFormat.JSON));
    assertFalse(ReadCode.DTD_REFUSED.appliesTo(DocumentFormat.JSON));
    assertFalse(ReadCode.BYTE_ORDER_MARK.appliesTo(DocumentFormat.XML));
  }

  @Test
  void everyCodeHasAnEnglishAndAChineseMessage() {
    ResourceBundle en = MessageRenderer.bundle(ReadCode.BUNDLE, Locale.ROOT);
    ResourceBundle zh = MessageRenderer.bundle(ReadCode.BUNDLE, Locale.CHINA);
    for (ReadCode code : ReadCode.values()) {
      assertEquals(code.id(DocumentFormat.JSON), code.messageKey());
      String e = en.getString(code.messageKey());
      String z = zh.getString(code.messageKey());
      assertFalse(e.equals(z), code.name());
      assertTrue(
          z.codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
          code.name());
    }
    assertEquals(ReadCode.values().length + 1, Arrays.stream(ReadCode.values()).count() + 1);
  }

  @Test
  void everyCodeNamesTheArgumentsItsMessageUses() {
    java.util.regex.Pattern named = java.util.regex.Pattern.compile("\\{(\\w+)}");
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.CHINESE}) {
      for (ReadCode code : ReadCode.values()) {
        Set<String> used = new HashSet<>();
        java.util.regex.Matcher m =
            named.matcher(MessageRenderer.pattern(ReadCode.BUNDLE, code.messageKey(), locale));
        while (m.find()) {
          used.add(m.group(1));
        }
        assertEquals(new HashSet<>(code.argumentNames()), used, code + " " + locale);
      }
    }
  }
}
