/**
 * Findings and validation of annual reports.
 *
 * <p>{@link org.disclosurereport.validation.Finding} is the one type with which every part of the
 * SDK reports a problem: validators, the JSON and XML readers, and the readers of published pages.
 * A finding has a stable rule id, a severity, a location and a message in Chinese and English.
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
