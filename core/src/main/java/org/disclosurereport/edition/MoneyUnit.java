package org.disclosurereport.edition;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The unit an amount of money is stated in.
 *
 * <p>Reports state amounts in 元 or in 万元 (ten thousand yuan), and some print a bare number in a
 * column whose label states no unit (the 2019 edition's {@code 采购总金额}). The last case is kept as
 * {@link #UNSTATED} rather than guessed, so nothing is silently converted.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MoneyUnit {
  /** 元, one yuan. */
  YUAN("元", BigDecimal.ONE),
  /** 万元, ten thousand yuan. */
  TEN_THOUSAND_YUAN("万元", BigDecimal.valueOf(10_000)),
  /** A bare number: the report stated no unit and the column declares none. */
  UNSTATED("", null);

  private final String symbol;
  private final BigDecimal yuanPerUnit;

  MoneyUnit(String symbol, BigDecimal yuanPerUnit) {
    this.symbol = symbol;
    this.yuanPerUnit = yuanPerUnit;
  }

  /**
   * Returns the unit as printed after a number ({@code 元}, {@code 万元}), empty for {@link
   * #UNSTATED}.
   *
   * @return the symbol, never null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns how many yuan one of this unit is, empty for {@link #UNSTATED}.
   *
   * @return the factor to yuan
   */
  public Optional<BigDecimal> yuanPerUnit() {
    return Optional.ofNullable(yuanPerUnit);
  }

  /**
   * Finds the unit printed as the given symbol.
   *
   * @param symbol {@code 元} or {@code 万元}
   * @return the unit, or empty for any other text
   */
  public static Optional<MoneyUnit> fromSymbol(String symbol) {
    for (MoneyUnit unit : values()) {
      if (unit != UNSTATED && unit.symbol.equals(symbol)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }
}
