package org.disclosurereport.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The generators know no engine: the adapters depend on the root package, never the reverse, and no
 * adapter depends on another, so that a user pulls in only the engine they use.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("org.disclosurereport.testkit");

  private static final String[] ADAPTERS = {
    "org.disclosurereport.testkit.quicktheories..",
    "org.disclosurereport.testkit.jazzer..",
    "org.disclosurereport.testkit.random.."
  };

  @Test
  void generatorsDependOnNoAdapter() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.disclosurereport.testkit", "org.disclosurereport.testkit.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ADAPTERS)
        .check(CLASSES);
  }

  @Test
  void generatorsDependOnNoEngine() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.disclosurereport.testkit", "org.disclosurereport.testkit.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.quicktheories..", "com.code_intelligence..")
        .check(CLASSES);
  }

  @Test
  void eachEngineIsUsedByItsAdapterOnly() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.disclosurereport.testkit.quicktheories..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.quicktheories..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideOutsideOfPackage("org.disclosurereport.testkit.jazzer..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.code_intelligence..")
        .check(CLASSES);
  }

  @Test
  void adaptersUseThePublicApiOnly() {
    noClasses()
        .that()
        .resideInAnyPackage(ADAPTERS)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.disclosurereport.testkit.internal..")
        .check(CLASSES);
  }

  @Test
  void noPackageCycles() {
    slices()
        .matching("org.disclosurereport.testkit.(*)..")
        .should()
        .beFreeOfCycles()
        .check(CLASSES);
  }
}
