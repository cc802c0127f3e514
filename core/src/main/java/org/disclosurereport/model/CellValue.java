package org.disclosurereport.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.MoneyUnit;

/**
 * The value of one numeric cell: {@link Blank} (nothing reported), a {@link Count}, a signed {@link
 * Change} or an {@link Amount} of money.
 *
 * <p>Blank is not zero: a report that leaves a cell empty, or prints {@code /} or {@code -} in it,
 * has a blank cell, and every part of the SDK keeps it blank unless the caller chooses a policy
 * that counts blanks as zero.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface CellValue
    permits CellValue.Blank, CellValue.Count, CellValue.Change, CellValue.Amount {

  /** The largest count or absolute change accepted: 999,999,999,999. */
  long MAX_WHOLE = 999_999_999_999L;

  /** The most significant digits an amount may have. */
  int MAX_AMOUNT_PRECISION = 20;

  /** The most decimal places an amount may have. */
  int MAX_AMOUNT_SCALE = 6;

  /**
   * Returns the blank value.
   *
   * @return the blank value
   */
  static CellValue blank() {
    return Blank.INSTANCE;
  }

  /**
   * Returns a count.
   *
   * @param value zero or more, at most {@link #MAX_WHOLE}
   * @return the count
   * @throws ReportShapeException if the value is negative or too large
   */
  static Count count(long value) {
    return new Count(value);
  }

  /**
   * Returns a signed change.
   *
   * @param value at most {@link #MAX_WHOLE} in absolute value
   * @return the change
   * @throws ReportShapeException if the value is too large
   */
  static Change change(long value) {
    return new Change(value);
  }

  /**
   * Returns an amount of money.
   *
   * @param value the amount, at most {@link #MAX_AMOUNT_PRECISION} digits of which at most {@link
   *     #MAX_AMOUNT_SCALE} decimals
   * @param unit the unit
   * @return the amount
   * @throws ReportShapeException if the amount has too many digits
   */
  static Amount amount(BigDecimal value, MoneyUnit unit) {
    return new Amount(value, unit);
  }

  /**
   * Whether nothing was reported in the cell.
   *
   * @return true for {@link Blank}
   */
  default boolean isBlank() {
    return this == Blank.INSTANCE;
  }

  /**
   * Returns the kind of value, empty for blank.
   *
   * @return the kind
   */
  Optional<CellKind> kind();

  /**
   * Returns the value of a count or change; empty for blank and for amounts.
   *
   * @return the whole number
   */
  default OptionalLong wholeNumber() {
    return OptionalLong.empty();
  }

  /**
   * Returns the value as a decimal (counts and changes convert exactly); empty for blank.
   *
   * @return the decimal value
   */
  Optional<BigDecimal> decimal();

  /** Nothing reported. */
  enum Blank implements CellValue {
    /** The one blank value. */
    INSTANCE;

    @Override
    public Optional<CellKind> kind() {
      return Optional.empty();
    }

    @Override
    public Optional<BigDecimal> decimal() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "blank";
    }
  }

  /**
   * A count of documents, decisions, applications or cases.
   *
   * @param value zero or more
   */
  record Count(long value) implements CellValue {
    private static final Optional<CellKind> KIND = Optional.of(CellKind.COUNT);

    /** Creates a count; refuses negative and too large values. */
    public Count {
      if (value < 0) {
        throw new ReportShapeException(
            ReportShapeException.Code.NEGATIVE_COUNT, "count", String.valueOf(value));
      }
      if (value > MAX_WHOLE) {
        throw new ReportShapeException(
            ReportShapeException.Code.OUT_OF_RANGE,
            "count",
            String.valueOf(value),
            "0",
            String.valueOf(MAX_WHOLE));
      }
    }

    @Override
    public Optional<CellKind> kind() {
      return KIND;
    }

    @Override
    public OptionalLong wholeNumber() {
      return OptionalLong.of(value);
    }

    @Override
    public Optional<BigDecimal> decimal() {
      return Optional.of(BigDecimal.valueOf(value));
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * A signed change on last year (the 2019 edition's {@code 本年增/减}).
   *
   * @param value the change, negative for a decrease
   */
  record Change(long value) implements CellValue {
    private static final Optional<CellKind> KIND = Optional.of(CellKind.CHANGE);

    /** Creates a change; refuses too large values. */
    public Change {
      if (value > MAX_WHOLE || value < -MAX_WHOLE) {
        throw new ReportShapeException(
            ReportShapeException.Code.OUT_OF_RANGE,
            "change",
            String.valueOf(value),
            String.valueOf(-MAX_WHOLE),
            String.valueOf(MAX_WHOLE));
      }
    }

    @Override
    public Optional<CellKind> kind() {
      return KIND;
    }

    @Override
    public OptionalLong wholeNumber() {
      return OptionalLong.of(value);
    }

    @Override
    public Optional<BigDecimal> decimal() {
      return Optional.of(BigDecimal.valueOf(value));
    }

    /** Returns the change with an explicit sign, as reports print it: {@code +3}, {@code -8}. */
    @Override
    public String toString() {
      return value > 0 ? "+" + value : String.valueOf(value);
    }
  }

  /**
   * An amount of money with its unit. Every digit given is kept: {@code 1.50} stays {@code 1.50}.
   *
   * @param value the amount
   * @param unit the unit
   */
  record Amount(BigDecimal value, MoneyUnit unit) implements CellValue {
    private static final Optional<CellKind> KIND = Optional.of(CellKind.AMOUNT);

    /** Creates an amount; checks the digits before any arithmetic is done on them. */
    public Amount {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(unit, "unit");
      int scale = value.scale();
      int precision = value.precision();
      int integerDigits = precision - scale;
      if (scale > MAX_AMOUNT_SCALE
          || scale < -MAX_AMOUNT_PRECISION
          || integerDigits > MAX_AMOUNT_PRECISION - MAX_AMOUNT_SCALE) {
        throw new ReportShapeException(
            ReportShapeException.Code.AMOUNT_PRECISION,
            "amount",
            value.toString(),
            String.valueOf(MAX_AMOUNT_PRECISION),
            String.valueOf(MAX_AMOUNT_SCALE));
      }
      if (value.signum() < 0) {
        throw new ReportShapeException(
            ReportShapeException.Code.OUT_OF_RANGE, "amount", value.toPlainString(), "0", "∞");
      }
    }

    @Override
    public Optional<CellKind> kind() {
      return KIND;
    }

    @Override
    public Optional<BigDecimal> decimal() {
      return Optional.of(value);
    }

    /**
     * Returns the amount in yuan, empty when the unit is {@link MoneyUnit#UNSTATED}.
     *
     * @return the amount in yuan
     */
    public Optional<BigDecimal> inYuan() {
      return unit.yuanPerUnit().map(value::multiply);
    }

    /** Returns the amount as printed: plain digits and the unit symbol. */
    @Override
    public String toString() {
      return value.toPlainString() + unit.symbol();
    }
  }
}
