package org.disclosurereport.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
                      org.disclosurereport.validation.ReportValidator.class,
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
      return Files.isRegularFile(path)
          ? Location.of(new JarFile(path.toFile()))
          : Location.of(path);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void seesTheModulesItIsBuiltOn() {
    for (String p :
        new String[] {
          "edition", "model", "validation", "serialization", "layout", "cli", "cli.internal"
        }) {
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
    slices()
        .matching("org.disclosurereport.cli.internal.(*)..")
        .should()
        .beFreeOfCycles()
        .check(ALL);
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

  @Test
  void onlyTheValidationModuleKnowsBeanValidation() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.disclosurereport.validation..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.validation..", "org.hibernate.validator..")
        .because("reading or writing a report must not need Bean Validation on the class path")
        .check(ALL);
  }

  @Test
  void onlyTheDiagnosticsPackageDefinesFindings() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Finding")
        .or()
        .haveSimpleNameEndingWith("FindingLocation")
        .or()
        .haveSimpleName("Severity")
        .or()
        .haveSimpleName("AbstractFinding")
        .should()
        .resideInAPackage("org.disclosurereport.finding")
        .because("every module reports problems with org.disclosurereport.finding.Finding")
        .check(ALL);
    classes()
        .that()
        .areAssignableTo(org.disclosurereport.finding.FindingCode.class)
        .and()
        .areNotInterfaces()
        .should()
        .beAssignableTo(Enum.class)
        .because("each module lists its codes once, as an enum implementing FindingCode")
        .check(ALL);
  }

  @Test
  void onlyTheMessageRendererLoadsBundles() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(org.disclosurereport.finding.MessageRenderer.class.getName())
        .should()
        .callMethodWhere(
            com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.name(
                        "getBundle"))
                .and(
                    com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.type(
                                java.util.ResourceBundle.class)))))
        .because("MessageRenderer is the one place that loads message bundles")
        .check(ALL);
  }

  @Test
  void noMainSourceOfAnyModuleButTheRendererCallsGetBundle() throws IOException {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    java.util.List<String> callers;
    try (Stream<Path> files = Files.walk(root)) {
      callers =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(
                  f ->
                      root.relativize(f)
                          .toString()
                          .replace('\\', '/')
                          .matches("[^/]+/src/main/java/.*"))
              .filter(
                  f -> !f.endsWith(Path.of("org/disclosurereport/finding/MessageRenderer.java")))
              .filter(
                  f -> {
                    try {
                      return Files.readString(f).contains("getBundle(");
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(f -> root.relativize(f).toString())
              .toList();
    }
    assertTrue(
        callers.isEmpty(), "only MessageRenderer may call ResourceBundle.getBundle: " + callers);
    assertTrue(
        Files.readString(
                root.resolve(
                    "core/src/main/java/org/disclosurereport/finding/MessageRenderer.java"))
            .contains("ResourceBundle.getBundle("),
        "the renderer is where bundles are loaded");
  }
}
