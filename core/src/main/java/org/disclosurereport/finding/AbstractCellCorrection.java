package org.disclosurereport.finding;

import java.math.BigDecimal;
import org.disclosurereport.edition.CellAddress;
import org.immutables.value.Value;

/**
 * One cell of a {@link RepairHint}: the cell, the value reported and the value suggested. A hint
 * whose correction needs several cells changed together (for example one application moved between
 * two result rows of the same column) has one of these per cell.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractCellCorrection {
  /** Only the value type generated from it extends it. */
  AbstractCellCorrection() {}

  /**
   * @return the cell to correct
   */
  public abstract CellAddress cell();

  /**
   * @return the official labels of the cell
   */
  public abstract String labels();

  /**
   * @return the value reported, zero when the cell was blank and blanks count as zero
   */
  public abstract BigDecimal reported();

  /**
   * @return the value suggested instead
   */
  public abstract BigDecimal suggested();

  /**
   * @return suggested minus reported
   */
  @Value.Derived
  public BigDecimal change() {
    return suggested().subtract(reported());
  }
}
