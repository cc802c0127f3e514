/**
 * The rules of the format ({@code ReportValidator}, {@code RuleCatalogue}) and, when Hibernate
 * Validator is present, the same rules under Bean Validation.
 *
 * <p>Bean Validation is optional: the Jakarta Validation API and Hibernate Validator are read only
 * when the application's module graph holds them (an application that validates beans requires
 * {@code jakarta.validation} and {@code org.hibernate.validator} itself).
 */
@SuppressWarnings("requires-automatic") // Immutables, at compile time only
module org.disclosurereport.validation {
  requires transitive org.disclosurereport.core;
  requires static org.immutables.value;
  requires static jakarta.validation;
  requires static org.hibernate.validator;

  exports org.disclosurereport.validation;
  exports org.disclosurereport.validation.bean;

  // The message bundle: core's MessageRenderer loads it on behalf of this module.
  opens org.disclosurereport.validation.bean to
      org.disclosurereport.core;
}
