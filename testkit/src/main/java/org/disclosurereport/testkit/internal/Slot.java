package org.disclosurereport.testkit.internal;

import java.util.Objects;
import org.disclosurereport.edition.CellAddress;

/**
 * A cell of one of the reports generated together: report 0 is the only report (or, for a pair, the
 * report of year N-1), report 1 the report of year N.
 *
 * @param report the index of the report
 * @param address the cell
 */
public record Slot(int report, CellAddress address) {
  /** Creates a slot. */
  public Slot {
    Objects.requireNonNull(address);
  }

  @Override
  public String toString() {
    return report + ":" + address;
  }
}
