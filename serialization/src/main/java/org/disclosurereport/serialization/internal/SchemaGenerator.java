package org.disclosurereport.serialization.internal;

import static org.disclosurereport.serialization.internal.CanonicalForm.*;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.OrganKind;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.ReportMetadata;

/**
 * Generates the published schemas of the canonical forms from an edition description: a JSON Schema
 * (draft 2020-12) and an XSD per edition. Tables, rows and columns, their labels and cell kinds all
 * come from {@link EditionSpec}; nothing is listed by hand.
 */
public final class SchemaGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_AMOUNT_INTEGER_DIGITS =
      CellValue.MAX_AMOUNT_PRECISION - CellValue.MAX_AMOUNT_SCALE;

  /** The amount pattern, without anchors (XSD patterns are anchored, JSON Schema's are not). */
  private static final String AMOUNT_PATTERN =
      "(0|[1-9][0-9]{0,"
          + (MAX_AMOUNT_INTEGER_DIGITS - 1)
          + "})(\\.[0-9]{1,"
          + CellValue.MAX_AMOUNT_SCALE
          + "})?";

  /** The XSD type of a supplementary row, an item of the list of them. */
  private static final String SUPPLEMENTARY_ROW_TYPE = "supplementaryRow";

  private SchemaGenerator() {}

  /**
   * Returns the file name of an edition's JSON Schema.
   *
   * @param spec the edition
   * @return for example {@code report-2019.schema.json}
   */
  public static String jsonSchemaFileName(EditionSpec spec) {
    return "report-" + spec.edition().id() + ".schema.json";
  }

  /**
   * Returns the file name of an edition's XSD.
   *
   * @param spec the edition
   * @return for example {@code report-2019.xsd}
   */
  public static String xsdFileName(EditionSpec spec) {
    return "report-" + spec.edition().id() + ".xsd";
  }

  // ------------------------------------------------------------------ JSON Schema

  /**
   * Generates the JSON Schema of an edition's canonical JSON form (strict: no unknown members).
   *
   * @param spec the edition
   * @return the schema text, pretty-printed, ending with a line end
   */
  public static String jsonSchema(EditionSpec spec) {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put(
        "$id",
        "urn:disclosure-report:schema:report-" + spec.edition().id() + ":v" + SCHEMA_VERSION);
    // JSON Schema's title keyword, not the metadata member of that name.
    root.put(
        "title",
        "Government information disclosure annual report, " + spec.edition().id() + " edition");
    root.put("description", spec.formatTitle() + " (" + spec.noticeNumber() + ")");
    object(root, DOCUMENT, spec);
    ObjectNode defs = root.putObject("$defs");
    ObjectNode count = defs.putObject(Kind.COUNT.xsdType());
    count.put("type", "integer");
    count.put("minimum", 0);
    count.put("maximum", CellValue.MAX_WHOLE);
    ObjectNode change = defs.putObject(Kind.CHANGE.xsdType());
    change.put("type", "integer");
    change.put("minimum", -CellValue.MAX_WHOLE);
    change.put("maximum", CellValue.MAX_WHOLE);
    object(defs.putObject(Kind.AMOUNT.xsdType()), AMOUNT, spec);
    ObjectNode narrative = defs.putObject(Kind.NARRATIVE.xsdType());
    narrative.put("type", "array");
    object(narrative.putObject("items"), TEXT_BLOCK, spec);
    object(defs.putObject(Kind.FEES.xsdType()), FEES_MEMBERS, spec);
    object(defs.putObject(Kind.METADATA.xsdType()), METADATA_MEMBERS, spec);
    return print(root);
  }

  /** Describes a closed object of the form's members (those of the JSON form). */
  private static void object(ObjectNode node, List<Member> members, EditionSpec spec) {
    node.put("type", "object");
    String[] required = requiredNames(members);
    if (required.length > 0) {
      node.set("required", strings(required));
    }
    node.put("additionalProperties", false);
    ObjectNode properties = node.putObject("properties");
    for (Member m : members) {
      if (!m.xmlOnly()) {
        property(properties.putObject(m.name()), m.kind(), spec);
      }
    }
  }

  /** Describes the value of a member by its kind. */
  private static void property(ObjectNode node, Kind kind, EditionSpec spec) {
    switch (kind) {
      case SCHEMA_VERSION -> node.put("const", SCHEMA_VERSION);
      case EDITION_ID -> node.put("const", spec.edition().id());
      case METADATA, NARRATIVE, FEES, COUNT, CHANGE, AMOUNT ->
          node.put("$ref", "#/$defs/" + kind.xsdType());
      case TABLES -> tables(node, spec);
      case OTHER_MATTERS -> object(node, OTHER_MATTERS_MEMBERS, spec);
      case SUPPLEMENTARY_ROWS -> {
        node.put("type", "array");
        object(node.putObject("items"), SUPPLEMENTARY_ROW, spec);
      }
      case TEXT, POINTER, JSON_TEXT -> node.put("type", "string");
      case NON_BLANK_TEXT -> {
        node.put("type", "string");
        node.put("pattern", "\\S");
      }
      case REPORT_YEAR -> {
        node.put("type", "integer");
        node.put("minimum", ReportMetadata.FIRST_REPORT_YEAR);
        node.put("maximum", ReportMetadata.LAST_REPORT_YEAR);
      }
      case ORGAN_LEVEL -> node.set("enum", enumNames(OrganLevel.values()));
      case ORGAN_KIND -> node.set("enum", enumNames(OrganKind.values()));
      case DATE -> {
        node.put("type", "string");
        node.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        node.put("format", "date");
      }
      case DECIMAL_TEXT -> {
        node.put("type", "string");
        node.put("pattern", "^" + AMOUNT_PATTERN + "$");
      }
      case UNIT -> node.set("enum", enumNames(MoneyUnit.values()));
      case TABLE_KEY ->
          node.set(
              "enum", strings(spec.tables().stream().map(TableSpec::key).toArray(String[]::new)));
      case STRING_MAP -> {
        node.put("type", "object");
        node.putObject("additionalProperties").put("type", "string");
      }
      case EXTENSIONS -> throw new IllegalStateException("XML only: " + kind);
    }
  }

  /** Describes the tables, rows and columns of the edition. */
  private static void tables(ObjectNode tables, EditionSpec spec) {
    tables.put("type", "object");
    tables.put("additionalProperties", false);
    ObjectNode tp = tables.putObject("properties");
    for (TableSpec t : spec.tables()) {
      ObjectNode table = tp.putObject(t.key());
      table.put("description", t.caption().map(c -> c + " — ").orElse("") + t.englishName());
      table.put("type", "object");
      table.put("additionalProperties", false);
      ObjectNode rp = table.putObject("properties");
      for (AxisNode row : t.rowLeaves()) {
        ObjectNode r = rp.putObject(row.key());
        r.put("description", description(row));
        r.put("type", "object");
        r.put("additionalProperties", false);
        ObjectNode cp = r.putObject("properties");
        for (AxisNode column : t.columnLeaves()) {
          ObjectNode c = cp.putObject(column.key());
          c.put("description", description(column));
          c.put("$ref", "#/$defs/" + kindName(column.kind().orElseThrow()));
        }
      }
    }
  }

  private static String description(AxisNode node) {
    String labels = String.join(" / ", node.qualifiedLabels());
    return labels.isEmpty() ? node.englishName() : labels + " — " + node.englishName();
  }

  private static String kindName(CellKind kind) {
    return Kind.of(kind).xsdType();
  }

  private static ArrayNode strings(String... values) {
    ArrayNode a = NODES.arrayNode();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }

  private static ArrayNode enumNames(Enum<?>[] values) {
    return strings(Arrays.stream(values).map(Enum::name).toArray(String[]::new));
  }

  private static String print(ObjectNode root) {
    JsonMapper mapper = JsonEngine.mapperBuilder(JsonEngine.defaultFactory()).build();
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = mapper.getFactory().createGenerator(out)) {
      gen.setPrettyPrinter(Writing.jsonPrettyPrinter());
      mapper.writeTree(gen, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  // ------------------------------------------------------------------ XSD

  /**
   * Generates the XSD of an edition's canonical XML form.
   *
   * @param spec the edition
   * @return the schema text, ending with a line end
   */
  public static String xsd(EditionSpec spec) {
    Xsd x = new Xsd();
    x.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    x.line(
        0,
        "<!-- Canonical XML form of the government information disclosure annual report, "
            + spec.edition().id()
            + " edition: "
            + escape(spec.formatTitle())
            + " ("
            + escape(spec.noticeNumber())
            + "). Generated from the edition description; do not edit. -->");
    x.line(
        0,
        "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" elementFormDefault=\"qualified\">");
    x.line(1, "<xs:element name=\"" + XML_ROOT + "\">");
    x.line(2, "<xs:complexType>");
    x.line(3, "<xs:sequence>");
    for (Member m : DOCUMENT) {
      switch (m.kind()) {
        case SCHEMA_VERSION ->
            x.line(
                4,
                "<xs:element name=\""
                    + m.name()
                    + "\" type=\""
                    + m.kind().xsdType()
                    + "\" fixed=\""
                    + SCHEMA_VERSION
                    + "\"/>");
        case EDITION_ID ->
            x.line(
                4,
                "<xs:element name=\""
                    + m.name()
                    + "\" type=\""
                    + m.kind().xsdType()
                    + "\" fixed=\""
                    + spec.edition().id()
                    + "\"/>");
        case TABLES -> tablesElement(x, m, spec);
        default -> x.line(4, element(m));
      }
    }
    x.line(3, "</xs:sequence>");
    x.line(2, "</xs:complexType>");
    x.line(1, "</xs:element>");

    x.simple(
        Kind.COUNT.xsdType(),
        "xs:nonNegativeInteger",
        List.of("<xs:maxInclusive value=\"" + CellValue.MAX_WHOLE + "\"/>"));
    x.simple(
        Kind.CHANGE.xsdType(),
        "xs:integer",
        List.of(
            "<xs:minInclusive value=\"" + -CellValue.MAX_WHOLE + "\"/>",
            "<xs:maxInclusive value=\"" + CellValue.MAX_WHOLE + "\"/>"));
    x.simple(
        Kind.DECIMAL_TEXT.xsdType(),
        "xs:string",
        List.of("<xs:pattern value=\"" + AMOUNT_PATTERN + "\"/>"));
    x.simple(
        Kind.UNIT.xsdType(),
        "xs:string",
        Arrays.stream(MoneyUnit.values())
            .map(u -> "<xs:enumeration value=\"" + u.name() + "\"/>")
            .toList());
    x.simple(
        Kind.ORGAN_LEVEL.xsdType(),
        "xs:string",
        Arrays.stream(OrganLevel.values())
            .map(u -> "<xs:enumeration value=\"" + u.name() + "\"/>")
            .toList());
    x.simple(
        Kind.ORGAN_KIND.xsdType(),
        "xs:string",
        Arrays.stream(OrganKind.values())
            .map(u -> "<xs:enumeration value=\"" + u.name() + "\"/>")
            .toList());
    x.simple(
        Kind.REPORT_YEAR.xsdType(),
        "xs:integer",
        List.of(
            "<xs:minInclusive value=\"" + ReportMetadata.FIRST_REPORT_YEAR + "\"/>",
            "<xs:maxInclusive value=\"" + ReportMetadata.LAST_REPORT_YEAR + "\"/>"));
    x.simple(
        Kind.TABLE_KEY.xsdType(),
        "xs:string",
        spec.tables().stream().map(t -> "<xs:enumeration value=\"" + t.key() + "\"/>").toList());
    x.simple(
        Kind.NON_BLANK_TEXT.xsdType(),
        "xs:string",
        List.of("<xs:pattern value=\"(.|\\s)*\\S(.|\\s)*\"/>"));
    x.complex(Kind.AMOUNT.xsdType(), elements(AMOUNT));
    x.complex(Kind.NARRATIVE.xsdType(), list(BLOCK, BLOCK));
    x.complex(BLOCK, elements(TEXT_BLOCK));
    x.complex(Kind.METADATA.xsdType(), elements(METADATA_MEMBERS));
    x.complex(Kind.OTHER_MATTERS.xsdType(), elements(OTHER_MATTERS_MEMBERS));
    x.complex(Kind.FEES.xsdType(), elements(FEES_MEMBERS));
    x.complex(Kind.SUPPLEMENTARY_ROWS.xsdType(), list(ROW, SUPPLEMENTARY_ROW_TYPE));
    x.complex(SUPPLEMENTARY_ROW_TYPE, elements(SUPPLEMENTARY_ROW));
    x.complex(Kind.STRING_MAP.xsdType(), list(ENTRY, ENTRY));
    x.complex(ENTRY, elements(XML_ENTRY));
    x.complex(Kind.EXTENSIONS.xsdType(), list(EXTENSION, EXTENSION));
    x.complex(EXTENSION, elements(XML_EXTENSION));
    x.line(0, "</xs:schema>");
    return x.toString();
  }

  private static void tablesElement(Xsd x, Member m, EditionSpec spec) {
    x.line(
        4,
        "<xs:element name=\"" + m.name() + "\"" + (m.required() ? "" : " minOccurs=\"0\"") + ">");
    x.line(5, "<xs:complexType>");
    x.line(6, "<xs:sequence>");
    for (TableSpec t : spec.tables()) {
      x.line(7, "<xs:element name=\"" + t.key() + "\" minOccurs=\"0\">");
      x.documentation(8, t.caption().map(c -> c + " — ").orElse("") + t.englishName());
      x.line(8, "<xs:complexType>");
      x.line(9, "<xs:sequence>");
      for (AxisNode row : t.rowLeaves()) {
        x.line(10, "<xs:element name=\"" + row.key() + "\" minOccurs=\"0\">");
        x.documentation(11, description(row));
        x.line(11, "<xs:complexType>");
        x.line(12, "<xs:sequence>");
        for (AxisNode column : t.columnLeaves()) {
          x.line(
              13,
              "<xs:element name=\""
                  + column.key()
                  + "\" type=\""
                  + kindName(column.kind().orElseThrow())
                  + "\" minOccurs=\"0\">");
          x.documentation(14, description(column));
          x.line(13, "</xs:element>");
        }
        x.line(12, "</xs:sequence>");
        x.line(11, "</xs:complexType>");
        x.line(10, "</xs:element>");
      }
      x.line(9, "</xs:sequence>");
      x.line(8, "</xs:complexType>");
      x.line(7, "</xs:element>");
    }
    x.line(6, "</xs:sequence>");
    x.line(5, "</xs:complexType>");
    x.line(4, "</xs:element>");
  }

  /** The element of a member, of its kind's type. */
  private static String element(Member m) {
    return element(m.name(), m.kind().xsdType(), !m.required());
  }

  /** The type of a list: its items, each of the named type, any number of them. */
  private static List<String> list(String itemName, String itemType) {
    return List.of(
        "<xs:element name=\""
            + itemName
            + "\" type=\""
            + itemType
            + "\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>");
  }

  private static List<String> elements(List<Member> members) {
    return members.stream().map(SchemaGenerator::element).toList();
  }

  private static String element(String name, String type, boolean optional) {
    return "<xs:element name=\""
        + name
        + "\" type=\""
        + type
        + "\""
        + (optional ? " minOccurs=\"0\"" : "")
        + "/>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("--", "- -");
  }

  /** A small line-based XSD writer. */
  private static final class Xsd {
    private final StringBuilder sb = new StringBuilder();

    void line(int indent, String text) {
      sb.append("  ".repeat(indent)).append(text).append('\n');
    }

    void documentation(int indent, String text) {
      line(
          indent,
          "<xs:annotation><xs:documentation>"
              + escape(text)
              + "</xs:documentation></xs:annotation>");
    }

    void simple(String name, String base, List<String> facets) {
      line(1, "<xs:simpleType name=\"" + name + "\">");
      line(2, "<xs:restriction base=\"" + base + "\">");
      for (String f : facets) {
        line(3, f);
      }
      line(2, "</xs:restriction>");
      line(1, "</xs:simpleType>");
    }

    void complex(String name, List<String> elements) {
      line(1, "<xs:complexType name=\"" + name + "\">");
      line(2, "<xs:sequence>");
      for (String e : elements) {
        line(3, e);
      }
      line(2, "</xs:sequence>");
      line(1, "</xs:complexType>");
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
