package org.disclosurereport.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FormatGuideTest {
  /** Set to {@code true} ({@code -Ddisclosure.regenerateFormat=true}) to rewrite docs/format.md. */
  private static final String REGENERATE = "disclosure.regenerateFormat";

  @Test
  void docsFormatMdIsTheGuideOfTheEditionDescriptions() throws IOException {
    Path page = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/format.md");
    String generated = FormatGuide.markdown();
    if (Boolean.getBoolean(REGENERATE)) {
      FormatGuide.main(new String[] {page.toString()});
    }
    assertTrue(
        Files.exists(page),
        "docs/format.md is missing: regenerate it with -D" + REGENERATE + "=true");
    assertEquals(
        generated,
        Files.readString(page, StandardCharsets.UTF_8),
        "docs/format.md is out of date: regenerate it with -D" + REGENERATE + "=true");
  }

  @Test
  void theGuideNamesEverySectionTableHeadingAndRelationOfBothEditions() {
    String md = FormatGuide.markdown();
    for (Edition e : Edition.values()) {
      EditionSpec spec = e.spec();
      assertTrue(md.contains("\n## Edition " + e.id() + "\n"), e.id());
      for (SectionSpec s : spec.sections()) {
        assertTrue(
            md.contains("| " + s.number() + " | " + s.heading() + " | `" + s.id().key() + "`"),
            s.heading());
      }
      for (TableSpec t : spec.tables()) {
        assertTrue(md.contains("\n### Table `" + t.key() + "`: "), t.key());
        for (AxisNode root : t.rows()) {
          root.flatten()
              .forEach(n -> assertTrue(md.contains("`" + n.key() + "` | " + n.label()), n.key()));
        }
        for (AxisNode root : t.columns()) {
          root.flatten()
              .forEach(n -> assertTrue(md.contains("`" + n.key() + "` | " + n.label()), n.key()));
        }
      }
      spec.relations().forEach(r -> assertTrue(md.contains("| `" + r.id() + "` | "), r.id()));
      spec.crossYearRelations()
          .forEach(r -> assertTrue(md.contains("| `" + r.id() + "` | "), r.id()));
    }
  }
}
