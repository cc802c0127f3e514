/**
 * Reports published as documents: read a PDF, a Word 2007+ {@code .docx} or a Word 97-2003 {@code
 * .doc} into the typed model with {@link org.disclosurereport.documents.DocumentReader}.
 *
 * <p>The documents are turned into paragraphs and tables ({@link
 * org.disclosurereport.layout.DocumentContent}) and read by the same recognition as web pages and
 * text, so every label, edition and figure rule is the layout module's; the classes in {@code
 * .internal} are not API.
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
package org.disclosurereport.documents;

import org.immutables.value.Value;
