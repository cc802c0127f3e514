package org.disclosurereport.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.DisclosureModule;
import org.disclosurereport.testkit.GeneratorConfig;
import org.disclosurereport.testkit.MutantGenerator;
import org.disclosurereport.testkit.ReportGenerator;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.disclosurereport.testkit.samples.SampleReports;
import org.disclosurereport.validation.bean.ReportBeanValidation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.i18n.LocaleContextHolder;

/** The auto-configurations on Spring Boot 3.5 with Jackson 2, without a web server. */
class DisclosureAutoConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  JacksonAutoConfiguration.class,
                  ValidationAutoConfiguration.class,
                  org.disclosurereport.spring.internal.DisclosureJacksonAutoConfiguration.class,
                  org.disclosurereport.spring.internal.DisclosureJackson3AutoConfiguration.class,
                  org.disclosurereport.spring.internal.DisclosureValidationAutoConfiguration.class,
                  org.disclosurereport.spring.internal.DisclosureValidationBoot4AutoConfiguration
                      .class));

  /** A DTO of the application's own, a record, whose accessors are not getters. */
  record Contact(@NotBlank String name) {}

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void theApplicationsObjectMapperReadsAndWritesReports() {
    runner.run(
        context -> {
          assertEquals(1, context.getBeansOfType(DisclosureModule.class).size());
          ObjectMapper mapper = context.getBean(ObjectMapper.class);
          AnnualReport seed = SampleReports.luoning2020();
          assertEquals(seed, mapper.readValue(mapper.writeValueAsString(seed), AnnualReport.class));
        });
  }

  @Test
  void reportsBreakingRulesAreViolationsInTheRequestsLocale() {
    AnnualReport broken =
        MutantGenerator.of("DR-V102", GeneratorConfig.of(Edition.V2021))
            .generate(RandomEntropy.seeded(7))
            .report();
    runner.run(
        context -> {
          Validator validator = context.getBean(Validator.class);
          assertTrue(validator.validate(SampleReports.luoning2020()).isEmpty());
          LocaleContextHolder.setLocale(Locale.ENGLISH);
          Set<ConstraintViolation<AnnualReport>> en = validator.validate(broken);
          List<String> ids =
              en.stream().map(v -> ReportBeanValidation.ruleId(v).orElse("-")).toList();
          assertTrue(ids.contains("DR-V102"), ids.toString());
          LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
          Set<ConstraintViolation<AnnualReport>> zh = validator.validate(broken);
          ConstraintViolation<AnnualReport> one = en.iterator().next();
          String finding = ReportBeanValidation.finding(one).orElseThrow().message(Locale.ENGLISH);
          assertEquals(finding, one.getMessage());
          assertTrue(
              zh.stream().anyMatch(v -> !v.getMessage().equals(one.getMessage())),
              "messages follow the locale");
        });
  }

  @Test
  void otherClassesValidateAsWithoutTheStarter() {
    ApplicationContextRunner plain =
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class));
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    String[] without = new String[1];
    plain.run(context -> without[0] = messages(context.getBean(Validator.class)));
    runner.run(context -> assertEquals(without[0], messages(context.getBean(Validator.class))));
    assertEquals("[must not be blank]", without[0]);
  }

  @Test
  void theBlankPolicyIsASetting() {
    AnnualReport withBlanks =
        ReportGenerator.of(
                GeneratorConfig.builder().edition(Edition.V2021).blankPercent(30).build())
            .generate(RandomEntropy.seeded(3));
    runner.run(
        context ->
            assertTrue(
                ids(context.getBean(Validator.class), withBlanks).stream()
                    .noneMatch("DR-V011"::equals)));
    runner
        .withPropertyValues("disclosure.validation.blank-policy=BLANK_IS_ERROR")
        .run(
            context ->
                assertTrue(ids(context.getBean(Validator.class), withBlanks).contains("DR-V011")));
  }

  @Test
  void theSettingsHaveMetadataForTheIde() throws IOException {
    String metadata;
    try (InputStream in =
        DisclosureProperties.class.getResourceAsStream(
            "/META-INF/spring-configuration-metadata.json")) {
      metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String name :
        List.of(
            "disclosure.validation.blank-policy",
            "disclosure.validation.language",
            "disclosure.read.strictness",
            "disclosure.read.max-document-bytes")) {
      assertTrue(metadata.contains("\"" + name + "\""), name);
    }
  }

  private static String messages(Validator validator) {
    return validator.validate(new Contact(" ")).stream()
        .map(ConstraintViolation::getMessage)
        .sorted()
        .toList()
        .toString();
  }

  private static List<String> ids(Validator validator, AnnualReport report) {
    return validator.validate(report).stream()
        .map(v -> ReportBeanValidation.ruleId(v).orElse("-"))
        .toList();
  }
}
