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
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.OrganKind;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.ReportMetadata;

/**
 * Generates the published schemas of the canonical forms from an edition description: a JSON
 * Schema (draft 2020-12) and an XSD per edition. Tables, rows and columns, their labels and cell
 * kinds all come from {@link EditionSpec}; nothing is listed by hand.
 */
public final class SchemaGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_AMOUNT_INTEGER_DIGITS =
      CellValue.MAX_AMOUNT_PRECISION - CellValue.MAX_AMOUNT_SCALE;
  /** The amount pattern, without anchors (XSD patterns are anchored, JSON Schema's are not). */
  private static final String AMOUNT_PATTERN =
      "(0|[1-9][0-9]{0," + (MAX_AMOUNT_INTEGER_DIGITS - 1) + "})(\\.[0-9]{1," + CellValue.MAX_AMOUNT_SCALE + "})?";

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
    root.put("$id", "urn:disclosure-report:schema:report-" + spec.edition().id() + ":v" + SCHEMA_VERSION);
    root.put(
        "title",
        "Government information disclosure annual report, " + spec.edition().id() + " edition");
    root.put("description", spec.formatTitle() + " (" + spec.noticeNumber() + ")");
    root.put("type", "object");
    root.set("required", strings(SCHEMA_VERSION_FIELD, EDITION, METADATA));
    root.put("additionalProperties", false);
    ObjectNode p = root.putObject("properties");
    p.putObject(SCHEMA_VERSION_FIELD).put("const", SCHEMA_VERSION);
    p.putObject(EDITION).put("const", spec.edition().id());
    ref(p, METADATA, "metadata");
    ref(p, SectionId.GENERAL.key(), "narrative");
    ObjectNode tables = p.putObject(TABLES);
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
    ref(p, SectionId.PROBLEMS.key(), "narrative");
    ObjectNode other = p.putObject(OTHER_MATTERS);
    other.put("type", "object");
    other.put("additionalProperties", false);
    ObjectNode op = other.putObject("properties");
    ref(op, NARRATIVE, "narrative");
    ref(op, FEES, "fees");
    ObjectNode rows = p.putObject(SUPPLEMENTARY_ROWS);
    rows.put("type", "array");
    ObjectNode row = rows.putObject("items");
    row.put("type", "object");
    row.set("required", strings(TABLE, LABEL, VALUES));
    row.put("additionalProperties", false);
    ObjectNode rowp = row.putObject("properties");
    rowp.putObject(TABLE).set("enum", strings(spec.tables().stream().map(TableSpec::key).toArray(String[]::new)));
    rowp.putObject(LABEL).put("type", "string");
    ObjectNode values = rowp.putObject(VALUES);
    values.put("type", "object");
    values.putObject("additionalProperties").put("type", "string");

    ObjectNode defs = root.putObject("$defs");
    ObjectNode count = defs.putObject(kindName(CellKind.COUNT));
    count.put("type", "integer");
    count.put("minimum", 0);
    count.put("maximum", CellValue.MAX_WHOLE);
    ObjectNode change = defs.putObject(kindName(CellKind.CHANGE));
    change.put("type", "integer");
    change.put("minimum", -CellValue.MAX_WHOLE);
    change.put("maximum", CellValue.MAX_WHOLE);
    ObjectNode amount = defs.putObject(kindName(CellKind.AMOUNT));
    amount.put("type", "object");
    amount.set("required", strings(VALUE, UNIT));
    amount.put("additionalProperties", false);
    ObjectNode ap = amount.putObject("properties");
    ObjectNode value = ap.putObject(VALUE);
    value.put("type", "string");
    value.put("pattern", "^" + AMOUNT_PATTERN + "$");
    ap.putObject(UNIT).set("enum", enumNames(MoneyUnit.values()));
    ObjectNode narrative = defs.putObject("narrative");
    narrative.put("type", "array");
    ObjectNode block = narrative.putObject("items");
    block.put("type", "object");
    block.set("required", strings(BODY));
    block.put("additionalProperties", false);
    ObjectNode bp = block.putObject("properties");
    bp.putObject(HEADING).put("type", "string");
    bp.putObject(BODY).put("type", "string");
    ObjectNode fees = defs.putObject("fees");
    fees.put("type", "object");
    fees.put("additionalProperties", false);
    ObjectNode fp = fees.putObject("properties");
    ref(fp, NOTICES_ISSUED, kindName(CellKind.COUNT));
    ref(fp, AMOUNT_NOTIFIED, kindName(CellKind.AMOUNT));
    ref(fp, AMOUNT_COLLECTED, kindName(CellKind.AMOUNT));
    ObjectNode metadata = defs.putObject("metadata");
    metadata.put("type", "object");
    metadata.set("required", strings(ORGAN_NAME, REPORT_YEAR));
    metadata.put("additionalProperties", false);
    ObjectNode mp = metadata.putObject("properties");
    ObjectNode name = mp.putObject(ORGAN_NAME);
    name.put("type", "string");
    name.put("pattern", "\\S");
    ObjectNode year = mp.putObject(REPORT_YEAR);
    year.put("type", "integer");
    year.put("minimum", ReportMetadata.FIRST_REPORT_YEAR);
    year.put("maximum", ReportMetadata.LAST_REPORT_YEAR);
    mp.putObject(TITLE).put("type", "string");
    mp.putObject(ORGAN_LEVEL).set("enum", enumNames(OrganLevel.values()));
    mp.putObject(ORGAN_KIND).set("enum", enumNames(OrganKind.values()));
    mp.putObject(CREDIT_CODE).put("type", "string");
    mp.putObject(DIVISION_CODE).put("type", "string");
    mp.putObject(INDEX_NUMBER).put("type", "string");
    ObjectNode date = mp.putObject(PUBLICATION_DATE);
    date.put("type", "string");
    date.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    date.put("format", "date");
    return print(root);
  }

  private static String description(AxisNode node) {
    String labels = String.join(" / ", node.qualifiedLabels());
    return labels.isEmpty() ? node.englishName() : labels + " — " + node.englishName();
  }

  private static String kindName(CellKind kind) {
    return switch (kind) {
      case COUNT -> "count";
      case CHANGE -> "change";
      case AMOUNT -> "amount";
    };
  }

  private static void ref(ObjectNode parent, String name, String def) {
    parent.putObject(name).put("$ref", "#/$defs/" + def);
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
    x.line(0, "<!-- Canonical XML form of the government information disclosure annual report, "
        + spec.edition().id() + " edition: " + escape(spec.formatTitle()) + " (" + escape(spec.noticeNumber())
        + "). Generated from the edition description; do not edit. -->");
    x.line(0, "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" elementFormDefault=\"qualified\">");
    x.line(1, "<xs:element name=\"" + XML_ROOT + "\">");
    x.line(2, "<xs:complexType>");
    x.line(3, "<xs:sequence>");
    x.line(4, "<xs:element name=\"" + SCHEMA_VERSION_FIELD + "\" type=\"xs:integer\" fixed=\"" + SCHEMA_VERSION + "\"/>");
    x.line(4, "<xs:element name=\"" + EDITION + "\" type=\"xs:string\" fixed=\"" + spec.edition().id() + "\"/>");
    x.line(4, "<xs:element name=\"" + METADATA + "\" type=\"metadata\"/>");
    x.line(4, "<xs:element name=\"" + SectionId.GENERAL.key() + "\" type=\"narrative\" minOccurs=\"0\"/>");
    x.line(4, "<xs:element name=\"" + TABLES + "\" minOccurs=\"0\">");
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
          x.line(13, "<xs:element name=\"" + column.key() + "\" type=\"" + kindName(column.kind().orElseThrow())
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
    x.line(4, "<xs:element name=\"" + SectionId.PROBLEMS.key() + "\" type=\"narrative\" minOccurs=\"0\"/>");
    x.line(4, "<xs:element name=\"" + OTHER_MATTERS + "\" type=\"otherMatters\" minOccurs=\"0\"/>");
    x.line(4, "<xs:element name=\"" + SUPPLEMENTARY_ROWS + "\" type=\"supplementaryRows\" minOccurs=\"0\"/>");
    x.line(4, "<xs:element name=\"" + EXTENSIONS + "\" type=\"extensions\" minOccurs=\"0\"/>");
    x.line(3, "</xs:sequence>");
    x.line(2, "</xs:complexType>");
    x.line(1, "</xs:element>");

    x.simple("count", "xs:nonNegativeInteger", List.of("<xs:maxInclusive value=\"" + CellValue.MAX_WHOLE + "\"/>"));
    x.simple("change", "xs:integer", List.of(
        "<xs:minInclusive value=\"" + -CellValue.MAX_WHOLE + "\"/>",
        "<xs:maxInclusive value=\"" + CellValue.MAX_WHOLE + "\"/>"));
    x.simple("decimalText", "xs:string", List.of("<xs:pattern value=\"" + AMOUNT_PATTERN + "\"/>"));
    x.simple("unit", "xs:string", Arrays.stream(MoneyUnit.values())
        .map(u -> "<xs:enumeration value=\"" + u.name() + "\"/>").toList());
    x.simple("organLevel", "xs:string", Arrays.stream(OrganLevel.values())
        .map(u -> "<xs:enumeration value=\"" + u.name() + "\"/>").toList());
    x.simple("organKind", "xs:string", Arrays.stream(OrganKind.values())
        .map(u -> "<xs:enumeration value=\"" + u.name() + "\"/>").toList());
    x.simple("reportYear", "xs:integer", List.of(
        "<xs:minInclusive value=\"" + ReportMetadata.FIRST_REPORT_YEAR + "\"/>",
        "<xs:maxInclusive value=\"" + ReportMetadata.LAST_REPORT_YEAR + "\"/>"));
    x.simple("tableKey", "xs:string", spec.tables().stream()
        .map(t -> "<xs:enumeration value=\"" + t.key() + "\"/>").toList());
    x.simple("nonBlank", "xs:string", List.of("<xs:pattern value=\"(.|\\s)*\\S(.|\\s)*\"/>"));
    x.complex("amount", List.of(
        element(VALUE, "decimalText", false), element(UNIT, "unit", false)));
    x.complex("narrative", List.of(
        "<xs:element name=\"" + BLOCK + "\" type=\"block\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>"));
    x.complex("block", List.of(element(HEADING, "xs:string", true), element(BODY, "xs:string", false)));
    x.complex("metadata", List.of(
        element(ORGAN_NAME, "nonBlank", false),
        element(REPORT_YEAR, "reportYear", false),
        element(TITLE, "xs:string", true),
        element(ORGAN_LEVEL, "organLevel", true),
        element(ORGAN_KIND, "organKind", true),
        element(CREDIT_CODE, "xs:string", true),
        element(DIVISION_CODE, "xs:string", true),
        element(INDEX_NUMBER, "xs:string", true),
        element(PUBLICATION_DATE, "xs:date", true)));
    x.complex("otherMatters", List.of(element(NARRATIVE, "narrative", true), element(FEES, "fees", true)));
    x.complex("fees", List.of(
        element(NOTICES_ISSUED, "count", true),
        element(AMOUNT_NOTIFIED, "amount", true),
        element(AMOUNT_COLLECTED, "amount", true)));
    x.complex("supplementaryRows", List.of(
        "<xs:element name=\"" + ROW + "\" type=\"supplementaryRow\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>"));
    x.complex("supplementaryRow", List.of(
        element(TABLE, "tableKey", false), element(LABEL, "xs:string", false), element(VALUES, "entries", false)));
    x.complex("entries", List.of(
        "<xs:element name=\"" + ENTRY + "\" type=\"entry\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>"));
    x.complex("entry", List.of(element(KEY, "xs:string", false), element(VALUE, "xs:string", false)));
    x.complex("extensions", List.of(
        "<xs:element name=\"" + EXTENSION + "\" type=\"extension\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>"));
    x.complex("extension", List.of(element(POINTER, "xs:string", false), element(JSON, "xs:string", false)));
    x.line(0, "</xs:schema>");
    return x.toString();
  }

  private static String element(String name, String type, boolean optional) {
    return "<xs:element name=\"" + name + "\" type=\"" + type + "\"" + (optional ? " minOccurs=\"0\"" : "") + "/>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("--", "- -");
  }

  /** A small line-based XSD writer. */
  private static final class Xsd {
    private final StringBuilder sb = new StringBuilder();

    void line(int indent, String text) {
      sb.append("  ".repeat(indent)).append(text).append('\n');
    }

    void documentation(int indent, String text) {
      line(indent, "<xs:annotation><xs:documentation>" + escape(text) + "</xs:documentation></xs:annotation>");
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
