package org.disclosurereport.spring.internal;

import org.disclosurereport.spring.DisclosureProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot 3: puts the report's rules under {@code @Valid} through Boot's {@code
 * ValidationConfigurationCustomizer}, with {@code disclosure.validation.blank-policy}.
 */
@AutoConfiguration
@ConditionalOnClass(
    name = {
      "org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer",
      "org.hibernate.validator.HibernateValidatorConfiguration"
    })
@EnableConfigurationProperties(DisclosureProperties.class)
public class DisclosureValidationAutoConfiguration {
  /** Created by Spring. */
  public DisclosureValidationAutoConfiguration() {}

  /**
   * Adds the report's constraint to the application's validator.
   *
   * @param properties the starter's settings
   * @return the customizer
   */
  @Bean
  public ValidationConfigurationCustomizer disclosureReportConstraints(
      DisclosureProperties properties) {
    return configuration ->
        ReportConstraints.contribute(configuration, properties.getValidation().getBlankPolicy());
  }
}
