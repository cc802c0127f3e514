package org.disclosurereport.it.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Every published jar of the SDK, with its sources and javadoc jars, holds the licence and the
 * notice, as Apache-2.0 and Maven Central ask.
 *
 * <p>In {@code mvn verify} the SDK's modules are on the test class path as the jars just packed; in
 * a build that stops before {@code package} they are class folders, and only those are checked.
 */
class LicenceInJarsTest {
  /** The artifacts this module depends on, each of which is published. */
  private static final Set<String> PUBLISHED =
      Set.of(
          "disclosure-core",
          "disclosure-validation",
          "disclosure-serialization",
          "disclosure-jackson3",
          "disclosure-layout",
          "disclosure-documents",
          "disclosure-testkit",
          "disclosure-server",
          "disclosure-spring-boot-starter",
          "disclosure-cli");

  private static final Pattern JAR = Pattern.compile("(.+?)-\\d+\\.\\d+.*\\.jar");

  @Test
  void everyJarHoldsTheLicenceAndTheNotice() throws IOException {
    Set<String> seen = new TreeSet<>();
    List<String> missing = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      String artifact = artifactOf(p);
      if (!PUBLISHED.contains(artifact)) {
        continue;
      }
      seen.add(artifact);
      if (Files.isDirectory(p)) {
        for (String name : List.of("LICENSE", "NOTICE")) {
          if (!Files.isRegularFile(p.resolve("META-INF").resolve(name))) {
            missing.add(p + " has no META-INF/" + name);
          }
        }
        continue;
      }
      String jar = p.getFileName().toString();
      String base = jar.substring(0, jar.length() - ".jar".length());
      for (String kind : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
        Path file = p.resolveSibling(base + kind);
        if (!Files.isRegularFile(file)) {
          missing.add(file + " was not built");
          continue;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
          for (String name : List.of("META-INF/LICENSE", "META-INF/NOTICE")) {
            if (zip.getEntry(name) == null) {
              missing.add(file.getFileName() + " has no " + name);
            }
          }
        }
      }
    }
    assertEquals(PUBLISHED, seen, "published artifacts on the test class path");
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  /**
   * The artifact id of a class path entry: a jar {@code <artifact>-<version>.jar} or a module's
   * {@code <module>/target/classes} folder.
   */
  private static String artifactOf(Path p) {
    if (Files.isDirectory(p)) {
      Path module = p.getParent() == null ? null : p.getParent().getParent();
      if (module == null || !p.endsWith(Path.of("target", "classes"))) {
        return "";
      }
      return "disclosure-" + module.getFileName();
    }
    Matcher m = JAR.matcher(p.getFileName().toString());
    return m.matches() ? m.group(1) : "";
  }
}
