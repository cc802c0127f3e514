package org.disclosurereport.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The server knows the SDK, never the command-line tool that starts it; its API is its root package. */
class ServerArchitectureTest {
  private static final JavaClasses SERVER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.disclosurereport.server");

  @Test
  void theServerDoesNotKnowTheTool() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.disclosurereport.cli..").check(SERVER);
  }

  @Test
  void theServerUsesOnlyTheApiOfOtherModules() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.disclosurereport.layout.internal..",
            "org.disclosurereport.validation.internal..",
            "org.disclosurereport.serialization..")
        .check(SERVER);
  }
}
