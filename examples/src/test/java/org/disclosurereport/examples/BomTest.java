package org.disclosurereport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM, which has no parent, manages every published module and the testkit's engines at the
 * versions the build uses.
 */
class BomTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void theEnginesHaveTheParentsVersions() throws IOException {
    String parent = read("pom.xml");
    String bom = read("bom/pom.xml");
    for (String property : List.of("quicktheories.version", "jazzer.version")) {
      assertEquals(property(parent, property), property(bom, property), property);
    }
  }

  @Test
  void everyPublishedModuleIsManaged() throws IOException {
    String parent = read("pom.xml");
    String bom = read("bom/pom.xml");
    List<String> published = new ArrayList<>();
    Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(parent);
    while (modules.find()) {
      String module = modules.group(1);
      if (module.equals("bom") || module.startsWith("integration-tests")) {
        continue;
      }
      String pom = read(module + "/pom.xml");
      if (pom.contains("<maven.javadoc.skip>true</maven.javadoc.skip>")) {
        continue; // not published: examples, benchmarks
      }
      Matcher id = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(pom);
      assertTrue(id.find(), module);
      published.add(id.group(1));
    }
    assertTrue(published.size() >= 8, published.toString());
    for (String artifact : published) {
      assertTrue(bom.contains("<artifactId>" + artifact + "</artifactId>"), artifact);
    }
  }

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertTrue(m.find(), name);
    return m.group(1);
  }

  private static String read(String path) throws IOException {
    return Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8);
  }
}
