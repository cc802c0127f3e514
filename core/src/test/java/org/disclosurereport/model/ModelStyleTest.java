package org.disclosurereport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The report's Immutables style is the package's with one setting more ({@code from = ""}, so that
 * the hand-written {@code from(AnnualReport)} is the builder's only one). Immutables does not merge
 * a type's style with its package's, so the settings are written on both; this test keeps them in
 * step.
 */
class ModelStyleTest {
  private static final Path SOURCES = Path.of("src/main/java/org/disclosurereport/model");

  /**
   * The text of the first {@code @Value.Style(...)} of a source file, without comments or spaces.
   */
  private static String style(String file) throws IOException {
    String source = Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8);
    int start = source.indexOf("@Value.Style(");
    assertTrue(start >= 0, file + " has a style");
    int depth = 0;
    int end = start;
    for (int i = source.indexOf('(', start); i < source.length(); i++) {
      char c = source.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0) {
        end = i + 1;
        break;
      }
    }
    return source.substring(start, end).replaceAll("//[^\n]*", "").replaceAll("\\s+", "");
  }

  @Test
  void theReportsStyleIsThePackagesWithoutGeneratedFrom() throws IOException {
    String pkg = style("package-info.java");
    String report = style("ReportStyle.java");
    assertEquals(pkg.substring(0, pkg.length() - 1) + ",from=\"\")", report);
  }
}
