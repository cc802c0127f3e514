package org.disclosurereport.serialization.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.internal.CanonicalForm.Member;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;

/**
 * The canonical form is described once: no main source of this module but the description spells
 * one of its member names (or a key of the edition description) as a string literal, and the writer
 * follows the description's order.
 */
class CanonicalFormTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final String DESCRIPTION = "CanonicalForm.java";

  /** A Java string literal, escapes included; text blocks are not used in main sources. */
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  /**
   * Literals that are the same word as a member for another reason, each by file and text: JSON
   * Schema's own {@code title} keyword.
   */
  private static final Set<String> ALLOWED = Set.of("SchemaGenerator.java:title");

  /** Every name of the form: its members, XML item and root names, and the edition's keys. */
  private static Set<String> names() {
    Set<String> names = new TreeSet<>();
    names.add(CanonicalForm.XML_ROOT);
    for (List<Member> object : CanonicalForm.OBJECTS) {
      for (Member m : object) {
        names.add(m.name());
        m.xmlItemName().ifPresent(names::add);
      }
    }
    for (SectionId s : SectionId.values()) {
      names.add(s.key());
    }
    for (Edition e : Edition.values()) {
      for (TableSpec t : e.spec().tables()) {
        names.add(t.key());
        Stream.concat(t.rowLeaves().stream(), t.columnLeaves().stream())
            .map(AxisNode::key)
            .forEach(names::add);
      }
    }
    return names;
  }

  /** The literals of a source file that are names of the form, as {@code File.java:name}. */
  private static List<String> namesSpelled(Path file, Set<String> names) throws IOException {
    List<String> found = new ArrayList<>();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Matcher m = LITERAL.matcher(text);
    while (m.find()) {
      if (names.contains(m.group(1))) {
        found.add(file.getFileName() + ":" + m.group(1));
      }
    }
    return found;
  }

  private static List<Path> mainSources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  @Test
  void noMainSourceButTheDescriptionSpellsAMemberName() throws IOException {
    Set<String> names = names();
    List<String> spelled = new ArrayList<>();
    for (Path file : mainSources()) {
      if (!file.getFileName().toString().equals(DESCRIPTION)) {
        namesSpelled(file, names).stream().filter(s -> !ALLOWED.contains(s)).forEach(spelled::add);
      }
    }
    assertEquals(List.of(), spelled, "member names spelled outside " + DESCRIPTION);
  }

  @Test
  void theScanFindsTheNamesWhereTheyAreSpelled() throws IOException {
    Path description =
        mainSources().stream()
            .filter(p -> p.getFileName().toString().equals(DESCRIPTION))
            .findFirst()
            .orElseThrow();
    List<String> spelled = namesSpelled(description, names());
    assertTrue(spelled.contains(DESCRIPTION + ":" + CanonicalForm.ORGAN_NAME), spelled::toString);
    assertTrue(spelled.contains(DESCRIPTION + ":" + CanonicalForm.EXTENSION), spelled::toString);
    // And the allowed exception is still there to be allowed, or the list should shrink.
    Path schema = description.resolveSibling("SchemaGenerator.java");
    assertEquals(List.copyOf(ALLOWED), namesSpelled(schema, names()));
  }

  @Test
  void membersAreNamedOncePerObjectAndListsHaveOneItemName() {
    for (List<Member> object : CanonicalForm.OBJECTS) {
      assertEquals(
          object.size(), object.stream().map(Member::name).distinct().count(), object.toString());
    }
    Map<String, String> items = CanonicalForm.XML_ITEM_NAMES;
    assertEquals(CanonicalForm.BLOCK, items.get(SectionId.GENERAL.key()));
    assertEquals(CanonicalForm.BLOCK, items.get(CanonicalForm.NARRATIVE));
    assertEquals(CanonicalForm.ENTRY, items.get(CanonicalForm.VALUES));
    assertFalse(items.containsKey(CanonicalForm.METADATA));
  }

  @Test
  void theWriterFollowsTheDescriptionsOrder() {
    for (AnnualReport report :
        List.of(SampleReports.luoning2020(), SampleReports.exampleDistrict2024())) {
      Edition e = report.spec().edition();
      for (DocumentFormat format : DocumentFormat.values()) {
        Tree.Obj root = ReportTreeBuilder.build(report, format, false);
        List<String> written = root.members().stream().map(Tree.Member::name).toList();
        List<String> described =
            CanonicalForm.DOCUMENT.stream()
                .filter(m -> written.contains(m.name()))
                .map(Member::name)
                .toList();
        assertEquals(described, written, e + " " + format);
        Tree.Obj metadata = (Tree.Obj) root.member(CanonicalForm.METADATA).orElseThrow().value();
        List<String> metadataWritten = metadata.members().stream().map(Tree.Member::name).toList();
        assertEquals(
            CanonicalForm.METADATA_MEMBERS.stream()
                .map(Member::name)
                .filter(metadataWritten::contains)
                .toList(),
            metadataWritten);
        assertTrue(
            metadataWritten.containsAll(
                List.of(CanonicalForm.requiredNames(CanonicalForm.METADATA_MEMBERS))),
            metadataWritten::toString);
      }
    }
  }
}
