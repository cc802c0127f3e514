package org.disclosurereport.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of {@link AbstractAnnualReport}: the package's (package-info.java) with one
 * setting more, no generated builder method {@code from}. Immutables' {@code
 * from(AbstractAnnualReport)} would set the cells around the builder's cell methods, so that a
 * {@code putCell} after it would start from no cells; the hand-written {@code from(AnnualReport)}
 * is the builder's only one.
 *
 * <p>Immutables does not merge a type's style with its package's, so the settings are written on
 * both; {@code ModelStyleTest} keeps them in step. The style is on this annotation, kept in the
 * source only, rather than on the class itself, so that the report's class file names no Immutables
 * type, which a consumer compiling against it lacks.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    // Generated code names no annotation a consumer lacks: the Immutables annotations are
    // not on a consumer's class path, and -Xlint:all would warn of each missing one.
    allowedClasspathAnnotations = {Override.class},
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    allParameters = false,
    // A builder puts one cell with putCell and many with putAllCells, not one with "putCells".
    // Only "cells" is made singular; every other collection keeps its name.
    depluralize = true,
    depluralizeDictionary = {
      "cell:cells",
      "blocks:blocks",
      "rows:rows",
      "extensions:extensions",
      "values:values"
    },
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = ReportShapeException.class,
    throwForNullPointer = ReportShapeException.class,
    from = "")
@interface ReportStyle {}
