package org.disclosurereport.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.disclosurereport.finding.MessageRenderer;
import org.junit.jupiter.api.Test;

/** Both languages have every text; every problem has its title and detail. */
class PageTextTest {
  @Test
  void bothLanguagesHaveTheSameKeys() {
    ResourceBundle.Control control =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    ResourceBundle en =
        ResourceBundle.getBundle(PageText.BUNDLE.baseName(), Locale.ENGLISH, control);
    ResourceBundle zh =
        ResourceBundle.getBundle(PageText.BUNDLE.baseName(), Locale.SIMPLIFIED_CHINESE, control);
    assertEquals(en.keySet(), zh.keySet());
    assertEquals(
        PageText.scriptTexts(Locale.ENGLISH).keySet(),
        PageText.scriptTexts(PageText.CHINESE).keySet());
  }

  @Test
  void everyProblemHasATitleAndADetailInBothLanguages() {
    for (Problem p : Problem.values()) {
      List<Object> args = new ArrayList<>();
      for (String name : MessageRenderer.placeholders(PageText.BUNDLE, detailKey(p))) {
        args.add(name);
        args.add("«" + name + "»");
      }
      for (Locale l : new Locale[] {Locale.ENGLISH, PageText.CHINESE}) {
        assertFalse(p.title(l).isBlank(), p + " " + l);
        String detail = p.detail(l, args.toArray());
        assertFalse(detail.isBlank(), p + " " + l);
        assertFalse(detail.contains("{"), detail);
        for (int i = 1; i < args.size(); i += 2) {
          assertTrue(detail.contains((String) args.get(i)), detail);
        }
      }
      assertNotEquals(p.title(Locale.ENGLISH), p.title(PageText.CHINESE), p.code());
      String doc = p.document(Locale.ENGLISH, "/x", Optional.empty(), args.toArray());
      assertEquals(true, doc.contains("\"status\":" + p.status()), doc);
    }
  }

  @Test
  void aTextIsGivenItsArgumentsByTheNamesOfItsPlaceholders() {
    assertEquals("Nothing is at /x.", Problem.NOT_FOUND.detail(Locale.ENGLISH, "path", "/x"));
    // A name the text does not have, or a placeholder left unfilled, is refused in tests.
    assertThrows(
        IllegalArgumentException.class,
        () -> Problem.NOT_FOUND.detail(Locale.ENGLISH, "file", "/x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PageText.get(Locale.ENGLISH, "js.valid", "file", "a"));
  }

  private static String detailKey(Problem p) {
    return "problem." + p.code() + ".detail";
  }

  @Test
  void theLanguageParameterChoosesEnglishOrTheChineseDefault() {
    assertEquals(Locale.ENGLISH, PageText.locale("en"));
    assertEquals(Locale.ENGLISH, PageText.locale("EN-us"));
    assertEquals(PageText.CHINESE, PageText.locale(null));
    assertEquals(PageText.CHINESE, PageText.locale("zh"));
    assertEquals(PageText.CHINESE, PageText.locale("fr"));
  }
}
