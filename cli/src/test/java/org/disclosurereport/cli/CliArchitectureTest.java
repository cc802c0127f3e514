package org.disclosurereport.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules of the tool, checked on the compiled classes of the tool and of every module
 * it is built on: the tool may use everything, nothing may use the tool.
 */
class CliArchitectureTest {
  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importLocations(
              Stream.of(
                      Main.class,
                      org.disclosurereport.edition.Edition.class,
                      org.disclosurereport.finding.Finding.class,
                      org.disclosurereport.serialization.ReportJson.class,
                      org.disclosurereport.layout.PublishedReportReader.class)
                  .map(CliArchitectureTest::location)
                  .collect(Collectors.toSet()));

  /**
   * The class folder or jar a class was loaded from (a jar when the reactor has packaged the
   * module): only the project's own classes are imported, not every library on the class path.
   */
  private static Location location(Class<?> type) {
    try {
      Path path = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(path) ? Location.of(new JarFile(path.toFile())) : Location.of(path);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void seesTheModulesItIsBuiltOn() {
    for (String p : new String[] {"edition", "model", "validation", "serialization", "layout", "cli", "cli.internal"}) {
      assertTrue(ALL.containPackage("org.disclosurereport." + p), p);
    }
  }

  @Test
  void nothingOutsideTheToolDependsOnIt() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.disclosurereport.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.disclosurereport.cli..")
        .check(ALL);
  }

  @Test
  void theInternalsDoNotKnowTheCommands() {
    noClasses()
        .that()
        .resideInAPackage("org.disclosurereport.cli.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.disclosurereport.cli")
        .check(ALL);
  }

  @Test
  void noPackageCyclesInTheTool() {
    slices().matching("org.disclosurereport.(*)..").should().beFreeOfCycles().check(ALL);
    slices().matching("org.disclosurereport.cli.internal.(*)..").should().beFreeOfCycles().check(ALL);
    noClasses()
        .that()
        .resideInAPackage("org.disclosurereport.cli.internal")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.disclosurereport.cli.internal.*..")
        .check(ALL);
  }

  @Test
  void onlyMainExits() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(Main.class.getName())
        .should()
        .callMethod(System.class, "exit", int.class)
        .check(ALL);
  }
}
