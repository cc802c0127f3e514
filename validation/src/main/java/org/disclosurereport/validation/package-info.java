/**
 * Validation of annual reports against every rule of the national format.
 *
 * <p>{@link org.disclosurereport.validation.ReportValidator} reports each broken rule as a {@link
 * org.disclosurereport.finding.Finding}, the one diagnostics type of the SDK (in {@code
 * disclosure-core}), whose code is a {@link org.disclosurereport.finding.RuleCode}. {@link
 * org.disclosurereport.validation.RuleCatalogue} describes every rule; {@code bean} runs the same
 * rules under Bean Validation. This is the only module that needs Bean Validation.
 */
@Value.Style(
    // Generated code names no annotation a consumer lacks: the Immutables annotations are
    // not on a consumer's class path, and -Xlint:all would warn of each missing one.
    allowedClasspathAnnotations = {Override.class},
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
package org.disclosurereport.validation;

import org.immutables.value.Value;
