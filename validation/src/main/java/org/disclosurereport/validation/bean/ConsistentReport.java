package org.disclosurereport.validation.bean;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.validation.BlankPolicy;

/**
 * The annotated report breaks no rule of the format, as the {@link
 * org.disclosurereport.validation.ReportValidator} judges it: each finding at or above {@link
 * #minimumSeverity()} becomes one constraint violation, with the finding's message (from the
 * validation module's bundle, in the caller's locale), a property path derived from the finding's
 * location, and the {@link org.disclosurereport.finding.Finding} as dynamic payload.
 *
 * <p>The rules that the model's field constraints already express (DR-V001 required metadata,
 * DR-V010 counts not negative) are left to those, so that no problem is reported twice.
 *
 * <p>The constraint is registered on the report model by {@link
 * ReportConstraintMappingContributor}; a {@code null} report is valid (that is {@code @NotNull}'s
 * job).
 */
@Documented
@Constraint(validatedBy = ConsistentReportValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentReport {
  /**
   * @return the message used when no finding message applies
   */
  String message() default "{org.disclosurereport.validation.bean.ConsistentReport.message}";

  /**
   * @return the validation groups
   */
  Class<?>[] groups() default {};

  /**
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * @return what a blank cell means
   */
  BlankPolicy blankPolicy() default BlankPolicy.BLANK_AS_ZERO;

  /**
   * @return the least severity that is reported as a violation
   */
  Severity minimumSeverity() default Severity.ERROR;
}
