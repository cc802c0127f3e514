package org.disclosurereport.validation;

import java.math.BigDecimal;
import org.disclosurereport.edition.CellAddress;
import org.immutables.value.Value;

/**
 * A suggested correction: the one cell (or one of the few cells) whose change would satisfy the
 * failing rules, for example "（七）总计 / 自然人: reported 20, 26 would satisfy 3 rules".
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRepairHint {
  /** @return the cell to correct */
  public abstract CellAddress cell();

  /** @return the official labels of the cell */
  public abstract String labels();

  /** @return the value reported, zero when the cell was blank and blanks count as zero */
  public abstract BigDecimal reported();

  /** @return the value that would satisfy the rules */
  public abstract BigDecimal suggested();

  /** @return how many failing rule instances the correction satisfies */
  public abstract int satisfiedRules();

  /** @return the suggestion in Chinese */
  public abstract String messageZh();

  /** @return the suggestion in English */
  public abstract String messageEn();
}
