package org.disclosurereport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurereport.finding.LocalizedText;
import org.disclosurereport.finding.MessageRenderer;
import org.junit.jupiter.api.Test;

class ReportShapeExceptionTest {
  private static final Pattern NAMED = Pattern.compile("\\{(\\w+)}");

  @Test
  void everyCodeNamesTheArgumentsItsMessageUses() {
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.CHINESE}) {
      for (ReportShapeException.Code code : ReportShapeException.Code.values()) {
        Set<String> used = new HashSet<>();
        Matcher m =
            NAMED.matcher(MessageRenderer.pattern(code.messageBundle(), code.messageKey(), locale));
        while (m.find()) {
          used.add(m.group(1));
        }
        assertEquals(new HashSet<>(code.argumentNames()), used, code + " " + locale);
      }
    }
  }

  @Test
  void theArgumentsAreNamedAndRenderInBothLanguages() {
    ReportShapeException e =
        new ReportShapeException(
            ReportShapeException.Code.REPORT_YEAR, "metadata.reportYear", 1999, 2019, 2099);
    assertEquals(LocalizedText.of("1999"), e.arguments().get("year"));
    assertEquals(LocalizedText.of("metadata.reportYear"), e.arguments().get("field"));
    assertEquals(
        "DR-SHAPE-008: metadata.reportYear: report year 1999 is out of range (valid values 2019 to"
            + " 2099)",
        e.getMessage());
    assertFalse(e.message(Locale.CHINESE).contains("{"), e.message(Locale.CHINESE));
  }
}
