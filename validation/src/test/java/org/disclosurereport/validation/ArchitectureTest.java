package org.disclosurereport.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's architecture, checked rather than hoped for. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // The project's own classes only: scanning every library jar is slow and finds nothing.
          .withImportOption(l -> !l.isJar() || l.contains("disclosure-"))
          .importPackages("org.disclosurereport");

  @Test
  void internalsAreUsedOnlyInsideTheModule() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.disclosurereport.validation..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.disclosurereport.validation.internal..")
        .check(CLASSES);
  }

  @Test
  void beanValidationGlueUsesOnlyThePublicApi() {
    noClasses()
        .that()
        .resideInAPackage("org.disclosurereport.validation.bean..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.disclosurereport.validation.internal..")
        .check(CLASSES);
  }

  @Test
  void publicApiDoesNotExposeInternals() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(
            "org.disclosurereport.validation", "org.disclosurereport.validation.bean")
        .should()
        .haveRawReturnType(
            com.tngtech.archunit.base.DescribedPredicate.not(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                    "org.disclosurereport.validation.internal..")))
        .check(CLASSES);
  }

  @Test
  void theCoreKnowsNothingOfValidation() {
    noClasses()
        .that()
        .resideInAnyPackage("org.disclosurereport.edition..", "org.disclosurereport.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.disclosurereport.validation..", "jakarta.validation..")
        .check(CLASSES);
  }

  @Test
  void subPackagesHaveNoCycles() {
    slices()
        .matching("org.disclosurereport.validation.(*)..")
        .should()
        .beFreeOfCycles()
        .check(CLASSES);
  }
}
