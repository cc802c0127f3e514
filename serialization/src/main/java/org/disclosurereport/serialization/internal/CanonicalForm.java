package org.disclosurereport.serialization.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.model.InformationProcessingFees;
import org.disclosurereport.model.ReportMetadata;

/**
 * The canonical form, described once, as data: every member of every object of the JSON and XML
 * forms that is not a key of the edition description (tables, rows and columns come from {@link
 * org.disclosurereport.edition.EditionSpec}), with its kind, whether it is required, and for a
 * list, the XML element name of its items.
 *
 * <p>The writer ({@link ReportTreeBuilder}, {@link TreeWriter}), the schemas ({@link
 * SchemaGenerator}) and the readers take member names, order, kinds and requirements from here;
 * this is the only file of the module that spells a member name ({@code CanonicalFormTest} checks
 * it).
 */
public final class CanonicalForm {
  private CanonicalForm() {}

  /** The version of the canonical form this code writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The root element of the XML form. */
  public static final String XML_ROOT = "annualReport";

  // The names, each spelled once. They are compile-time constants so that a reader may switch
  // on them; the descriptors below say what each one holds and where.

  public static final String SCHEMA_VERSION_FIELD = "schemaVersion";
  public static final String EDITION = "edition";
  public static final String METADATA = "metadata";
  public static final String TABLES = "tables";
  public static final String OTHER_MATTERS = SectionId.OTHER_MATTERS.key();
  public static final String NARRATIVE = "narrative";
  public static final String FEES = "fees";
  public static final String SUPPLEMENTARY_ROWS = "supplementaryRows";

  /** XML only: the extensions, since XML cannot hold arbitrary JSON in place. */
  public static final String EXTENSIONS = "extensions";

  public static final String ORGAN_NAME = "organName";
  public static final String REPORT_YEAR = "reportYear";
  public static final String TITLE = "title";
  public static final String ORGAN_LEVEL = "organLevel";
  public static final String ORGAN_KIND = "organKind";
  public static final String CREDIT_CODE = "creditCode";
  public static final String DIVISION_CODE = "divisionCode";
  public static final String INDEX_NUMBER = "indexNumber";
  public static final String PUBLICATION_DATE = "publicationDate";

  public static final String HEADING = "heading";
  public static final String BODY = "body";

  public static final String NOTICES_ISSUED = "noticesIssued";
  public static final String AMOUNT_NOTIFIED = "amountNotified";
  public static final String AMOUNT_COLLECTED = "amountCollected";

  public static final String VALUE = "value";
  public static final String UNIT = "unit";

  public static final String TABLE = "table";
  public static final String LABEL = "label";
  public static final String VALUES = "values";

  /** XML only: the key and value of an entry of a string map. */
  public static final String KEY = "key";

  /** XML only: the pointer and JSON text of an extension. */
  public static final String POINTER = "pointer";

  public static final String JSON = "json";

  public static final String BLOCK = "block";
  public static final String ROW = "row";
  public static final String ENTRY = "entry";
  public static final String EXTENSION = "extension";

  // ------------------------------------------------------------------ kinds

  /**
   * What a member holds, and the name of its type in the schemas: for a kind of its own, the name
   * of the member that holds it, so that the schema's type names are the form's own names.
   */
  public enum Kind {
    /** The fixed version number of the form. */
    SCHEMA_VERSION("xs:integer"),
    /** An edition id. */
    EDITION_ID("xs:string"),
    /** The metadata object. */
    METADATA(CanonicalForm.METADATA),
    /** A list of text blocks. */
    NARRATIVE(CanonicalForm.NARRATIVE),
    /** The tables, rows and columns of the edition description. */
    TABLES(CanonicalForm.TABLES),
    /** Section six: a narrative and the fees. */
    OTHER_MATTERS(CanonicalForm.OTHER_MATTERS),
    /** The fees object. */
    FEES(CanonicalForm.FEES),
    /** The list of rows the edition does not describe. */
    SUPPLEMENTARY_ROWS(CanonicalForm.SUPPLEMENTARY_ROWS),
    /** XML only: the list of extensions. */
    EXTENSIONS(CanonicalForm.EXTENSIONS),
    /** Text, any. */
    TEXT("xs:string"),
    /** Text with at least one character that is not white space. */
    NON_BLANK_TEXT("nonBlank"),
    /** A report year, in the model's range. */
    REPORT_YEAR(CanonicalForm.REPORT_YEAR),
    /** The name of an {@link org.disclosurereport.model.OrganLevel}. */
    ORGAN_LEVEL(CanonicalForm.ORGAN_LEVEL),
    /** The name of an {@link org.disclosurereport.model.OrganKind}. */
    ORGAN_KIND(CanonicalForm.ORGAN_KIND),
    /** An ISO date, {@code yyyy-MM-dd}. */
    DATE("xs:date"),
    /** A count cell. */
    COUNT("count"),
    /** A change cell: a signed whole number. */
    CHANGE("change"),
    /** An amount cell: an object of a decimal text and a unit. */
    AMOUNT("amount"),
    /** The decimal text of an amount. */
    DECIMAL_TEXT("decimalText"),
    /** The name of a {@link org.disclosurereport.edition.MoneyUnit}. */
    UNIT(CanonicalForm.UNIT),
    /** The key of a table of the edition. */
    TABLE_KEY("tableKey"),
    /** A map of text to text: an object in JSON, a list of entries in XML. */
    STRING_MAP("entries"),
    /** A JSON Pointer, as text. */
    POINTER("xs:string"),
    /** A JSON text. */
    JSON_TEXT("xs:string");

