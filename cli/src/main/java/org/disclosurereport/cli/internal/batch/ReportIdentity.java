package org.disclosurereport.cli.internal.batch;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AnnualReport;

/**
 * What a batch keeps of a report once it has been read and checked: who, which year, which edition.
 * The report itself is let go, so that a batch holds no reports.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param edition the edition
 * @param year the report year, empty when the report does not state it
 * @param organ the reporting organ's name, empty when the report does not name it
 * @param title the title, when the report has one
 */
public record ReportIdentity(
    Edition edition, OptionalInt year, Optional<String> organ, Optional<String> title) {

  /** Creates an identity. */
  public ReportIdentity {
    Objects.requireNonNull(edition);
    Objects.requireNonNull(year);
    Objects.requireNonNull(organ);
    Objects.requireNonNull(title);
  }

  /**
   * Returns the identity of a report.
   *
   * @param report the report
   * @return its identity
   */
  public static ReportIdentity of(AnnualReport report) {
    return new ReportIdentity(
        report.edition(),
        report.metadata().reportYear(),
        report.metadata().organName(),
        report.metadata().title());
  }
}
