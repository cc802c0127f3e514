package org.disclosurereport.serialization.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.serialization.DocumentFormat;
import org.disclosurereport.serialization.Limits;
import org.disclosurereport.serialization.ReadCode;
import org.disclosurereport.validation.Finding;
import org.disclosurereport.validation.FindingLocation;
import org.disclosurereport.validation.Severity;

/**
 * Builds reader findings from the code catalogue and the message bundles. Message argument
 * {@code {0}} is always the place (a JSON Pointer, or "the document").
 */
public final class Findings {
  private static final String BUNDLE = "org.disclosurereport.serialization.ReadMessages";
  private static final int MAX_SOURCE_TEXT = 80;

  private Findings() {}

  /**
   * Creates a finding.
   *
   * @param format the format read
   * @param code the code
   * @param severity the severity
   * @param spec the edition of the document, or null when not known yet (locates cells)
   * @param pointer the JSON Pointer, or null
   * @param line the 1-based line, 0 when unknown
   * @param column the 1-based column, 0 when unknown
   * @param sourceText the raw text found, or null
   * @param arguments the message arguments {1}, {2}, ...
   * @return the finding
   */
  public static Finding create(
      DocumentFormat format,
      ReadCode code,
      Severity severity,
      EditionSpec spec,
      String pointer,
      int line,
      int column,
      String sourceText,
      Object... arguments) {
    FindingLocation.Builder location = FindingLocation.builder();
    CellAddress cell = spec == null || pointer == null ? null : cellOf(spec, pointer);
    if (cell != null) {
      location.from(FindingLocation.ofCell(spec, cell));
    } else if (pointer != null) {
      location.jsonPointer(pointer);
    }
    if (line > 0) {
      location.line(line);
    }
    if (column > 0) {
      location.columnNumber(column);
    }
    if (sourceText != null) {
      location.sourceText(
          sourceText.length() > MAX_SOURCE_TEXT
              ? sourceText.substring(0, MAX_SOURCE_TEXT) + "…"
              : sourceText);
    }
    return Finding.builder()
        .ruleId(code.id(format))
        .severity(severity)
        .location(location.build())
        .messageEn(message(code, Locale.ENGLISH, pointer, arguments))
        .messageZh(message(code, Locale.CHINESE, pointer, arguments))
        .build();
  }

  /**
   * Creates a finding for a problem that ended the reading of a document.
   *
   * @param format the format read
   * @param problem the problem
   * @param limits the limits in force, named in limit messages
   * @return the finding
   */
  public static Finding of(DocumentFormat format, DocumentProblem problem, Limits limits) {
    Object[] arguments = problem.arguments();
    Object max = limitOf(problem.code(), limits);
    if (max != null) {
      arguments = new Object[] {max};
    }
    return create(
        format,
        problem.code(),
        problem.code().severity(),
        null,
        problem.pointer(),
        problem.line(),
        problem.column(),
        null,
        arguments);
  }

  private static Object limitOf(ReadCode code, Limits limits) {
    return switch (code) {
      case LIMIT_DOCUMENT_SIZE -> limits.maxDocumentBytes();
      case LIMIT_NESTING_DEPTH -> limits.maxNestingDepth();
      case LIMIT_TOKEN_COUNT -> limits.maxTokenCount();
      case LIMIT_STRING_LENGTH -> limits.maxStringLength();
      case LIMIT_NUMBER_LENGTH -> limits.maxNumberLength();
      case LIMIT_NAME_LENGTH -> limits.maxNameLength();
      case LIMIT_ATTRIBUTES -> limits.maxAttributes();
      default -> null;
    };
  }

  private static CellAddress cellOf(EditionSpec spec, String pointer) {
    String[] parts = pointer.split("/", -1);
    if (parts.length < 5 || !parts[1].equals(CanonicalForm.TABLES)) {
      return null;
    }
    String table = Pointers.unescape(parts[2]);
    String row = Pointers.unescape(parts[3]);
    String column = Pointers.unescape(parts[4]);
    if (table.isEmpty() || row.isEmpty() || column.isEmpty()) {
      // A member named "" (or XML text among a row's elements) is no cell, and no CellAddress.
      return null;
    }
    CellAddress a = CellAddress.of(table, row, column);
    return spec.contains(a) ? a : null;
  }

  private static String message(ReadCode code, Locale locale, String pointer, Object[] arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Object[] all = new Object[arguments.length + 1];
    all[0] = pointer == null || pointer.isEmpty() ? bundle.getString("place.document") : pointer;
    for (int i = 0; i < arguments.length; i++) {
      // Plain text: a year or a limit is not to be printed with grouping separators.
      all[i + 1] = String.valueOf(arguments[i]);
    }
    return new MessageFormat(bundle.getString(code.name()), locale).format(all);
  }
}
