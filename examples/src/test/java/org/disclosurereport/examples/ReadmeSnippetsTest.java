package org.disclosurereport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of every README compiles, as a consumer compiles it: against the published
 * modules only (no Immutables, no annotation processing), with {@code -Xlint:all -Werror}.
 *
 * <p>A snippet that declares a type is compiled as it is; one that declares members (a test method,
 * a field) goes into a class; statements go into a method. Each class extends {@code
 * SnippetContext} (test resources), which declares what the prose takes as given: the reader's
 * {@code report}, {@code validator}, {@code portal} and their own importer or exporter.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```");
  private static final Pattern TYPE =
      Pattern.compile(
          "(?s)^(public\\s+)?(final\\s+)?(abstract\\s+)?(class|interface|record|enum)\\s+(\\w+).*");
  private static final Pattern MEMBER =
      Pattern.compile("(?s)^(@\\w+|static\\s|private\\s|protected\\s|public\\s|void\\s).*");
  private static final String IMPORTS =
      String.join(
          "\n",
          "import java.io.*;",
          "import java.math.BigDecimal;",
          "import java.nio.file.*;",
          "import java.util.*;",
          "import java.util.random.RandomGenerator;",
          "import java.util.stream.*;",
          "import org.disclosurereport.document.*;",
          "import org.disclosurereport.edition.*;",
          "import org.disclosurereport.edition.Keys.*;",
          "import org.disclosurereport.model.*;",
          "import org.disclosurereport.finding.*;",
          "import org.disclosurereport.validation.*;",
          "import org.disclosurereport.validation.bean.*;",
          "import org.disclosurereport.serialization.*;",
          "import org.disclosurereport.layout.*;",
          "import org.disclosurereport.documents.DocumentReader;",
          "import org.disclosurereport.testkit.*;",
          "import org.disclosurereport.testkit.jazzer.JazzerEntropy;",
          "import org.disclosurereport.testkit.quicktheories.ReportGens;",
          "import org.disclosurereport.testkit.random.RandomEntropy;",
          "import org.disclosurereport.testkit.samples.SampleReports;",
          "import com.code_intelligence.jazzer.api.FuzzedDataProvider;",
          "import com.code_intelligence.jazzer.junit.FuzzTest;",
          "import jakarta.validation.Valid;",
          "import org.junit.jupiter.api.Test;",
          "import org.junit.jupiter.params.ParameterizedTest;",
          "import org.junit.jupiter.params.provider.MethodSource;",
          "import org.springframework.web.bind.annotation.*;",
          "import snippets.*;",
          "import snippets.ReaderClasses.*;",
          "import static org.junit.jupiter.api.Assertions.*;",
          "import static org.quicktheories.QuickTheory.qt;",
          "");

  @Test
  void everyJavaSnippetOfEveryReadmeCompiles(@TempDir Path out) throws IOException {
    List<JavaFileObject> units = new ArrayList<>();
    units.add(resource("SnippetContext.java", "snippets/SnippetContext"));
    units.add(resource("ReaderClasses.java", "snippets/ReaderClasses"));
    int snippets = 0;
    for (Path readme : readmes()) {
      String text = Files.readString(readme, StandardCharsets.UTF_8);
      Matcher m = JAVA_BLOCK.matcher(text);
      while (m.find()) {
        snippets++;
        int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        String where = ROOT.relativize(readme).toString().replaceAll("\\W", "_") + "_" + line;
        units.add(unit(where, readme + ":" + line, m.group(1)));
      }
    }
    assertTrue(snippets >= 15, "found only " + snippets + " snippets");

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "-proc:none",
              "-Xlint:all",
              "-Werror",
              "-encoding",
              "UTF-8",
              "-d",
              out.toString(),
              "-classpath",
              classPath());
      boolean ok = javac.getTask(diagnostics, files, null, options, null, units).call();
      assertTrue(ok, diagnostics.toString());
    }
    assertEquals("", diagnostics.toString());
  }

  @Test
  void theConsumerClassPathHasNoImmutables() {
    assertFalse(classPath().contains("immutables"), "the check would not be a consumer's");
  }

  private static JavaFileObject unit(String name, String origin, String snippet) {
    String pkg = "snippets." + name.toLowerCase(java.util.Locale.ROOT);
    StringBuilder imports = new StringBuilder();
    StringBuilder code = new StringBuilder();
    for (String line : snippet.strip().split("\n", -1)) {
      (line.startsWith("import ") ? imports : code).append(line).append('\n');
    }
    String body = code.toString().strip();
    StringBuilder src = new StringBuilder("package ").append(pkg).append(";\n");
    src.append("// ").append(origin).append('\n').append(IMPORTS).append(imports);
    Matcher type = TYPE.matcher(body);
    String file;
    if (type.matches()) {
      src.append(body).append('\n');
      file = type.group(5);
    } else if (MEMBER.matcher(body).matches()) {
      src.append("abstract class Snippet extends SnippetContext {\n").append(body).append("\n}\n");
      file = "Snippet";
    } else {
      src.append("abstract class Snippet extends SnippetContext {\n")
          .append("  void run() throws Exception {\n")
          .append(body)
          .append("\n  }\n}\n");
      file = "Snippet";
    }
    return source(pkg.replace('.', '/') + "/" + file, src.toString());
  }

  private static JavaFileObject resource(String name, String path) throws IOException {
    try (InputStream in = ReadmeSnippetsTest.class.getResourceAsStream("/readme/" + name)) {
      return source(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static JavaFileObject source(String path, String code) {
    return new SimpleJavaFileObject(
        java.net.URI.create("string:///" + path + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }

  private static List<Path> readmes() {
    try (Stream<Path> paths = Files.walk(ROOT, 3)) {
      return paths
          .filter(p -> p.getFileName().toString().equals("README.md"))
          .filter(p -> !p.toString().contains("target") && !p.toString().contains("node_modules"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Surefire's real test class path (java.class.path may be a manifest-only jar). */
  private static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }
}
