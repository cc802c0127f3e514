package org.disclosurereport.cli.internal.io;

import java.io.IOException;
import java.io.OutputStream;
import org.disclosurereport.model.AnnualReport;

/**
 * Writes a report in one format. Implementations adapt the SDK's serializers and renderers and are
 * thread-safe.
 */
@FunctionalInterface
public interface ReportWriter {
  /**
   * Writes a report.
   *
   * @param report the report
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  void write(AnnualReport report, OutputStream out) throws IOException;
}
