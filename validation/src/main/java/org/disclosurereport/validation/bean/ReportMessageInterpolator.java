package org.disclosurereport.validation.bean;

import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.disclosurereport.finding.LocalizedText;
import org.disclosurereport.finding.MessageBundle;
import org.disclosurereport.finding.MessageRenderer;
import org.disclosurereport.finding.RuleCode;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * A message interpolator that knows the bundles of the validator's rules ({@link RuleCode#BUNDLE})
 * and of this package's constraints, and needs no Expression Language implementation.
 *
 * <p>Message keys are looked up in the application's {@code ValidationMessages}, then in this
 * package's bundle and the rules' bundle (both loaded by {@link MessageRenderer}), then in
 * Hibernate Validator's own; a parameter that is a {@link LocalizedText} is taken in the
 * interpolation's language; {@code {name}} parameters are filled from the violation's message
 * parameters and the constraint's attributes. Expressions ({@code ${...}}) are left as they are.
 * The locale is the one the caller asks for ({@code interpolate(template, context, locale)}, as
 * Spring does), else the default locale given at construction: Chinese for any {@code zh} locale,
 * English otherwise.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportMessageInterpolator extends AbstractMessageInterpolator {
  private static final MessageBundle BEAN_BUNDLE =
      MessageBundle.of(ReportMessageInterpolator.class, "BeanMessages");

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
        locale -> new Composite(locale),
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
        return text(parameters.get(name), locale);
      }
    }
    Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
    if (attributes.containsKey(name)) {
      return text(attributes.get(name), locale);
    }
    return term;
  }

  /** This package's bundle, then the rules' bundle, in one language. */
  private static final class Composite extends ResourceBundle {
    private final ResourceBundle first;
    private final ResourceBundle second;

    Composite(Locale locale) {
      this.first = MessageRenderer.bundle(BEAN_BUNDLE, locale);
      this.second = MessageRenderer.bundle(RuleCode.BUNDLE, locale);
    }

    @Override
    protected Object handleGetObject(String key) {
      return first.containsKey(key)
          ? first.getObject(key)
          : second.containsKey(key) ? second.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
      Set<String> keys = new LinkedHashSet<>(first.keySet());
      keys.addAll(second.keySet());
      return Collections.enumeration(keys);
    }
  }

  private static String text(Object value, Locale locale) {
    if (value instanceof LocalizedText t) {
      return t.in(locale);
    }
    if (value instanceof Object[] array) {
      return Arrays.toString(array);
    }
    return String.valueOf(value);
  }
}
