package org.disclosurereport.it.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SDK's jars on the module path: their descriptors export every API package and no internal
 * one, they resolve together, and {@link ModularApp} runs with a module path and no class path.
 */
class ModulePathTest {
  /** The library modules that have a module descriptor. */
  private static final Set<String> LIBRARIES =
      Set.of(
          "org.disclosurereport.core",
          "org.disclosurereport.validation",
          "org.disclosurereport.serialization",
          "org.disclosurereport.jackson3",
          "org.disclosurereport.layout",
          "org.disclosurereport.documents",
          "org.disclosurereport.testkit",
          "org.disclosurereport.server");

  private static final String APP = "org.disclosurereport.it.modulepath";

  private static List<Path> modulePath;

  @BeforeAll
  static void readModulePath() throws IOException {
    modulePath = new ArrayList<>();
    modulePath.add(Path.of("target", "classes"));
    String written = Files.readString(Path.of("target", "module-path.txt")).strip();
    for (String entry : written.split(File.pathSeparator)) {
      modulePath.add(Path.of(entry));
    }
  }

  private static Map<String, ModuleReference> sdkModules() {
    Map<String, ModuleReference> found = new TreeMap<>();
    for (ModuleReference ref : ModuleFinder.of(modulePath.toArray(Path[]::new)).findAll()) {
      if (ref.descriptor().name().startsWith("org.disclosurereport.")) {
        found.put(ref.descriptor().name(), ref);
      }
    }
    return found;
  }

  @Test
  void everyLibraryHasADescriptorThatExportsItsApiAndNoInternalPackage() throws IOException {
    Map<String, ModuleReference> modules = sdkModules();
    assertTrue(modules.keySet().containsAll(LIBRARIES), "modules found: " + modules.keySet());
    for (String name : LIBRARIES) {
      ModuleReference ref = modules.get(name);
      ModuleDescriptor d = ref.descriptor();
      assertFalse(d.isAutomatic(), name + " has no module-info.class: " + ref.location());
      Set<String> exported = new TreeSet<>();
      for (ModuleDescriptor.Exports e : d.exports()) {
        assertFalse(e.isQualified(), name + " exports " + e + " to named modules only");
        exported.add(e.source());
      }
      Set<String> api = new TreeSet<>();
      for (String p : classPackages(ref)) {
        if (!p.equals("internal") && !p.contains(".internal")) {
          api.add(p);
        }
      }
      assertEquals(api, exported, name + ": the exported packages are its API packages");
      for (ModuleDescriptor.Opens o : d.opens()) {
        assertTrue(o.isQualified(), name + " opens " + o.source() + " to every module");
      }
      assertFalse(d.isOpen(), name + " is an open module");
    }
  }

  @Test
  void everyPackageWithAMessageBundleIsOpenToCoreAlone() throws IOException {
    Set<String> checked = new TreeSet<>();
    for (ModuleReference ref : sdkModules().values()) {
      ModuleDescriptor d = ref.descriptor();
      if (!LIBRARIES.contains(d.name()) || d.name().equals("org.disclosurereport.core")) {
        continue;
      }
      Set<String> bundles;
      try (ModuleReader reader = ref.open();
          Stream<String> entries = reader.list()) {
        bundles =
            entries
                .filter(e -> e.endsWith(".properties") && !e.startsWith("META-INF/"))
                .map(e -> e.substring(0, e.lastIndexOf('/')).replace('/', '.'))
                .collect(Collectors.toCollection(TreeSet::new));
      }
      for (String p : bundles) {
        assertTrue(
            d.opens().stream()
                .anyMatch(
                    o ->
                        o.source().equals(p)
                            && o.targets().equals(Set.of("org.disclosurereport.core"))),
            d.name()
                + " does not open "
                + p
                + ", which holds a bundle, to org.disclosurereport.core");
      }
    }
  }

  /** Packages that hold a class: resource folders such as a module's schemas are no API. */
  private static Set<String> classPackages(ModuleReference ref) throws IOException {
    try (ModuleReader reader = ref.open();
        Stream<String> entries = reader.list()) {
      return entries
          .filter(e -> e.endsWith(".class") && e.indexOf('/') > 0 && !e.startsWith("META-INF/"))
          .map(e -> e.substring(0, e.lastIndexOf('/')).replace('/', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void theLibrariesResolveTogetherOnTheModulePath() {
    Set<String> roots = new TreeSet<>(LIBRARIES);
    roots.add(APP);
    Configuration c =
        ModuleLayer.boot()
            .configuration()
            .resolve(ModuleFinder.of(modulePath.toArray(Path[]::new)), ModuleFinder.of(), roots);
    assertTrue(c.findModule(APP).isPresent());
    // Bean Validation and XML stay optional: a module reads them only when the graph has them.
    Set<String> readByValidation =
        c.findModule("org.disclosurereport.validation").orElseThrow().reads().stream()
            .map(m -> m.name())
            .collect(Collectors.toSet());
    assertTrue(readByValidation.contains("org.hibernate.validator"), readByValidation.toString());
  }

  @Test
  void theApplicationRunsOnTheModulePathAlone() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String path =
        modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    ProcessBuilder pb =
        new ProcessBuilder(
            java.toString(),
            "-Dfile.encoding=UTF-8",
            // Hibernate Validator logs through JBoss Logging, which would pick the Log4j API that
            // POI brings and complain that it has no provider: the JDK logger says nothing.
            "-Dorg.jboss.logging.provider=jdk",
            "-Dstdout.encoding=UTF-8",
            "-Xshare:auto",
            "--module-path",
            path,
            "--module",
            APP + "/" + ModularApp.class.getName());
    pb.environment().remove("CLASSPATH");
    pb.redirectErrorStream(true);
    Path log = Files.createTempFile("modular-app", ".log");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    boolean finished = p.waitFor(60, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    assertTrue(finished, "the application did not finish within 60 s:\n" + out);
    assertEquals(0, p.exitValue(), out);

    // Every step ran, and the messages came out of each module's bundle in both languages.
    for (String step :
        List.of(
            "ok read JSON: 洛宁县人民政府 2020",
            "ok validate DR-V",
            "ok bean DR-V",
            "ok write JSON and XML",
            "ok read JSON DR-J",
            "ok read text DR-L",
            "ok model DR-SHAPE-005",
            "ok Jackson 2 and 3",
            "ok render and read HTML and text",
            "ok render and read .docx",
            "ok testkit",
            "ok server")) {
      assertTrue(out.contains(step), "no line \"" + step + "\" in:\n" + out);
    }
    for (String line : out.lines().filter(l -> l.contains(" | ")).toList()) {
      String[] zhAndEn = line.substring(line.indexOf(": ") + 2).split(" \\| ", 2);
      assertTrue(
          zhAndEn[0].codePoints().anyMatch(c -> Character.UnicodeScript.of(c).name().equals("HAN")),
          "no Chinese in " + line);
      assertFalse(zhAndEn[0].equals(zhAndEn[1]), "the same text in both languages: " + line);
    }
  }
}
