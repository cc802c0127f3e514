package org.disclosurereport.cli.internal.io;

import java.util.List;

/**
 * Reads a JSON Lines input: one compact canonical JSON document per line. Implementations are
 * thread-safe.
 */
@FunctionalInterface
public interface ReportLinesReader {
  /**
   * Reads every line of an input.
   *
   * @param bytes the whole input, UTF-8
   * @param source the input's name; each document is named {@code source:line}
   * @return one document per non-blank line, in order
   */
  List<Loaded.Document> read(byte[] bytes, String source);
}
