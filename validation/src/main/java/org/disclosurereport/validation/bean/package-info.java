/**
 * Bean Validation for annual reports: the model's constraints, registered programmatically so that
 * the core module needs no Bean Validation dependency, and a class-level constraint, {@link
 * org.disclosurereport.validation.bean.ConsistentReport}, backed by the same rule engine as {@link
 * org.disclosurereport.validation.ReportValidator}.
 *
 * <p>Hibernate Validator is the provider. What a validator needs for reports:
 *
 * <ul>
 *   <li>the getter strategy: the model's accessors are {@code organName()}, not {@code
 *       getOrganName()}, and Hibernate Validator's default strategy would silently ignore every
 *       constraint on them ({@link
 *       org.disclosurereport.validation.bean.AccessorGetterPropertySelectionStrategy});
 *   <li>the constraint mapping ({@link
 *       org.disclosurereport.validation.bean.ReportConstraintMappingContributor});
 *   <li>messages from this module's bundle in the caller's locale, with no Expression Language
 *       implementation ({@link org.disclosurereport.validation.bean.ReportMessageInterpolator}).
 * </ul>
 *
 * <p><b>Spring Boot</b>: add {@code disclosure-spring-boot-starter}; there is nothing to configure.
 * It contributes the mapping and the messages to the application's own validator for {@code
 * AnnualReport} alone, so every other class keeps Spring's message interpolation and locale.
 *
 * <p><b>Elsewhere</b>, build a validator of its own with {@link
 * org.disclosurereport.validation.bean.ReportBeanValidation#buildValidatorFactory}, which ignores
 * any {@code META-INF/validation.xml}; {@link
 * org.disclosurereport.validation.bean.ReportBeanValidation#configure} sets up a Hibernate
 * Validator configuration you build yourself. This module ships no {@code validation.xml}, so it
 * never takes over an application's configuration.
 *
 * <p><b>On the module path</b>, the application requires {@code jakarta.validation} and {@code
 * org.hibernate.validator} itself: this module reads them only when they are in the module graph.
 *
 * <p>Then {@code @Valid AnnualReport report} in a controller or service reports each broken rule as
 * a {@code ConstraintViolation} with a property path ({@code cells[applications/resultsTotal/
 * naturalPerson]}, {@code metadata.title}) and the rule id ({@link
 * org.disclosurereport.validation.bean.ReportBeanValidation#ruleId}).
 */
package org.disclosurereport.validation.bean;
