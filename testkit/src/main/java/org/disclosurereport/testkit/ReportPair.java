package org.disclosurereport.testkit;

import java.util.Objects;
import org.disclosurereport.model.AnnualReport;

/**
 * The reports of one organ for two consecutive years.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param previous the report of year N-1
 * @param current the report of year N
 */
public record ReportPair(AnnualReport previous, AnnualReport current) {
  /** Creates a pair. */
  public ReportPair {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
  }
}
