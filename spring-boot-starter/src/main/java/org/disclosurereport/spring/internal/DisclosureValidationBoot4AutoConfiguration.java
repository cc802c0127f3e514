package org.disclosurereport.spring.internal;

import org.disclosurereport.spring.DisclosureProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot 4: the same as {@link DisclosureValidationAutoConfiguration}, through the customizer
 * type Boot 4 moved to its validation module.
 */
@AutoConfiguration
@ConditionalOnClass(
    name = {
      "org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer",
      "org.hibernate.validator.HibernateValidatorConfiguration"
    })
@EnableConfigurationProperties(DisclosureProperties.class)
public class DisclosureValidationBoot4AutoConfiguration {
  /** Created by Spring. */
  public DisclosureValidationBoot4AutoConfiguration() {}

  /**
   * Adds the report's constraint to the application's validator.
   *
   * @param properties the starter's settings
   * @return the customizer
   */
  @Bean
  public ValidationConfigurationCustomizer disclosureReportConstraintsBoot4(
      DisclosureProperties properties) {
    return configuration ->
        ReportConstraints.contribute(configuration, properties.getValidation().getBlankPolicy());
  }
}
