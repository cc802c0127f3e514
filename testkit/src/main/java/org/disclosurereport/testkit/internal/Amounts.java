package org.disclosurereport.testkit.internal;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.testkit.Entropy;

/**
 * Draws amounts of money: a scale between two bounds, a unit (the column's declared unit, else a
 * bare number some of the time, else 元 or 万元) and a value. Draws nothing for a choice that has one
 * outcome, so that the default settings make the same choices as before they existed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param minScale the fewest decimals
 * @param maxScale the most decimals
 * @param unstatedPercent how often an amount without declared unit is a bare number, in percent
 */
public record Amounts(int minScale, int maxScale, int unstatedPercent) {
  private static final List<MoneyUnit> STATED =
      List.of(MoneyUnit.YUAN, MoneyUnit.TEN_THOUSAND_YUAN);

  /**
   * Draws a unit.
   *
   * @param entropy the source of choices
   * @param declared the unit the column declares, or null
   * @return the unit
   */
  public MoneyUnit unit(Entropy entropy, MoneyUnit declared) {
    if (declared != null) {
      return declared;
    }
    return entropy.chance(unstatedPercent) ? MoneyUnit.UNSTATED : entropy.pick(STATED);
  }

  /**
   * Draws a number of decimal places.
   *
   * @param entropy the source of choices
   * @return the scale
   */
  public int scale(Entropy entropy) {
    return minScale == maxScale ? minScale : entropy.intBetween(minScale, maxScale);
  }

  /**
   * Draws an amount of at most {@code maxWhole} units: its unit, then its scale, then its value.
   *
   * @param entropy the source of choices
   * @param declared the unit the column declares, or null
   * @param maxWhole the largest amount, in whole units
   * @return the amount
   */
  public CellValue.Amount draw(Entropy entropy, MoneyUnit declared, long maxWhole) {
    MoneyUnit unit = unit(entropy, declared);
    int scale = scale(entropy);
    return CellValue.amount(of(entropy.between(0, unscaled(maxWhole, scale)), scale), unit);
  }

  /**
   * Returns the amount of a number of smallest units at a scale: {@code 150} at scale 2 is {@code
   * 1.50}.
   *
   * @param unscaled the number of units of the last decimal place
   * @param scale the scale
   * @return the amount
   */
  public static BigDecimal of(long unscaled, int scale) {
    return BigDecimal.valueOf(unscaled, scale);
  }

  /**
   * Returns how many units of the last decimal place make {@code whole} units: {@code whole *
   * 10^scale}.
   *
   * @param whole a number of whole units, zero or more
   * @param scale the scale, 0 to 6
   * @return the number of smallest units
   * @throws ArithmeticException on overflow
   */
  public static long unscaled(long whole, int scale) {
    return Math.multiplyExact(whole, BigDecimal.TEN.pow(scale).longValueExact());
  }
}
