package org.disclosurereport.serialization.internal;

import java.util.Map;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.finding.LocalizedText;
import org.disclosurereport.finding.MessageRenderer;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.serialization.Limits;
import org.disclosurereport.serialization.ReadCode;

/**
 * Builds reader findings from the code catalogue. A finding keeps its code and arguments; message
 * argument {@code {0}} is always the place (a JSON Pointer, or "the document"), {@code {1}} and on
 * the code's own.
 */
public final class Findings {

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
    JsonPointer at = pointer == null ? null : JsonPointer.parse(pointer);
    CellAddress cell = spec == null || at == null ? null : cellOf(spec, at);
    FindingLocation location =
        cell != null
            ? FindingLocation.builder()
                .from(FindingLocation.ofCell(spec, cell))
                .from(FindingLocation.ofSource(null, line, column))
                .build()
            : FindingLocation.ofSource(at, line, column);
    if (sourceText != null) {
      location = location.withQuotedSource(sourceText);
    }
    // The message key given here, not left to the finding's check, which would build the finding a
    // second time to add it.
    return Finding.builder()
        .code(code)
        .ruleId(code.id(format))
        .addMessageKeys(code.messageKey())
        .severity(severity)
        .location(location)
        .messageArguments(arguments(code, pointer, arguments))
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
        problem.code().defaultSeverity(),
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

  private static CellAddress cellOf(EditionSpec spec, JsonPointer pointer) {
    if (pointer.depth() < 4 || !pointer.token(0).equals(CanonicalForm.TABLES)) {
      return null;
    }
    String table = pointer.token(1);
    String row = pointer.token(2);
    String column = pointer.token(3);
    if (table.isEmpty() || row.isEmpty() || column.isEmpty()) {
      // A member named "" (or XML text among a row's elements) is no cell, and no CellAddress.
      return null;
    }
    CellAddress a = CellAddress.of(table, row, column);
    return spec.contains(a) ? a : null;
  }

  private static Map<String, LocalizedText> arguments(
      ReadCode code, String pointer, Object[] arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] =
        pointer == null || pointer.isEmpty()
            ? MessageRenderer.phrase(ReadCode.BUNDLE, "place.document")
            : LocalizedText.of(pointer);
    for (int i = 0; i < arguments.length; i++) {
      // Plain text: a year or a limit is not to be printed with grouping separators.
      all[i + 1] = LocalizedText.of(arguments[i]);
    }
    return MessageRenderer.named(code.argumentNames(), all);
  }
}
