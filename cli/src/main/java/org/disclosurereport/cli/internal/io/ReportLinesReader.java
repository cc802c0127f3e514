package org.disclosurereport.cli.internal.io;

/**
 * Reads one line of a JSON Lines input: one compact canonical JSON document. A JSON Lines input is
 * read a line at a time ({@link JsonLines}), so that no more than a few of its lines are in memory
 * at once. Implementations are thread-safe.
 */
@FunctionalInterface
public interface ReportLinesReader {
  /**
   * Reads the document of one line.
   *
   * @param line the line, UTF-8, without its line break
   * @param source the document's name, {@code input:line}
   * @return the report and findings
   */
  ReadAttempt read(byte[] line, String source);
}
