package org.disclosurereport.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.disclosurereport.edition.Edition;
import org.xml.sax.SAXException;

/**
 * Validates documents against the shipped schemas (networknt for JSON, javax.xml.validation for
 * XML).
 */
final class SchemaAssertions {
  private static final Map<Edition, JsonSchema> JSON = new EnumMap<>(Edition.class);
  private static final Map<Edition, Schema> XSD = new EnumMap<>(Edition.class);

  static {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaFactory xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    for (Edition e : Edition.values()) {
      JSON.put(e, factory.getSchema(ReportSchemas.jsonSchema(e)));
      try {
        XSD.put(e, xsd.newSchema(new StreamSource(new StringReader(ReportSchemas.xsd(e)))));
      } catch (SAXException ex) {
        throw new IllegalStateException(ex);
      }
    }
  }

  private SchemaAssertions() {}

  static Set<ValidationMessage> jsonErrors(Edition edition, String json) {
    return JSON.get(edition).validate(json, InputFormat.JSON);
  }

  static void assertJsonValid(Edition edition, String json) {
    assertEquals(Set.of(), jsonErrors(edition, json), json);
  }

  static String xmlError(Edition edition, byte[] xml) {
    try {
      XSD.get(edition).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
      return null;
    } catch (SAXException e) {
      return e.getMessage();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void assertXmlValid(Edition edition, byte[] xml) {
    String error = xmlError(edition, xml);
    if (error != null) {
      fail(error + "\n" + new String(xml, java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