    private final String xsdType;

    Kind(String xsdType) {
      this.xsdType = xsdType;
    }

    /**
     * Returns the kind of a cell of a kind of the edition description.
     *
     * @param kind a cell kind
     * @return the kind of its value in the form
     */
    public static Kind of(CellKind kind) {
      return switch (kind) {
        case COUNT -> COUNT;
        case CHANGE -> CHANGE;
        case AMOUNT -> AMOUNT;
      };
    }

    /**
     * Returns the name of this kind's type in the schemas (the XSD's, and the JSON Schema's
     * definitions).
     *
     * @return a type name, {@code xs:} for a built-in one
     */
    public String xsdType() {
      return xsdType;
    }
  }

  /**
   * A member of an object of the canonical form.
   *
   * @param name the member name in JSON, which is also the element name in XML
   * @param kind what it holds
   * @param required whether a document must have it
   * @param xmlItemName for a list, the element name of its items in XML; empty otherwise
   * @param xmlOnly whether only the XML form has it
   */
  public record Member(
      String name, Kind kind, boolean required, Optional<String> xmlItemName, boolean xmlOnly) {
    /**
     * Checks the name: letters and digits, so that it is an XML element name as it stands and a
     * JSON Pointer token without escaping ({@link Pointers#member}).
     */
    public Member {
      if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
        throw new IllegalArgumentException("not a plain member name: " + name);
      }
    }

    static Member required(String name, Kind kind) {
      return new Member(name, kind, true, Optional.empty(), false);
    }

    static Member optional(String name, Kind kind) {
      return new Member(name, kind, false, Optional.empty(), false);
    }

