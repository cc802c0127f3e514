package org.disclosurereport.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.serialization.internal.CanonicalForm;
import org.disclosurereport.serialization.internal.SchemaGenerator;

/**
 * The published schemas of the canonical forms, one pair per edition: a JSON Schema (draft 2020-12)
 * and an XSD. They are generated from the edition description and shipped in this artifact under
 * {@code org/disclosurereport/serialization/schemas/}; copies are kept in the repository's {@code
 * docs/schemas/}.
 *
 * <p>The schemas describe the strict form: a document with extensions (kept by a lenient reader)
 * has members the JSON Schema does not allow, while in XML extensions are listed in their own
 * element, which the XSD describes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportSchemas {
  /** The schema version written in every document's {@code schemaVersion}. */
  public static final int SCHEMA_VERSION = CanonicalForm.SCHEMA_VERSION;

  /** The classpath folder of the shipped schemas. */
  public static final String RESOURCE_FOLDER = "/org/disclosurereport/serialization/schemas/";

  private ReportSchemas() {}

  /**
   * Returns the file name of an edition's JSON Schema.
   *
   * @param edition the edition
   * @return for example {@code report-2019.schema.json}
   */
  public static String jsonSchemaFileName(Edition edition) {
    return SchemaGenerator.jsonSchemaFileName(edition.spec());
  }

  /**
   * Returns the file name of an edition's XSD.
   *
   * @param edition the edition
   * @return for example {@code report-2019.xsd}
   */
  public static String xsdFileName(Edition edition) {
    return SchemaGenerator.xsdFileName(edition.spec());
  }

  /**
   * Returns the shipped JSON Schema of an edition.
   *
   * @param edition the edition
   * @return the schema text
   */
  public static String jsonSchema(Edition edition) {
    return resource(jsonSchemaFileName(edition));
  }

  /**
   * Returns the shipped XSD of an edition.
   *
   * @param edition the edition
   * @return the schema text
   */
  public static String xsd(Edition edition) {
    return resource(xsdFileName(edition));
  }

  private static String resource(String name) {
    try (InputStream in = ReportSchemas.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
