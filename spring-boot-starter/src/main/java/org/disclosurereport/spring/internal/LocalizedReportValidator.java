package org.disclosurereport.spring.internal;

import org.disclosurereport.finding.Finding;
import org.disclosurereport.validation.bean.ConsistentReportValidator;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The report's rules under {@code @Valid} in a Spring application: every rule at class level (the
 * starter declares no field constraints, which would need a getter strategy that changes how other
 * classes are validated), each violation's message the finding's own, in the locale of the current
 * request ({@link LocaleContextHolder}), escaped so that the application's interpolator leaves it
 * as it is.
 */
public final class LocalizedReportValidator extends ConsistentReportValidator {
  /** Created by the validator factory. */
  public LocalizedReportValidator() {
    super(false);
  }

  @Override
  protected String messageTemplate(Finding finding) {
    return escape(finding.message(LocaleContextHolder.getLocale()));
  }

  /** Escapes the characters Bean Validation message templates give a meaning to. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
