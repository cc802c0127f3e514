package org.disclosurereport.spring.internal;

import org.disclosurereport.serialization.DisclosureModule;
import org.disclosurereport.spring.DisclosureProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Registers the Jackson 2 {@link DisclosureModule} as a bean, which Spring Boot 3 adds to the
 * application's {@code ObjectMapper}: {@code @RequestBody AnnualReport} then reads the canonical
 * form, with the limits and strictness of {@code disclosure.read.*}.
 */
@AutoConfiguration
@ConditionalOnClass(name = "com.fasterxml.jackson.databind.ObjectMapper")
@EnableConfigurationProperties(DisclosureProperties.class)
public class DisclosureJacksonAutoConfiguration {
  /** Created by Spring. */
  public DisclosureJacksonAutoConfiguration() {}

  /**
   * The Jackson 2 module for reports.
   *
   * @param properties the starter's settings
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  public DisclosureModule disclosureJackson2Module(DisclosureProperties properties) {
    return new DisclosureModule(
        properties.getRead().toReadOptions(), properties.getRead().toLimits());
  }
}
