/**
 * The one vocabulary with which every module of the SDK says what is wrong and where.
 *
 * <p>A {@link org.disclosurereport.finding.Finding} has a {@link
 * org.disclosurereport.finding.FindingCode} (a stable id, a default {@link
 * org.disclosurereport.finding.Severity} and a message key), a {@link
 * org.disclosurereport.finding.FindingLocation} built over one pointer type, {@link
 * org.disclosurereport.finding.JsonPointer}, and the keys and arguments of its message. Each module
 * lists its codes as an enum implementing {@code FindingCode}: the validator's rules ({@link
 * org.disclosurereport.finding.RuleCode}, here because readers report two of them too), the JSON
 * and XML readers' {@code ReadCode}, the page and text readers' {@code ReaderRule}, the command
 * line tool's codes and the model's {@code ReportShapeException.Code}.
 *
 * <p>Messages are rendered by {@link org.disclosurereport.finding.MessageRenderer}, the one place
 * that loads message bundles, in Chinese (zh-CN) or English, at any time after the finding was
 * made: a finding keeps its code and its arguments, never only rendered text.
 *
 * <p>This package depends on nothing but the JDK and the edition description, so that a module that
 * only reads or writes reports does not need the validator or Bean Validation.
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
package org.disclosurereport.finding;

import org.immutables.value.Value;
