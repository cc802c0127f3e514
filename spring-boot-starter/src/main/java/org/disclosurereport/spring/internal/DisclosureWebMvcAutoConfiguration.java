package org.disclosurereport.spring.internal;

import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.spring.DisclosureProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Spring MVC: answers a rejected or unreadable report as an RFC 9457 problem ({@link
 * ReportProblemResolver}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
@EnableConfigurationProperties(DisclosureProperties.class)
public class DisclosureWebMvcAutoConfiguration {
  /** Created by Spring. */
  public DisclosureWebMvcAutoConfiguration() {}

  /**
   * The resolver of report problems, ahead of Spring MVC's own.
   *
   * @param properties the starter's settings
   * @param adapter Spring MVC's handler adapter, whose message converters write the problem
   * @return the resolver
   */
  @Bean
  public ReportProblemResolver disclosureReportProblemResolver(
      DisclosureProperties properties, ObjectProvider<RequestMappingHandlerAdapter> adapter) {
    return new ReportProblemResolver(
        properties.getValidation().getLanguage(),
        ReportJson.create(properties.getRead().toReadOptions(), properties.getRead().toLimits()),
        adapter);
  }

  /**
   * Keeps a posted report's bytes for the problem response of an unreadable one.
   *
   * @param properties the starter's settings (the document size limit)
   * @return the advice
   */
  @Bean
  public ReportBodyCapture disclosureReportBodyCapture(DisclosureProperties properties) {
    return new ReportBodyCapture(properties.getRead().toLimits().maxDocumentBytes());
  }
}
