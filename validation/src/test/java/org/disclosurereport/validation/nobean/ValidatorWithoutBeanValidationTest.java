package org.disclosurereport.validation.nobean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.validation.ReportValidator;
import org.disclosurereport.validation.TestReports;
import org.disclosurereport.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/**
 * The rules need no Bean Validation: run by its own Surefire execution with Hibernate Validator and
 * the Jakarta Validation API taken off the class path (the default execution skips it).
 */
class ValidatorWithoutBeanValidationTest {
  @Test
  void beanValidationIsReallyAbsent() {
    for (String name :
        List.of("jakarta.validation.Validator", "org.hibernate.validator.HibernateValidator")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(name), () -> where(name));
    }
  }

  private static String where(String name) {
    try {
      return name + " from " + Class.forName(name).getProtectionDomain().getCodeSource();
    } catch (ClassNotFoundException e) {
      return name;
    }
  }

  @Test
  void theRulesRunAndSpeakBothLanguages() {
    ReportValidator validator = ReportValidator.builder().build();
    assertTrue(validator.validate(TestReports.luoning2020()).isValid());
    ValidationResult broken = validator.validate(TestReports.wrongResultsTotal());
    assertFalse(broken.isValid());
    Finding first = broken.findings().get(0);
    assertTrue(broken.findings().stream().anyMatch(f -> f.ruleId().equals("DR-V102")));
    assertFalse(first.message(Locale.ENGLISH).equals(first.message(Locale.CHINA)));
    assertEquals(first.messageEn(), first.message(Locale.ENGLISH));
  }
}
