package org.disclosurereport.spring.internal;

import jakarta.validation.Configuration;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.bean.ConsistentReport;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;

/**
 * Adds the report's rules to an application's Bean Validation configuration, and nothing else: one
 * class-level constraint on {@link AnnualReport}, validated by {@link LocalizedReportValidator}.
 * The application's message interpolator, getter strategy and other settings are left as they are,
 * so no other class validates differently.
 */
final class ReportConstraints {
  private ReportConstraints() {}

  /**
   * Adds the constraint mapping when the provider is Hibernate Validator.
   *
   * @param configuration the application's configuration
   * @param blankPolicy what a blank cell means to the rules
   */
  static void contribute(Configuration<?> configuration, BlankPolicy blankPolicy) {
    if (!(configuration instanceof HibernateValidatorConfiguration hibernate)) {
      return;
    }
    ConstraintMapping mapping = hibernate.createConstraintMapping();
    mapping
        .constraintDefinition(ConsistentReport.class)
        .includeExistingValidators(false)
        .validatedBy(LocalizedReportValidator.class);
    mapping
        .type(AnnualReport.class)
        .constraint(
            new GenericConstraintDef<>(ConsistentReport.class).param("blankPolicy", blankPolicy));
    hibernate.addMapping(mapping);
  }
}
