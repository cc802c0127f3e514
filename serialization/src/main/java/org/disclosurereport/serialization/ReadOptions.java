package org.disclosurereport.serialization;

import java.util.Objects;

/**
 * How a reader reads: its {@link Strictness} and its {@link Limits}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadOptions {
  private static final ReadOptions STRICT = new ReadOptions(Strictness.STRICT, Limits.defaults());
  private static final ReadOptions LENIENT = new ReadOptions(Strictness.LENIENT, Limits.defaults());

  private final Strictness strictness;
  private final Limits limits;

  private ReadOptions(Strictness strictness, Limits limits) {
    this.strictness = Objects.requireNonNull(strictness, "strictness");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns strict reading with the default limits: unknown members are errors.
   *
   * @return the options
   */
  public static ReadOptions strict() {
    return STRICT;
  }

  /**
   * Returns lenient reading with the default limits: unknown members are kept as extensions.
   *
   * @return the options
   */
  public static ReadOptions lenient() {
    return LENIENT;
  }

  /**
   * Returns options with the given strictness and the default limits.
   *
   * @param strictness the strictness
   * @return the options
   */
  public static ReadOptions of(Strictness strictness) {
    return strictness == Strictness.STRICT ? STRICT : LENIENT;
  }

  /**
   * @return the strictness
   */
  public Strictness strictness() {
    return strictness;
  }

  /**
   * @return the limits
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Returns a copy with other limits.
   *
   * @param newLimits the limits
   * @return the options
   */
  public ReadOptions withLimits(Limits newLimits) {
    return new ReadOptions(strictness, newLimits);
  }

  /**
   * Returns a copy with another strictness.
   *
   * @param newStrictness the strictness
   * @return the options
   */
  public ReadOptions withStrictness(Strictness newStrictness) {
    return new ReadOptions(newStrictness, limits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadOptions r && strictness == r.strictness && limits.equals(r.limits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(strictness, limits);
  }

  @Override
  public String toString() {
    return "ReadOptions[" + strictness + ", " + limits + "]";
  }
}
