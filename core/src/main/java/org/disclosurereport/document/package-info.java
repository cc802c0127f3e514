/**
 * Reports as documents: the formats a report is read from or written to ({@link
 * org.disclosurereport.document.DocumentFormat}), what reading one document gives ({@link
 * org.disclosurereport.document.ReadResult}) and where each cell of a report read from a published
 * page or text came from ({@link org.disclosurereport.document.CellSource}), and how every reader
 * reads ({@link org.disclosurereport.document.ReadOptions}, {@link
 * org.disclosurereport.document.Strictness}).
 *
 * <p>Every reader of the SDK (canonical JSON and XML, published HTML pages, text) returns the same
 * {@code ReadResult}, so that a tool treats every format alike.
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
package org.disclosurereport.document;

import org.immutables.value.Value;
