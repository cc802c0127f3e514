package org.disclosurereport.validation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.ReviewAndLitigation;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.model.AnnualReport;

/**
 * DR-V406: a headline figure that grows more than fivefold, or falls below a fifth, from one year
 * to the next. Such a change is often a typing slip (a digit too many, the wrong column), sometimes
 * a real event; either way an auditor wants to look, so the finding is for information and never
 * makes a report invalid.
 *
 * <p>Only filled cells are compared: a blank says nothing about the figure. Small counts move a lot
 * by chance (one application against six), so a change is flagged only when the larger of the two
 * figures is at least {@link #FLOOR}.
 */
final class YearOnYearRules {
  /** The fold change beyond which a figure is flagged. */
  static final BigDecimal FOLD = BigDecimal.valueOf(5);

  /** The smallest larger figure of the two for which a change is flagged. */
  static final BigDecimal FLOOR = BigDecimal.TEN;

  /**
   * The headline figures compared: applications newly received and completed (总计 column), and the
   * totals of reviews, direct suits and suits after review.
   */
  static final List<CellAddress> FIGURES =
      List.of(
          CellAddress.of(Tables.APPLICATIONS, ApplicationRows.NEWLY_RECEIVED, Applicants.TOTAL),
          CellAddress.of(Tables.APPLICATIONS, ApplicationRows.RESULTS_TOTAL, Applicants.TOTAL),
          CellAddress.of(
              Tables.REVIEW_AND_LITIGATION,
              ReviewAndLitigation.CASES,
              ReviewAndLitigation.column(ReviewAndLitigation.REVIEW, ReviewAndLitigation.TOTAL)),
          CellAddress.of(
              Tables.REVIEW_AND_LITIGATION,
              ReviewAndLitigation.CASES,
              ReviewAndLitigation.column(
                  ReviewAndLitigation.DIRECT_SUIT, ReviewAndLitigation.TOTAL)),
          CellAddress.of(
              Tables.REVIEW_AND_LITIGATION,
              ReviewAndLitigation.CASES,
              ReviewAndLitigation.column(
                  ReviewAndLitigation.SUIT_AFTER_REVIEW, ReviewAndLitigation.TOTAL)));

  private YearOnYearRules() {}

  /** Checks a pair already known to be of one organ and consecutive years. */
  static void check(AnnualReport previous, AnnualReport current, FindingSink sink) {
    if (!sink.enabled(RuleDefinitions.YEAR_ON_YEAR_JUMP)) {
      return;
    }
    EditionSpec spec = current.spec();
    for (CellAddress a : FIGURES) {
      if (!spec.contains(a) || !previous.spec().contains(a)) {
        continue;
      }
      Optional<BigDecimal> before = filled(previous, a);
      Optional<BigDecimal> now = filled(current, a);
      if (before.isEmpty() || now.isEmpty()) {
        continue;
      }
      String direction = direction(before.get(), now.get());
      if (direction == null) {
        continue;
      }
      sink.of(
              RuleDefinitions.YEAR_ON_YEAR_JUMP,
              FindingLocation.ofCell(spec, a),
              Message.of(
                  "DR-V406." + direction,
                  "labels",
                  spec.label(a),
                  "name",
                  spec.englishName(a),
                  "previous",
                  CellReader.plain(before.get()),
                  "previousYear",
                  previous.metadata().reportYear().getAsInt(),
                  "current",
                  CellReader.plain(now.get()),
                  "currentYear",
                  current.metadata().reportYear().getAsInt()))
          .values(now.get(), before.get())
          .cells(List.of(a))
          .add();
    }
  }

  /**
   * Whether a figure jumped: {@code "up"} when it is more than five times last year's, {@code
   * "down"} when less than a fifth of it, or null; null too when both are below the floor.
   */
  static String direction(BigDecimal previous, BigDecimal current) {
    if (previous.max(current).compareTo(FLOOR) < 0) {
      return null;
    }
    if (current.compareTo(previous.multiply(FOLD)) > 0) {
      return "up";
    }
    if (current.multiply(FOLD).compareTo(previous) < 0) {
      return "down";
    }
    return null;
  }

  private static Optional<BigDecimal> filled(AnnualReport report, CellAddress a) {
    return report.cell(a).isBlank() ? Optional.empty() : report.cell(a).decimal();
  }
}
