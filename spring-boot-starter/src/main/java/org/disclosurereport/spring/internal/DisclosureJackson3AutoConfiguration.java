package org.disclosurereport.spring.internal;

import org.disclosurereport.jackson3.DisclosureModule;
import org.disclosurereport.spring.DisclosureProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Registers the Jackson 3 {@link DisclosureModule} as a bean, which Spring Boot 4 adds to the
 * application's {@code JsonMapper}; present only when Jackson 3 is.
 */
@AutoConfiguration
@ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
@EnableConfigurationProperties(DisclosureProperties.class)
public class DisclosureJackson3AutoConfiguration {
  /** Created by Spring. */
  public DisclosureJackson3AutoConfiguration() {}

  /**
   * The Jackson 3 module for reports.
   *
   * @param properties the starter's settings
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  public DisclosureModule disclosureJackson3Module(DisclosureProperties properties) {
    return new DisclosureModule(
        properties.getRead().toReadOptions(), properties.getRead().toLimits());
  }
}
