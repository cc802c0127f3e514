package org.disclosurereport.serialization;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module's architecture rules, checked on the production classes. */
@AnalyzeClasses(
    packages = "org.disclosurereport",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The internals are reached only through the public API of this module. */
  @ArchTest
  static final ArchRule internalsAreNotUsedFromOutside =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.disclosurereport.serialization..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.disclosurereport.serialization.internal..");

  /** Formats know no command line and no page layout. */
  @ArchTest
  static final ArchRule serializationDoesNotDependOnCliOrLayout =
      noClasses()
          .that()
          .resideInAPackage("org.disclosurereport.serialization..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.disclosurereport.cli..", "org.disclosurereport.layout..");

  /** The model and the edition description know no format. */
  @ArchTest
  static final ArchRule modelKnowsNoFormat =
      noClasses()
          .that()
          .resideInAnyPackage("org.disclosurereport.model..", "org.disclosurereport.edition..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.disclosurereport.serialization..", "com.fasterxml.jackson..");

  /** The public API does not hand out Woodstox types; only the internals use them. */
  @ArchTest
  static final ArchRule woodstoxStaysInternal =
      noClasses()
          .that()
          .resideInAPackage("org.disclosurereport.serialization")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.ctc.wstx..");
}
