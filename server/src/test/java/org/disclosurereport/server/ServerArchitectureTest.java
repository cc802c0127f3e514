package org.disclosurereport.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

/**
 * The server knows the SDK, never the command-line tool that starts it; its API is its root
 * package.
 */
class ServerArchitectureTest {
  /**
   * The module's own classes only, from the folder or jar they were loaded from: quick to import.
   */
  private static final JavaClasses SERVER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importLocations(java.util.Set.of(location()));

  private static Location location() {
    try {
      java.nio.file.Path path =
          java.nio.file.Path.of(
              ReportServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return java.nio.file.Files.isRegularFile(path)
          ? Location.of(new java.util.jar.JarFile(path.toFile()))
          : Location.of(path);
    } catch (java.net.URISyntaxException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theClassesAreImported() {
    org.junit.jupiter.api.Assertions.assertTrue(SERVER.contain(ReportServer.class));
    org.junit.jupiter.api.Assertions.assertTrue(
        SERVER.containPackage("org.disclosurereport.server.internal"));
  }

  @Test
  void theServerDoesNotKnowTheTool() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.disclosurereport.cli..")
        .check(SERVER);
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
