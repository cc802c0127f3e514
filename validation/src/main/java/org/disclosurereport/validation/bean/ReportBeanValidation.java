package org.disclosurereport.validation.bean;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.disclosurereport.finding.Finding;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Builds Bean Validation validators configured for annual reports, or configures a container's.
 *
 * <p>A validator factory is expensive to build and cheap to use: build one per locale at start-up
 * and share it (factories and validators are thread-safe). See the package documentation for Spring
 * and Jakarta EE.
 *
 * <pre>{@code
 * ValidatorFactory factory = ReportBeanValidation.buildValidatorFactory(Locale.CHINA);
 * Validator validator = factory.getValidator();
 * for (ConstraintViolation<AnnualReport> v : validator.validate(report)) {
 *   System.out.println(ReportBeanValidation.ruleId(v).orElse("-") + " " + v.getPropertyPath()
 *       + ": " + v.getMessage());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportBeanValidation {
  private ReportBeanValidation() {}

  /**
   * Configures a Hibernate Validator configuration for reports: the accessor getter strategy, the
   * model's constraint mapping, and the {@link ReportMessageInterpolator} with the given default
   * locale.
   *
   * @param configuration the configuration, for example a container's
   * @param defaultLocale the locale of messages when the caller names none
   * @return the same configuration
   */
  public static HibernateValidatorConfiguration configure(
      HibernateValidatorConfiguration configuration, Locale defaultLocale) {
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(defaultLocale, "defaultLocale");
    configuration
        .getterPropertySelectionStrategy(new AccessorGetterPropertySelectionStrategy())
        .messageInterpolator(new ReportMessageInterpolator(defaultLocale));
    ConstraintMapping mapping = configuration.createConstraintMapping();
    ReportConstraintMappingContributor.declare(mapping);
    configuration.addMapping(mapping);
    return configuration;
  }

  /**
   * Builds a validator factory for reports. It ignores any {@code META-INF/validation.xml}, so that
   * it is configured the same everywhere. Close it when done.
   *
   * @param defaultLocale the locale of messages: Chinese for {@code zh} locales, else English
   * @return the factory
   */
  public static ValidatorFactory buildValidatorFactory(Locale defaultLocale) {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class).configure().ignoreXmlConfiguration();
    return configure(configuration, defaultLocale).buildValidatorFactory();
  }

  /**
   * Returns the finding behind a violation of {@link ConsistentReport}.
   *
   * @param violation a violation
   * @return the finding, empty for violations of other constraints
   */
  public static Optional<Finding> finding(ConstraintViolation<?> violation) {
    try {
      HibernateConstraintViolation<?> h = violation.unwrap(HibernateConstraintViolation.class);
      return Optional.ofNullable(h.getDynamicPayload(Finding.class));
    } catch (jakarta.validation.ValidationException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the rule id of a violation of {@link ConsistentReport}, for example {@code DR-V102}.
   *
   * @param violation a violation
   * @return the rule id, empty for violations of other constraints
   */
  public static Optional<String> ruleId(ConstraintViolation<?> violation) {
    return finding(violation).map(Finding::ruleId);
  }
}
