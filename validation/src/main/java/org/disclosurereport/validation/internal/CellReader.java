package org.disclosurereport.validation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
   * BlankPolicy#BLANK_AS_ZERO}, empty for a blank under the other policies.
   */
  static Optional<BigDecimal> value(AnnualReport report, CellAddress address, BlankPolicy policy) {
    CellValue v = report.cell(address);
    if (v.isBlank()) {
      return policy == BlankPolicy.BLANK_AS_ZERO ? Optional.of(BigDecimal.ZERO) : Optional.empty();
    }
    return v.decimal();
  }

  /**
   * Sums the cells of the report's edition, or returns empty when one of them has no value under
   * the policy. Every report is summed over every identity, so whole numbers are added as longs
   * (exactly: they are at most {@link CellValue#MAX_WHOLE} each) and only amounts as decimals; the
   * result is the same decimal, scale included, as adding them all as decimals.
   */
  static Optional<BigDecimal> sum(
      AnnualReport report, List<CellAddress> cells, BlankPolicy policy) {
    Map<CellAddress, CellValue> values = report.cells();
    long whole = 0;
    BigDecimal amounts = null;
    for (CellAddress a : cells) {
      CellValue v = values.get(a);
      if (v == null || v.isBlank()) {
        if (policy != BlankPolicy.BLANK_AS_ZERO) {
          return Optional.empty();
        }
      } else if (v instanceof CellValue.Count c) {
        whole = Math.addExact(whole, c.value());
      } else if (v instanceof CellValue.Change c) {
        whole = Math.addExact(whole, c.value());
      } else {
        BigDecimal d = v.decimal().orElseThrow();
        amounts = amounts == null ? d : amounts.add(d);
      }
    }
    BigDecimal sum = BigDecimal.valueOf(whole);
    return Optional.of(amounts == null ? sum : sum.add(amounts));
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
