package org.disclosurereport.serialization.internal;

import org.disclosurereport.serialization.ReadCode;

/**
 * A problem that ends the reading of a document as text (syntax, encoding, a limit): it becomes one
 * finding and no report. Internal control flow, never thrown to callers.
 */
public final class DocumentProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final ReadCode code;
  private final String pointer;
  private final int line;
  private final int column;
  private final transient Object[] arguments;

  /**
   * Creates a problem.
   *
   * @param code the code
   * @param pointer the JSON Pointer of the place, or null when unknown
   * @param line the 1-based line, 0 when unknown
   * @param column the 1-based column, 0 when unknown
   * @param arguments the message arguments after the place ({1}, {2}, ...)
   */
  public DocumentProblem(ReadCode code, String pointer, int line, int column, Object... arguments) {
    super(code.name(), null, false, false);
    this.code = code;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.arguments = arguments.clone();
  }

  public ReadCode code() {
    return code;
  }

  public String pointer() {
    return pointer;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
