package org.disclosurereport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Architecture rules of the core module, checked on its compiled classes. */
class CoreArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.disclosurereport");

  @Test
  void theEditionDescriptionKnowsNoModel() {
    noClasses()
        .that()
        .resideInAPackage("org.disclosurereport.edition..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.disclosurereport.model..")
        .check(CORE);
  }

  @Test
  void coreKnowsNoFormatAndNoLibraryBeyondTheJdk() {
    classes()
        .that()
        .resideInAPackage("org.disclosurereport..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.disclosurereport..", "java..", "org.immutables.value..", "javax.annotation..")
        .check(CORE);
  }

  @Test
  void noPackageCycles() {
    slices().matching("org.disclosurereport.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
