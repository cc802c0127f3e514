package org.disclosurereport.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle of the repository (a {@code Name.properties} with its {@code
 * Name_zh.properties} under a module's {@code src/main/resources}) follows the one placeholder
 * convention of {@link MessageRenderer}: named {@code {name}} placeholders, never numbered ones,
 * and the same names in both languages. A name used in one language only says so: it ends in {@code
 * En} or {@code Zh} (or is {@code name}, the English name of a cell in the rules' messages).
 */
class MessageBundlesTest {
  private static final Pattern NUMBERED = Pattern.compile("\\{\\d+[^}]*}");
  private static final Pattern NAMED = Pattern.compile("(?<!\\$)\\{([A-Za-z][A-Za-z0-9]*)}");

  /** The repository's root, seen from this module's folder. */
  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("core")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root above " + here);
  }

  private static List<Path> chineseBundles() throws IOException {
    try (Stream<Path> files = Files.walk(root())) {
      return files
          .filter(p -> p.getFileName().toString().endsWith("_zh.properties"))
          .filter(p -> p.toString().replace('\\', '/').contains("/src/main/resources/"))
          .filter(p -> !p.toString().replace('\\', '/').contains("/target/"))
          .sorted()
          .toList();
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> names = new TreeSet<>();
    Matcher m = NAMED.matcher(pattern);
    while (m.find()) {
      String name = m.group(1);
      if (!name.endsWith("En") && !name.endsWith("Zh") && !name.equals("name")) {
        names.add(name);
      }
    }
    return names;
  }

  @Test
  void everyBundleIsFound() throws IOException {
    List<Path> bundles = chineseBundles();
    // core (rules, shapes), serialization, layout, validation, cli (two), server: at least these.
    assertTrue(bundles.size() >= 8, bundles.toString());
    for (Path zh : bundles) {
      assertTrue(Files.isRegularFile(base(zh)), "no English base file for " + zh);
    }
  }

  @Test
  void noBundleHasANumberedPlaceholder() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path zh : chineseBundles()) {
      for (Path file : List.of(base(zh), zh)) {
        Properties p = load(file);
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
          Matcher m = NUMBERED.matcher(p.getProperty(key));
          if (m.find()) {
            found.add(root().relativize(file) + " " + key + " " + m.group());
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void bothLanguagesOfAKeyUseTheSamePlaceholders() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path zh : chineseBundles()) {
      Properties en = load(base(zh));
      Properties cn = load(zh);
      for (String key : new TreeSet<>(cn.stringPropertyNames())) {
        if (!en.containsKey(key)) {
          continue;
        }
        Set<String> e = placeholders(en.getProperty(key));
        Set<String> c = placeholders(cn.getProperty(key));
        if (!e.equals(c)) {
          found.add(root().relativize(zh) + " " + key + ": en " + e + ", zh " + c);
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theChecksSeeWhatTheyLookFor() {
    assertTrue(NUMBERED.matcher("has {0} bytes").find());
    assertTrue(NUMBERED.matcher("{1,number,#}").find());
    assertEquals(Set.of("limit"), placeholders("{limit} and {nameEn} and ${validatedValue}"));
  }

  private static Path base(Path zh) {
    String name = zh.getFileName().toString();
    return zh.resolveSibling(
        name.substring(0, name.length() - "_zh.properties".length()) + ".properties");
  }
}
