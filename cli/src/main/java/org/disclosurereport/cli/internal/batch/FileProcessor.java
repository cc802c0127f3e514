package org.disclosurereport.cli.internal.batch;

import org.disclosurereport.cli.internal.input.InputItem;

/**
 * Turns one input into its result: reads it, checks it. Called from several threads at once.
 *
 * <p>An implementation should report bad input as findings in the result; anything it throws anyway
 * (a reader's bug, a stack overflow on hostile nesting, memory running out) is caught by the {@link
 * BatchEngine} and reported as an unreadable input.
 */
@FunctionalInterface
public interface FileProcessor {
  /**
   * Processes one input.
   *
   * @param item the input
   * @return the result, never null
   * @throws Exception on any failure; the engine turns it into a finding
   */
  FileResult process(InputItem item) throws Exception;
}
