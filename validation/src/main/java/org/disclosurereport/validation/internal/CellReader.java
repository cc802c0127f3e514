package org.disclosurereport.validation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.validation.BlankPolicy;

/** Reads cell values for sums under a blank policy. */
final class CellReader {
  private CellReader() {}

  /**
   * Returns the value of a cell for a sum: its decimal value, zero for a blank under {@link
   * BlankPolicy#BLANK_AS_ZERO}, empty for a blank under {@link BlankPolicy#BLANK_IS_ERROR}.
   */
  static Optional<BigDecimal> value(AnnualReport report, CellAddress address, BlankPolicy policy) {
    CellValue v = report.cell(address);
    if (v.isBlank()) {
      return policy == BlankPolicy.BLANK_AS_ZERO ? Optional.of(BigDecimal.ZERO) : Optional.empty();
    }
    return v.decimal();
  }

  /** Sums the cells, or returns empty when one of them has no value under the policy. */
  static Optional<BigDecimal> sum(
      AnnualReport report, List<CellAddress> cells, BlankPolicy policy) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CellAddress a : cells) {
      Optional<BigDecimal> v = value(report, a, policy);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.add(v.get());
    }
    return Optional.of(sum);
  }

  /** Counts the blank cells among the given ones. */
  static int blanks(AnnualReport report, List<CellAddress> cells) {
    int n = 0;
    for (CellAddress a : cells) {
      if (report.cell(a).isBlank()) {
        n++;
      }
    }
    return n;
  }

  /** Formats a number as reports print it: plain digits, no exponent. */
  static String plain(BigDecimal value) {
    return value.toPlainString();
  }
}