    static Member list(String name, Kind kind, String xmlItemName) {
      return new Member(name, kind, false, Optional.of(xmlItemName), false);
    }
  }

  /**
   * A member with the way to get its value from the model, for the writer.
   *
   * @param member the member
   * @param value its value in a model object: an {@code Optional} of text, a year, an enum or a
   *     date for metadata; a cell value for fees
   * @param <T> the model type
   */
  public record Field<T>(Member member, Function<T, ?> value) {}

  // ------------------------------------------------------------------ objects

  /** The members of the document, in written order. */
  public static final List<Member> DOCUMENT =
      List.of(
          Member.required(SCHEMA_VERSION_FIELD, Kind.SCHEMA_VERSION),
          Member.required(EDITION, Kind.EDITION_ID),
          Member.required(METADATA, Kind.METADATA),
          Member.list(SectionId.GENERAL.key(), Kind.NARRATIVE, BLOCK),
          Member.optional(TABLES, Kind.TABLES),
          Member.list(SectionId.PROBLEMS.key(), Kind.NARRATIVE, BLOCK),
          Member.optional(OTHER_MATTERS, Kind.OTHER_MATTERS),
          Member.list(SUPPLEMENTARY_ROWS, Kind.SUPPLEMENTARY_ROWS, ROW),
          new Member(EXTENSIONS, Kind.EXTENSIONS, false, Optional.of(EXTENSION), true));

  /** The members of the metadata object, in written order, with their values in the model. */
  public static final List<Field<ReportMetadata>> METADATA_FIELDS =
      List.of(
          // Required of a complete report; an incomplete one is written without them (DR-V001).
          new Field<>(Member.required(ORGAN_NAME, Kind.NON_BLANK_TEXT), ReportMetadata::organName),
          new Field<>(
              Member.required(REPORT_YEAR, Kind.REPORT_YEAR),
              m ->
                  m.reportYear().isPresent()
                      ? Optional.of(m.reportYear().getAsInt())
                      : Optional.empty()),
          new Field<>(Member.optional(TITLE, Kind.TEXT), ReportMetadata::title),
          new Field<>(Member.optional(ORGAN_LEVEL, Kind.ORGAN_LEVEL), ReportMetadata::organLevel),
          new Field<>(Member.optional(ORGAN_KIND, Kind.ORGAN_KIND), ReportMetadata::organKind),
          new Field<>(Member.optional(CREDIT_CODE, Kind.TEXT), ReportMetadata::creditCode),
          new Field<>(Member.optional(DIVISION_CODE, Kind.TEXT), ReportMetadata::divisionCode),
          new Field<>(Member.optional(INDEX_NUMBER, Kind.TEXT), ReportMetadata::indexNumber),
          new Field<>(
              Member.optional(PUBLICATION_DATE, Kind.DATE), ReportMetadata::publicationDate));

  /** The members of the metadata object, in written order. */
  public static final List<Member> METADATA_MEMBERS = members(METADATA_FIELDS);

  /** The members of a text block of a narrative. */
  public static final List<Member> TEXT_BLOCK =
      List.of(Member.optional(HEADING, Kind.TEXT), Member.required(BODY, Kind.TEXT));

  /** The members of section six's object. */
  public static final List<Member> OTHER_MATTERS_MEMBERS =
      List.of(Member.list(NARRATIVE, Kind.NARRATIVE, BLOCK), Member.optional(FEES, Kind.FEES));

  /** The members of the fees object, with their cells in the model; a blank cell is left out. */
  public static final List<Field<InformationProcessingFees>> FEES_FIELDS =
      List.of(
          new Field<>(
              Member.optional(NOTICES_ISSUED, Kind.COUNT),
              InformationProcessingFees::noticesIssued),
          new Field<>(
              Member.optional(AMOUNT_NOTIFIED, Kind.AMOUNT),
              InformationProcessingFees::amountNotified),
          new Field<>(
              Member.optional(AMOUNT_COLLECTED, Kind.AMOUNT),
              InformationProcessingFees::amountCollected));

  /** The members of the fees object. */
  public static final List<Member> FEES_MEMBERS = members(FEES_FIELDS);

  /** The members of an amount cell. */
  public static final List<Member> AMOUNT =
      List.of(Member.required(VALUE, Kind.DECIMAL_TEXT), Member.required(UNIT, Kind.UNIT));

  /** The members of a supplementary row. */
  public static final List<Member> SUPPLEMENTARY_ROW =
      List.of(
          Member.required(TABLE, Kind.TABLE_KEY),
          Member.required(LABEL, Kind.TEXT),
          new Member(VALUES, Kind.STRING_MAP, true, Optional.of(ENTRY), false));

  /** XML only: the members of an entry of a string map. */
  public static final List<Member> XML_ENTRY =
      List.of(Member.required(KEY, Kind.TEXT), Member.required(VALUE, Kind.TEXT));

  /** XML only: the members of an extension. */
  public static final List<Member> XML_EXTENSION =
      List.of(Member.required(POINTER, Kind.POINTER), Member.required(JSON, Kind.JSON_TEXT));

  /** Every object of the form, for the checks that go over all of them. */
  public static final List<List<Member>> OBJECTS =
      List.of(
          DOCUMENT,
          METADATA_MEMBERS,
          TEXT_BLOCK,
          OTHER_MATTERS_MEMBERS,
          FEES_MEMBERS,
          AMOUNT,
          SUPPLEMENTARY_ROW,
          XML_ENTRY,
          XML_EXTENSION);

  /** XML only: the element name of the items of each repeated list, by the list's name. */
  public static final Map<String, String> XML_ITEM_NAMES = xmlItemNames();

  /**
   * Returns the names of the required members of an object.
   *
   * @param members the object's members
   * @return the required names, in order
   */
  public static String[] requiredNames(List<Member> members) {
    return members.stream().filter(Member::required).map(Member::name).toArray(String[]::new);
  }

  /**
   * Returns a member of an object by its name.
   *
   * @param members the object's members
   * @param name the name
   * @return the member
   * @throws IllegalArgumentException when the object has no such member
   */
  public static Member member(List<Member> members, String name) {
    for (Member m : members) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no member " + name);
  }

  private static <T> List<Member> members(List<Field<T>> fields) {
    return fields.stream().map(Field::member).toList();
  }

  private static Map<String, String> xmlItemNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (List<Member> object : OBJECTS) {
      for (Member m : object) {
        m.xmlItemName()
            .ifPresent(
                item -> {
                  String before = names.putIfAbsent(m.name(), item);
                  if (before != null && !before.equals(item)) {
                    throw new IllegalStateException("two XML item names for list " + m.name());
                  }
                });
      }
    }
    return Map.copyOf(names);
  }
}
