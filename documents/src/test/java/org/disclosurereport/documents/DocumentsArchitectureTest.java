package org.disclosurereport.documents;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Architecture rules of the documents module, checked on the compiled classes. */
class DocumentsArchitectureTest {
  private static final String INTERNAL = "org.disclosurereport.documents.internal..";
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.disclosurereport");

  @Test
  void theInternalsAreNotUsedOutsideTheModule() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.disclosurereport.documents..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(INTERNAL)
        .check(CLASSES);
  }

  @Test
  void thePublicApiExposesNeitherInternalsNorThePdfAndWordLibraries() {
    noMethods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("org.disclosurereport.documents")
        .should()
        .haveRawReturnType(resideInAPackage(INTERNAL))
        .orShould()
        .haveRawParameterTypes(anyElementThat(resideInAPackage(INTERNAL)))
        .orShould()
        .haveRawReturnType(resideInAPackage("org.apache.."))
        .check(CLASSES);
  }

  @Test
  void documentsDoNotUseTheLayoutInternals() {
    noClasses()
        .that()
        .resideInAPackage("org.disclosurereport.documents..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.disclosurereport.layout.internal..",
            "org.disclosurereport.serialization..",
            "org.disclosurereport.cli..")
        .check(CLASSES);
  }
}
