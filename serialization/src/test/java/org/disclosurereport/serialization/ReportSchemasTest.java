package org.disclosurereport.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.serialization.internal.SchemaGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped schemas and the copies in the repository's {@code docs/schemas/} are what the
 * generator makes from the edition description now. Run with {@code -Dschemas.update=true} to
 * rewrite both after a change of the description.
 */
class ReportSchemasTest {
  private static final Path RESOURCES =
      Path.of("src/main/resources/org/disclosurereport/serialization/schemas");
  private static final Path DOCS = Path.of("../docs/schemas");

  @ParameterizedTest
  @EnumSource(Edition.class)
  void shippedAndCommittedJsonSchemasAreCurrent(Edition edition) throws IOException {
    check(
        SchemaGenerator.jsonSchemaFileName(edition.spec()),
        SchemaGenerator.jsonSchema(edition.spec()));
    assertEquals(SchemaGenerator.jsonSchema(edition.spec()), ReportSchemas.jsonSchema(edition));
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void shippedAndCommittedXsdsAreCurrent(Edition edition) throws IOException {
    check(SchemaGenerator.xsdFileName(edition.spec()), SchemaGenerator.xsd(edition.spec()));
    assertEquals(SchemaGenerator.xsd(edition.spec()), ReportSchemas.xsd(edition));
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void schemasNameEveryTableOfTheEditionAndNoOther(Edition edition) {
    String json = ReportSchemas.jsonSchema(edition);
    String xsd = ReportSchemas.xsd(edition);
    for (Edition other : Edition.values()) {
      for (TableSpec t : other.spec().tables()) {
        boolean own = edition.spec().table(t.key()).isPresent();
        assertEquals(own, json.contains("\"" + t.key() + "\""), t.key());
        assertEquals(own, xsd.contains("name=\"" + t.key() + "\""), t.key());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void schemasRefuseAnUnknownMemberAndANegativeCount(Edition edition) {
    String good =
        ReportJson.create()
            .write(
                ReportGenerators.report(edition, 1).withExtensions(java.util.Map.of()),
                Formatting.COMPACT);
    assertTrue(SchemaAssertions.jsonErrors(edition, good).isEmpty());
    String unknown = good.replaceFirst("\\{", "{\"x-unknown\":1,");
    assertFalse(SchemaAssertions.jsonErrors(edition, unknown).isEmpty());
    String negative = good.replaceFirst("\"reportYear\":\\d+", "\"reportYear\":-1");
    assertFalse(SchemaAssertions.jsonErrors(edition, negative).isEmpty());
    byte[] xml =
        ReportXml.create().writeBytes(ReportGenerators.report(edition, 1), Formatting.COMPACT);
    String badXml =
        new String(xml, StandardCharsets.UTF_8)
            .replaceFirst("<metadata>", "<metadata><x-unknown/>");
    assertNotNull(SchemaAssertions.xmlError(edition, badXml.getBytes(StandardCharsets.UTF_8)));
  }

  private static void check(String fileName, String generated) throws IOException {
    if (Boolean.getBoolean("schemas.update")) {
      Files.createDirectories(RESOURCES);
      Files.createDirectories(DOCS);
      Files.writeString(RESOURCES.resolve(fileName), generated, StandardCharsets.UTF_8);
      Files.writeString(DOCS.resolve(fileName), generated, StandardCharsets.UTF_8);
    }
    assertEquals(
        generated,
        Files.readString(RESOURCES.resolve(fileName), StandardCharsets.UTF_8),
        fileName + " in resources is stale: run the build with -Dschemas.update=true");
    assertEquals(
        generated,
        Files.readString(DOCS.resolve(fileName), StandardCharsets.UTF_8),
        fileName + " in docs/schemas is stale: run the build with -Dschemas.update=true");
  }
}
