package org.disclosurereport.serialization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.finding.FindingCode;
import org.disclosurereport.finding.MessageBundle;
import org.disclosurereport.finding.Severity;

/**
 * The catalogue of problems the JSON and XML readers report, each with a stable number.
 *
 * <p>A finding's rule id is the format's prefix and the number: {@code DR-J021} when JSON was read,
 * {@code DR-X021} when XML was ({@link #id(DocumentFormat)}); the finding's {@code code()} is the
 * same constant for both, and {@link #id()}, the code's id in the {@link FindingCode} contract, is
 * its JSON id. Numbers are never reused. Messages (English and Chinese) come from the resource
 * bundle {@code org.disclosurereport.serialization.ReadMessages}, keyed by the JSON id and shared
 * by both formats; argument {@code {0}} is always the place (a JSON Pointer, or "the document"),
 * {@code {1}} and on the code's own. Tests and tools match on the id, never on the message.
 *
 * <p>Codes 001 to 019 are about the document as text (syntax, encoding, limits): a document with
 * one of them yields no report. Codes from 020 on are about content: the reader goes on, reports
 * every such problem in one pass, and builds the report from what it could read when the required
 * parts are there.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReadCode implements FindingCode {
  /** The document is not well-formed JSON or XML (an unexpected character, a missing quote). */
  SYNTAX(1, Severity.ERROR, "reason"),
  /**
   * A member name appears twice in one object (JSON), or an element that may appear once does twice
   * (XML).
   */
  DUPLICATE_KEY(2, Severity.ERROR, "member"),
  /** Something follows the document's root value. */
  TRAILING_CONTENT(3, Severity.ERROR),
  /**
   * The bytes are not UTF-8 (JSON: UTF-16 or UTF-32 is refused), or a byte sequence is malformed.
   */
  ENCODING(4, Severity.ERROR, "reason"),
  /** A UTF-8 byte order mark opened the document; it was skipped and the document read as UTF-8. */
  BYTE_ORDER_MARK(5, Severity.INFO),
  /** The document ends in the middle of a value: it was truncated. */
  TRUNCATED(6, Severity.ERROR),
  /** The document is empty or holds only white space. */
  EMPTY_DOCUMENT(7, Severity.ERROR),
  /** The document is larger than {@link Limits#maxDocumentBytes()}. */
  LIMIT_DOCUMENT_SIZE(10, Severity.ERROR, "limit"),
  /** Objects, arrays or elements are nested deeper than {@link Limits#maxNestingDepth()}. */
  LIMIT_NESTING_DEPTH(11, Severity.ERROR, "limit"),
  /** The document has more tokens or elements than {@link Limits#maxTokenCount()}. */
  LIMIT_TOKEN_COUNT(12, Severity.ERROR, "limit"),
  /** A string or text is longer than {@link Limits#maxStringLength()}. */
  LIMIT_STRING_LENGTH(13, Severity.ERROR, "limit"),
  /** A number literal is longer than {@link Limits#maxNumberLength()}. */
  LIMIT_NUMBER_LENGTH(14, Severity.ERROR, "limit"),
  /** A member or element name is longer than {@link Limits#maxNameLength()}. */
  LIMIT_NAME_LENGTH(15, Severity.ERROR, "limit"),
  /** An element has more attributes than {@link Limits#maxAttributes()} (XML only). */
  LIMIT_ATTRIBUTES(16, Severity.ERROR, "limit"),
  /**
   * The XML document has a document type declaration; DTDs, and so entities, are refused (XML
   * only).
   */
  DTD_REFUSED(17, Severity.ERROR),
  /** The root element is not {@code annualReport} (XML only). */
  ROOT_ELEMENT(18, Severity.ERROR, "element", "expected"),
  /** A required member is missing. */
  MISSING_FIELD(20, Severity.ERROR, "member"),
  /**
   * A member holds a value of the wrong JSON type (a string where a number belongs, an array where
   * an object belongs).
   */
  WRONG_TYPE(21, Severity.ERROR, "expected", "found"),
  /**
   * A member is {@code null} (JSON) or empty (XML); a blank cell is written by leaving the member
   * out.
   */
  NULL_VALUE(22, Severity.ERROR),
  /** A count is below zero. */
  NEGATIVE_COUNT(23, Severity.ERROR, "given"),
  /**
   * A count or change is not a whole number ({@code 1.9}, {@code 1.0}, {@code 1e2}); it is not
   * truncated.
   */
  NOT_WHOLE_NUMBER(24, Severity.ERROR, "given"),
  /** A number is outside the range its field allows. */
  OUT_OF_RANGE(25, Severity.ERROR, "given", "min", "max"),
  /** An amount has more digits or decimals than the model keeps. */
  AMOUNT_PRECISION(26, Severity.ERROR, "given", "maxIntegerDigits", "maxDecimals"),
  /** An amount is not written as a plain decimal string such as {@code "209512.943"}. */
  AMOUNT_FORMAT(27, Severity.ERROR, "given"),
  /**
   * A member that the canonical form does not have (strict: error; lenient: kept as an extension).
   */
  UNKNOWN_FIELD(29, Severity.ERROR, "member"),
  /**
   * A table, row or column of the other edition only (the 2021 column {@code feeAmount} or the 2019
   * table {@code article20Item9} in a document of the other edition, say).
   */
  NOT_IN_EDITION(30, Severity.ERROR, "member", "documentEdition"),
  /** The schema version is not one this reader knows. */
  UNSUPPORTED_SCHEMA_VERSION(32, Severity.ERROR, "version", "supported"),
  /** The edition is not {@code "2019"} or {@code "2021"}. */
  UNKNOWN_EDITION(33, Severity.ERROR, "given", "valid"),
  /**
   * A value is of the right type but not allowed (an unknown unit or organ level, a bad date, a
   * blank name).
   */
  INVALID_VALUE(34, Severity.ERROR, "given", "expected"),
  /** An extension entry of an XML document has a bad pointer or bad JSON text. */
  INVALID_EXTENSION(36, Severity.ERROR, "reason"),
  /**
   * A text holds a character that XML 1.0 cannot carry (a control character other than tab, line
   * feed and carriage return, or a lone surrogate): it is refused when read, so that every report
   * read can be written in either form.
   */
  CONTROL_CHARACTER(37, Severity.ERROR, "character"),
  /** One document of a batch could not be read because of an I/O failure. */
  IO_FAILURE(90, Severity.ERROR, "reason");

  private static final Set<ReadCode> XML_ONLY =
      EnumSet.of(LIMIT_ATTRIBUTES, DTD_REFUSED, ROOT_ELEMENT, INVALID_EXTENSION);
  private static final Set<ReadCode> JSON_ONLY = EnumSet.of(BYTE_ORDER_MARK);

  /** The bundle of the readers' messages. */
  public static final MessageBundle BUNDLE = MessageBundle.of(ReadCode.class, "ReadMessages");

  private final int number;
  private final Severity severity;
  private final List<String> argumentNames;

  /**
   * The JSON and XML rule ids, made once: every finding a reader makes names its id at least twice
   * (rule id and message key), and formatting the number each time cost more than the rest of the
   * finding.
   */
  private final String jsonId;

  private final String xmlId;

  ReadCode(int number, Severity severity, String... ownArguments) {
    this.number = number;
    this.severity = severity;
    List<String> all = new ArrayList<>();
    all.add("place");
    all.addAll(List.of(ownArguments));
    this.argumentNames = List.copyOf(all);
    String digits = String.format(Locale.ROOT, "%03d", number);
    this.jsonId = "DR-J" + digits;
    this.xmlId = "DR-X" + digits;
  }

  /**
   * Returns the names of the arguments of this code's message: {@code place} (a JSON Pointer, or
   * "the document") first, then the code's own in the order the readers give them.
   *
   * @return the names
   */
  public List<String> argumentNames() {
    return argumentNames;
  }

  /**
   * Returns the number shared by the JSON and XML rule ids.
   *
   * @return the number, 1 to 999
   */
  public int number() {
    return number;
  }

  /**
   * Returns the usual severity. {@link #UNKNOWN_FIELD} is information and {@link #NOT_IN_EDITION} a
   * warning when read leniently.
   *
   * @return the severity
   */
  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  /**
   * Returns the id when JSON is read, for example {@code DR-J021}; XML findings of this code have
   * the id {@link #id(DocumentFormat) id(XML)}.
   *
   * @return the JSON id
   */
  @Override
  public String id() {
    return id(DocumentFormat.JSON);
  }

  @Override
  public MessageBundle messageBundle() {
    return BUNDLE;
  }

  /**
   * Returns the rule id for a format, for example {@code DR-J021}.
   *
   * @param format the format read: {@link DocumentFormat#JSON} ({@code DR-J}) or {@link
   *     DocumentFormat#XML} ({@code DR-X})
   * @return the rule id
   * @throws IllegalArgumentException for a format this catalogue is not about
   */
  public String id(DocumentFormat format) {
    return switch (format) {
      case JSON -> jsonId;
      case XML -> xmlId;
      default ->
          throw new IllegalArgumentException(
              "Invalid format "
                  + format
                  + " (valid: JSON, XML): ReadCode is about the canonical forms");
    };
  }

  /**
   * Whether the reader of a format can report this code.
   *
   * @param format the format
   * @return false for XML-only codes in JSON and the reverse, and for formats other than JSON and
   *     XML
   */
  public boolean appliesTo(DocumentFormat format) {
    return switch (format) {
      case JSON -> !XML_ONLY.contains(this);
      case XML -> !JSON_ONLY.contains(this);
      default -> false;
    };
  }
}
