/**
 * Published reports in and out: read the annual report from the web page or the text it was
 * published as, and render a report in the official layout of the national format.
 *
 * <p>{@link org.disclosurereport.layout.PublishedReportReader} turns a government web page (or just
 * the report's body) and text extracted from a Word or PDF file into the typed model, with a {@link
 * org.disclosurereport.finding.Finding} for everything it could not read and the {@link
 * org.disclosurereport.document.CellSource source} of every cell it did read. {@link
 * org.disclosurereport.layout.HtmlRenderer} and {@link org.disclosurereport.layout.TextRenderer}
 * print a report as the format prints it. Reading what was rendered gives back the report.
 *
 * <p>Everything this package knows about labels comes from the edition description ({@link
 * org.disclosurereport.edition.Edition#spec()}); the classes in {@code .internal} are not API.
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
package org.disclosurereport.layout;

import org.immutables.value.Value;
