package org.disclosurereport.validation.bean;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.disclosurereport.validation.Finding;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * A message interpolator that knows the validation module's bundle ({@link
 * Finding#MESSAGE_BUNDLE}) and needs no Expression Language implementation.
 *
 * <p>Message keys are looked up in the application's {@code ValidationMessages}, then in the
 * validation module's bundle, then in Hibernate Validator's own; {@code {name}} parameters are
 * filled from the violation's message parameters and the constraint's attributes. Expressions
 * ({@code ${...}}) are left as they are. The locale is the one the caller asks for ({@code
 * interpolate(template, context, locale)}, as Spring does), else the default locale given at
 * construction: Chinese for any {@code zh} locale, English otherwise.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportMessageInterpolator extends AbstractMessageInterpolator {

  /** Creates an interpolator whose default locale is the JVM's. */
  public ReportMessageInterpolator() {
    this(Locale.getDefault());
  }

  /**
   * Creates an interpolator.
   *
   * @param defaultLocale the locale of messages when the caller names none
   */
  public ReportMessageInterpolator(Locale defaultLocale) {
    super(
        new PlatformResourceBundleLocator(USER_VALIDATION_MESSAGES),
        new PlatformResourceBundleLocator(Finding.MESSAGE_BUNDLE),
        Set.of(defaultLocale),
        defaultLocale,
        context -> context.getDefaultLocale(),
        false);
  }

  @Override
  protected String interpolate(Context context, Locale locale, String term) {
    if (term.startsWith("$") || term.length() < 2) {
      return term;
    }
    String name = term.substring(1, term.length() - 1);
    if (context instanceof HibernateMessageInterpolatorContext h) {
      Map<String, Object> parameters = h.getMessageParameters();
      if (parameters.containsKey(name)) {
        return text(parameters.get(name));
      }
    }
    Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
    if (attributes.containsKey(name)) {
      return text(attributes.get(name));
    }
    return term;
  }

  private static String text(Object value) {
    if (value instanceof Object[] array) {
      return Arrays.toString(array);
    }
    return String.valueOf(value);
  }
}
