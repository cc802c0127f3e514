package org.disclosurereport.model;

import java.util.ArrayList;
import java.util.List;
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
   * {@code {field}} and the code's own arguments after it, named by {@link #argumentNames()}.
   */
  public enum Code implements FindingCode {
    /** A required attribute was not set, or set to null. */
    MISSING_FIELD("DR-SHAPE-001"),
    /** A cell names a table the report's edition does not have. */
    UNKNOWN_TABLE("DR-SHAPE-002", "edition", "table"),
    /** A cell names a row or column its table does not have (or a heading with no cells). */
    UNKNOWN_CELL("DR-SHAPE-003", "edition", "table", "row", "column"),
    /** A value of one kind put in a cell of another (a change in a count cell, say). */
    WRONG_KIND("DR-SHAPE-004", "labels", "expectedKind", "givenKind"),
    /** A count below zero. */
    NEGATIVE_COUNT("DR-SHAPE-005", "value"),
    /** A number beyond the supported range. */
    OUT_OF_RANGE("DR-SHAPE-006", "value", "min", "max"),
    /** An amount with too many digits or decimals. */
    AMOUNT_PRECISION("DR-SHAPE-007", "value", "maxDigits", "maxDecimals"),
    /** A report year outside the years the format covers. */
    REPORT_YEAR("DR-SHAPE-008", "year", "firstYear", "lastYear"),
    /** A required text that is blank. */
    BLANK_TEXT("DR-SHAPE-009");

    private final String id;
    private final List<String> argumentNames;

    Code(String id, String... ownArguments) {
      this.id = id;
      List<String> names = new ArrayList<>();
      names.add("field");
      names.addAll(List.of(ownArguments));
      this.argumentNames = List.copyOf(names);
    }

    /**
     * Returns the names of the message's arguments, in the order the constructor of {@link
     * ReportShapeException} takes them: {@code field} first, then the code's own.
     *
     * @return the names
     */
    public List<String> argumentNames() {
      return argumentNames;
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
   * @param arguments the code's own message arguments, in the order of {@link Code#argumentNames()}
   *     after the field
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
   * Returns the named arguments of the message: {@code field}, then the code's own ({@link
   * Code#argumentNames()}).
   *
   * @return the arguments
   */
  public Map<String, LocalizedText> arguments() {
    return arguments(code, field, arguments);
  }

  private static Map<String, LocalizedText> arguments(Code code, String field, Object[] arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = field;
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return MessageRenderer.named(code.argumentNames(), all);
  }

  private static String format(Code code, String field, Object[] arguments, Locale locale) {
    return code.id()
        + ": "
        + MessageRenderer.substitute(
            MessageRenderer.pattern(BUNDLE, code.messageKey(), locale),
            arguments(code, field, arguments),
            locale);
  }
}
