package org.disclosurereport.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.disclosurereport.finding.FindingCode;
import org.disclosurereport.finding.LocalizedText;
import org.disclosurereport.finding.MessageBundle;
import org.disclosurereport.finding.MessageRenderer;
import org.disclosurereport.finding.Severity;

/**
 * Thrown when a report, or a part of one, would have a shape the format does not allow: a cell its
 * edition lacks, a value of the wrong kind, a negative count, a required field missing.
 *
 * <p>Each exception has a stable {@link #code()} (for example {@code DR-SHAPE-004}), names the
 * field or cell at fault ({@link #field()}), and has its message in English ({@link #getMessage()})
 * and in any supported locale ({@link #message(Locale)}: {@code en}, {@code zh-CN}). Whether a
 * report's numbers add up is not a shape question; see the validation module.
 */
public final class ReportShapeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final MessageBundle BUNDLE =
      MessageBundle.of(ReportShapeException.class, "ShapeMessages");

  /**
   * The stable codes. A shape problem is always an error; its message is in the bundle {@code
   * org.disclosurereport.model.ShapeMessages}, keyed by the code's id, with the field as argument
   * {@code {0}} and the code's own arguments after it.
   */
  public enum Code implements FindingCode {
    /** A required attribute was not set, or set to null. */
    MISSING_FIELD("DR-SHAPE-001"),
    /** A cell names a table the report's edition does not have. */
    UNKNOWN_TABLE("DR-SHAPE-002"),
    /** A cell names a row or column its table does not have (or a heading with no cells). */
    UNKNOWN_CELL("DR-SHAPE-003"),
    /** A value of one kind put in a cell of another (a change in a count cell, say). */
    WRONG_KIND("DR-SHAPE-004"),
    /** A count below zero. */
    NEGATIVE_COUNT("DR-SHAPE-005"),
    /** A number beyond the supported range. */
    OUT_OF_RANGE("DR-SHAPE-006"),
    /** An amount with too many digits or decimals. */
    AMOUNT_PRECISION("DR-SHAPE-007"),
    /** A report year outside the years the format covers. */
    REPORT_YEAR("DR-SHAPE-008"),
    /** A required text that is blank. */
    BLANK_TEXT("DR-SHAPE-009");

    private final String id;

    Code(String id) {
      this.id = id;
    }

    /**
     * Returns the stable code, for example {@code DR-SHAPE-004}.
     *
     * @return the code
     */
    @Override
    public String id() {
      return id;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public MessageBundle messageBundle() {
      return BUNDLE;
    }
  }

  private final Code code;
  private final String field;
  private final transient Object[] arguments;

  /**
   * Creates an exception.
   *
   * @param code the code
   * @param field the field or cell at fault, for example {@code metadata.organName} or {@code
   *     applications/granted/naturalPerson}
   * @param arguments the message arguments: {0} is always the field
   */
  public ReportShapeException(Code code, String field, Object... arguments) {
    super(format(code, field, arguments, Locale.ENGLISH));
    this.code = Objects.requireNonNull(code);
    this.field = Objects.requireNonNull(field);
    this.arguments = arguments.clone();
  }

  /**
   * Creates an exception for a missing or null attribute; used by the generated builders.
   *
   * @param message the builder's description of what is missing
   */
  public ReportShapeException(String message) {
    this(Code.MISSING_FIELD, missingField(message));
  }

  private static String missingField(String message) {
    // Immutables says "Cannot build X, some of required attributes are not set [a, b]"
    // or names the attribute that was null.
    int open = message.lastIndexOf('[');
    int close = message.lastIndexOf(']');
    if (open >= 0 && close > open) {
      return message.substring(open + 1, close);
    }
    return message;
  }

  /**
   * Returns the stable code.
   *
   * @return the code
   */
  public Code code() {
    return code;
  }

  /**
   * Returns the field or cell at fault.
   *
   * @return the field
   */
  public String field() {
    return field;
  }

  /**
   * Returns the message in the given locale ({@code zh} locales get Chinese, others English).
   *
   * @param locale the locale
   * @return the message, starting with the code
   */
  public String message(Locale locale) {
    return format(code, field, arguments, locale);
  }

  /**
   * Returns the named arguments of the message: {@code 0} is the field, {@code 1} and on the code's
   * own arguments.
   *
   * @return the arguments
   */
  public Map<String, LocalizedText> arguments() {
    return arguments(field, arguments);
  }

  private static Map<String, LocalizedText> arguments(String field, Object[] arguments) {
    Map<String, LocalizedText> all = new LinkedHashMap<>();
    all.put("0", LocalizedText.of(field));
    for (int i = 0; i < arguments.length; i++) {
      all.put(Integer.toString(i + 1), LocalizedText.of(arguments[i]));
    }
    return all;
  }

  private static String format(Code code, String field, Object[] arguments, Locale locale) {
    return code.id()
        + ": "
        + MessageRenderer.substitute(
            MessageRenderer.pattern(BUNDLE, code.messageKey(), locale),
            arguments(field, arguments),
            locale);
  }
}
