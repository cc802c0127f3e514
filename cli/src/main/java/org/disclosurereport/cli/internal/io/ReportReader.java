package org.disclosurereport.cli.internal.io;

import org.disclosurereport.cli.internal.input.Detection;

/**
 * Reads one format into a report, reporting problems as findings.
 *
 * <p>Implementations adapt the SDK's readers (canonical JSON and XML, published HTML and text) and
 * must be thread-safe: a batch calls one instance from several threads.
 */
@FunctionalInterface
public interface ReportReader {
  /**
   * Reads an input.
   *
   * @param bytes the whole input
   * @param detection what its first bytes said (format, charset, byte order mark)
   * @param source the input's name, for messages
   * @return the result; problems with the content are findings, not exceptions
   * @throws Exception only for failures that are not about the content
   */
  ReadAttempt read(byte[] bytes, Detection detection, String source) throws Exception;
}
