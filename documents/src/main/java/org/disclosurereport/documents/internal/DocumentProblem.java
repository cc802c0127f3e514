package org.disclosurereport.documents.internal;

import java.util.List;
import org.disclosurereport.layout.ReaderRule;

/**
 * Why a document could not be read at all: thrown inside the document readers and turned into one
 * finding of the reader catalogue at their edge, never seen by callers.
 */
public final class DocumentProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient ReaderRule rule;
  private final transient List<Object> arguments;

  /**
   * Makes a problem.
   *
   * @param rule the rule of the finding
   * @param arguments its message arguments
   */
  public DocumentProblem(ReaderRule rule, Object... arguments) {
    super(rule.id(), null, false, false);
    this.rule = rule;
    this.arguments = List.of(arguments);
  }

  /**
   * Returns the rule of the finding.
   *
   * @return the rule
   */
  public ReaderRule rule() {
    return rule;
  }

  /**
   * Returns the message arguments.
   *
   * @return the arguments
   */
  public Object[] arguments() {
    return arguments.toArray();
  }
}
