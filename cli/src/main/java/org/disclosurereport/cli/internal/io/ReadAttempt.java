package org.disclosurereport.cli.internal.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;

/**
 * What a reader made of one input: the report, when one could be built, and every finding.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param report the report, empty when the input could not be read
 * @param findings the reader's findings (and the tool's, about the input), in the order found
 */
public record ReadAttempt(Optional<AnnualReport> report, List<Finding> findings) {
  /** Creates a result; the list is copied. */
  public ReadAttempt {
    Objects.requireNonNull(report);
    findings = List.copyOf(findings);
  }
}
