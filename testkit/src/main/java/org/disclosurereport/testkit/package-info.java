/**
 * Generators of annual reports for tests: consistent reports, reports that break exactly one rule,
 * pairs of consecutive years, and assertions.
 *
 * <p>Every generator draws each of its choices from an {@link
 * org.disclosurereport.testkit.Entropy}; the sub-packages connect that interface to
 * property-testing engines (QuickTheories, Jazzer) and to a seeded {@link
 * java.util.random.RandomGenerator}. Reports are built from the sum relations of their edition's
 * description ({@link org.disclosurereport.edition.EditionSpec#relations()}): the generator chooses
 * the leaves and derives the totals, so a generated report is consistent by construction and stays
 * consistent when an engine shrinks it.
 *
 * <pre>{@code
 * ReportGenerator generator = ReportGenerator.of(GeneratorConfig.of(Edition.V2021));
 * AnnualReport report = generator.generate(RandomEntropy.seeded(42));
 * ReportAssertions.assertConsistent(report);
 * }</pre>
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
package org.disclosurereport.testkit;

import org.immutables.value.Value;
