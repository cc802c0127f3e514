package org.disclosurereport.layout;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Architecture rules of the layout module, checked on the compiled classes. */
class LayoutArchitectureTest {
  private static final String INTERNAL = "org.disclosurereport.layout.internal..";
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.disclosurereport");

  @Test
  void theInternalsAreNotUsedOutsideTheModule() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.disclosurereport.layout..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(INTERNAL)
        .check(CLASSES);
  }

  @Test
  void thePublicApiDoesNotExposeInternals() {
    noMethods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("org.disclosurereport.layout")
        .should()
        .haveRawReturnType(resideInAPackage(INTERNAL))
        .orShould()
        .haveRawParameterTypes(anyElementThat(resideInAPackage(INTERNAL)))
        .check(CLASSES);
  }

  @Test
  void layoutKnowsNoSerializationAndNoCli() {
    noClasses()
        .that()
        .resideInAPackage("org.disclosurereport.layout..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.disclosurereport.serialization..", "org.disclosurereport.cli..")
        .check(CLASSES);
  }

  @Test
  void noCyclesBetweenModules() {
    slices().matching("org.disclosurereport.(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
