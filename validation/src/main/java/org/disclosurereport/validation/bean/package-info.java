/**
 * Bean Validation for annual reports: the model's constraints, registered programmatically so that
 * the core module needs no Bean Validation dependency, and a class-level constraint, {@link
 * org.disclosurereport.validation.bean.ConsistentReport}, backed by the same rule engine as {@link
 * org.disclosurereport.validation.ReportValidator}.
 *
 * <p>Hibernate Validator is the provider. {@link
 * org.disclosurereport.validation.bean.ReportBeanValidation} builds a correctly configured {@code
 * jakarta.validation.Validator}, or configures a container's:
 *
 * <ul>
 *   <li>the getter strategy: the model's accessors are {@code organName()}, not {@code
 *       getOrganName()}, and Hibernate Validator's default strategy would silently ignore every
 *       constraint on them ({@link
 *       org.disclosurereport.validation.bean.AccessorGetterPropertySelectionStrategy});
 *   <li>the constraint mapping ({@link
 *       org.disclosurereport.validation.bean.ReportConstraintMappingContributor});
 *   <li>the message interpolator, which needs no Expression Language implementation and renders the
 *       validation module's bundle in the caller's locale ({@link
 *       org.disclosurereport.validation.bean.ReportMessageInterpolator}).
 * </ul>
 *
 * <p><b>Spring</b>: configure the {@code LocalValidatorFactoryBean} once,
 *
 * <pre>{@code
 * @Bean
 * LocalValidatorFactoryBean validator() {
 *   LocalValidatorFactoryBean bean = new LocalValidatorFactoryBean();
 *   bean.setConfigurationInitializer(
 *       c -> ReportBeanValidation.configure((HibernateValidatorConfiguration) c, Locale.CHINA));
 *   return bean;
 * }
 * }</pre>
 *
 * <p><b>Jakarta EE</b> (or any container reading {@code META-INF/validation.xml}): declare the
 * interpolator and the two Hibernate Validator properties in the application's own file; this
 * module ships no {@code validation.xml}, so it never takes over an application's configuration.
 *
 * <pre>{@code
 * <validation-config xmlns="https://jakarta.ee/xml/ns/validation/configuration" version="3.0">
 *   <message-interpolator>org.disclosurereport.validation.bean.ReportMessageInterpolator</message-interpolator>
 *   <property name="hibernate.validator.getter_property_selection_strategy">
 *     org.disclosurereport.validation.bean.AccessorGetterPropertySelectionStrategy</property>
 *   <property name="hibernate.validator.constraint_mapping_contributors">
 *     org.disclosurereport.validation.bean.ReportConstraintMappingContributor</property>
 * </validation-config>
 * }</pre>
 *
 * <p>Then {@code @Valid AnnualReport report} in a controller or service reports each broken rule as
 * a {@code ConstraintViolation} with a property path ({@code cells[applications/resultsTotal/
 * naturalPerson]}, {@code metadata.title}) and the rule id ({@link
 * org.disclosurereport.validation.bean.ReportBeanValidation#ruleId}).
 */
package org.disclosurereport.validation.bean;
