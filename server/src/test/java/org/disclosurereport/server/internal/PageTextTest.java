package org.disclosurereport.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
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
      for (Locale l : new Locale[] {Locale.ENGLISH, PageText.CHINESE}) {
        assertFalse(p.title(l).isBlank(), p + " " + l);
        assertFalse(p.detail(l, "x", "y", "z").isBlank(), p + " " + l);
      }
      assertNotEquals(p.title(Locale.ENGLISH), p.title(PageText.CHINESE), p.code());
      String doc = p.document(Locale.ENGLISH, "/x", Optional.empty(), 1, 2, 3);
      assertEquals(true, doc.contains("\"status\":" + p.status()), doc);
    }
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
