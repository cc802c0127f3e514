package org.disclosurereport.validation.bean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.TestReports;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportBeanValidationTest {
  private static ValidatorFactory english;
  private static ValidatorFactory chinese;

  @BeforeAll
  static void build() {
    english = ReportBeanValidation.buildValidatorFactory(Locale.ENGLISH);
    chinese = ReportBeanValidation.buildValidatorFactory(Locale.SIMPLIFIED_CHINESE);
  }

  @AfterAll
  static void close() {
    english.close();
    chinese.close();
  }

  /**
   * The seed report with a blank title and （七）总计 / 自然人 printed as 20 while its result rows add up
   * to 26: one field violation and three broken sums.
   */
  static AnnualReport broken() {
    AnnualReport report = TestReports.wrongResultsTotal();
    return report.withMetadata(report.metadata().withTitle(" "));
  }

  @Test
  void seedReportHasNoViolations() {
    assertEquals(Set.of(), english.getValidator().validate(TestReports.luoning2020()));
  }

  @Test
  void deliberatelyInvalidReportYieldsExactlyTheExpectedViolations() {
    Set<ConstraintViolation<AnnualReport>> violations = english.getValidator().validate(broken());
    assertEquals(4, violations.size(), violations::toString);
    Map<String, Optional<String>> byPath = byPath(violations);
    assertEquals(
        Map.of(
            "cells", Optional.of("DR-V101"),
            "cells[applications/resultsTotal/naturalPerson]", Optional.of("DR-V102"),
            "cells[applications/resultsTotal/total]", Optional.of("DR-V103"),
            "metadata.title", Optional.empty()),
        byPath);
  }

  @Test
  void aReportWithoutOrganOrYearViolatesTheMetadataConstraints() {
    AnnualReport seed = TestReports.luoning2020();
    AnnualReport incomplete =
        seed.withMetadata(
            seed.metadata()
                .withOrganName(Optional.empty())
                .withReportYear(java.util.OptionalInt.empty()));
    Set<ConstraintViolation<AnnualReport>> violations = english.getValidator().validate(incomplete);
    assertEquals(
        Set.of("metadata.organName", "metadata.reportYear"),
        violations.stream()
            .map(v -> v.getPropertyPath().toString())
            .collect(java.util.stream.Collectors.toSet()),
        violations::toString);
  }

  @Test
  void identityViolationCarriesTheFindingAndItsMessage() {
    ConstraintViolation<AnnualReport> v =
        only(
            english.getValidator().validate(broken()),
            "cells[applications/resultsTotal/naturalPerson]");
    Finding f = ReportBeanValidation.finding(v).orElseThrow();
    assertEquals("DR-V102", f.ruleId());
    assertEquals(20, f.reported().orElseThrow().intValue());
    assertEquals(26, f.expected().orElseThrow().intValue());
    assertEquals(f.messageEn(), v.getMessage());
    assertEquals("{identity.total}", v.getMessageTemplate());
    assertEquals(26, f.hints().get(0).suggested().intValue());
  }

  @Test
  void messagesFollowTheFactoryLocale() {
    Set<ConstraintViolation<AnnualReport>> violations = chinese.getValidator().validate(broken());
    ConstraintViolation<AnnualReport> sum =
        only(violations, "cells[applications/resultsTotal/naturalPerson]");
    assertEquals(ReportBeanValidation.finding(sum).orElseThrow().messageZh(), sum.getMessage());
    assertTrue(sum.getMessage().startsWith("（七）总计 / 自然人：填报 20"), sum.getMessage());
    assertEquals("不得为空白", only(violations, "metadata.title").getMessage());
    assertEquals(
        "must not be blank",
        only(english.getValidator().validate(broken()), "metadata.title").getMessage());
  }

  @Test
  void containerConfigurationByPropertiesGivesTheSameViolations() {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(new ReportMessageInterpolator(Locale.ENGLISH))
            .addProperty(
                "hibernate.validator.getter_property_selection_strategy",
                AccessorGetterPropertySelectionStrategy.class.getName())
            .addProperty(
                "hibernate.validator.constraint_mapping_contributors",
                ReportConstraintMappingContributor.class.getName());
    try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
      Set<ConstraintViolation<AnnualReport>> violations = factory.getValidator().validate(broken());
      assertEquals(byPath(english.getValidator().validate(broken())), byPath(violations));
    }
  }

  @Test
  void withoutTheAccessorStrategyTheMappingIsRefusedNotSilentlyIgnored() {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(new ReportMessageInterpolator(Locale.ENGLISH));
    ConstraintMapping mapping = configuration.createConstraintMapping();
    assertThrows(
        ValidationException.class,
        () -> {
          ReportConstraintMappingContributor.declare(mapping);
          configuration.addMapping(mapping).buildValidatorFactory().close();
        });
  }

  @Test
  void noExpressionLanguageImplementationIsNeeded() {
    for (String name :
        List.of("jakarta.el.ExpressionFactory", "org.glassfish.expressly.ExpressionFactoryImpl")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name);
    }
  }

  private static Map<String, Optional<String>> byPath(
      Set<ConstraintViolation<AnnualReport>> violations) {
    Map<String, Optional<String>> m = new TreeMap<>();
    for (ConstraintViolation<AnnualReport> v : violations) {
      m.put(v.getPropertyPath().toString(), ReportBeanValidation.ruleId(v));
    }
    return m;
  }

  private static ConstraintViolation<AnnualReport> only(
      Set<ConstraintViolation<AnnualReport>> violations, String path) {
    List<ConstraintViolation<AnnualReport>> found =
        violations.stream().filter(v -> v.getPropertyPath().toString().equals(path)).toList();
    assertEquals(1, found.size(), () -> path + " in " + violations);
    return found.get(0);
  }
}
