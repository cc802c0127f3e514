package org.disclosurereport.cli.internal.batch;

import java.util.List;
import java.util.Optional;
import org.disclosurereport.finding.Finding;

/** Factories of common outcomes. */
public final class Outcomes {
  private Outcomes() {}

  /**
   * Returns the outcome of an input no report could be read from.
   *
   * @param source the input, as shown to the user
   * @param findings why
   * @return the outcome
   */
  public static ReportOutcome unreadable(String source, Finding... findings) {
    return new ReportOutcome(source, Optional.empty(), Optional.empty(), List.of(findings));
  }
}
