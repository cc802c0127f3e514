package org.disclosurereport.finding;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosurereport.edition.CellAddress;
import org.immutables.value.Value;

/**
 * A suggested correction that would satisfy failing rules without breaking one that holds: most
 * often a single cell, for example "（七）总计 / 自然人: reported 20, 26 would satisfy 3 rules"; when no
 * single cell can do it, the smallest set of cells that must change together, for example one
 * application moved between two result rows of a column.
 *
 * <p>{@link #corrections()} lists every cell to change; {@link #cell()}, {@link #labels()}, {@link
 * #reported()} and {@link #suggested()} describe the first of them, so that code written for
 * single-cell hints keeps working. A hint built with only those four attributes has them as its one
 * correction.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRepairHint {
  /** Only the value type generated from it extends it. */
  AbstractRepairHint() {}

  /**
   * @return the cell to correct, the first of {@link #corrections()}
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
   * @return the value that would satisfy the rules
   */
  public abstract BigDecimal suggested();

  /**
   * Returns every cell to correct, in printed order; the first is the one of {@link #cell()}. The
   * corrections only satisfy the rules when all of them are made.
   *
   * @return one correction for a single-cell hint, several for a hint whose cells must change
   *     together; never empty, no cell twice
   */
  public abstract List<CellCorrection> corrections();

  /**
   * @return how many failing rule instances the correction (all its cells) satisfies
   */
  public abstract int satisfiedRules();

  /**
   * @return the suggestion in Chinese
   */
  public abstract String messageZh();

  /**
   * @return the suggestion in English
   */
  public abstract String messageEn();

  /**
   * @return whether the hint changes one cell only
   */
  public boolean isSingleCell() {
    return corrections().size() == 1;
  }

  /**
   * Makes a hint built without corrections carry its one cell as its one correction, and refuses
   * corrections whose first cell is not the hint's cell or that name a cell twice.
   *
   * @return the normalized hint
   * @throws IllegalStateException if the corrections do not fit the hint
   */
  @Value.Check
  protected AbstractRepairHint normalize() {
    if (corrections().isEmpty()) {
      return RepairHint.builder()
          .from(this)
          .addCorrections(
              CellCorrection.builder()
                  .cell(cell())
                  .labels(labels())
                  .reported(reported())
                  .suggested(suggested())
                  .build())
          .build();
    }
    CellCorrection first = corrections().get(0);
    if (!first.cell().equals(cell())
        || !first.labels().equals(labels())
        || first.reported().compareTo(reported()) != 0
        || first.suggested().compareTo(suggested()) != 0) {
      throw new IllegalStateException(
          "the first correction (" + first.cell() + ") must be the hint's cell " + cell());
    }
    Set<CellAddress> cells = new HashSet<>();
    for (CellCorrection c : corrections()) {
      if (!cells.add(c.cell())) {
        throw new IllegalStateException("cell " + c.cell() + " is corrected twice");
      }
    }
    return this;
  }
}
