package org.disclosurereport.benchmarks;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One benchmark's result in a run: its mean time per operation with the error JMH gives for it, and
 * the bytes it allocated per operation when the GC profiler ran.
 *
 * @param benchmark the benchmark, as {@code Class.method}, for example {@code
 *     ReadJsonBenchmark.hardened}
 * @param nanosPerOp the mean time per operation, in nanoseconds
 * @param errorNanos the half-width of JMH's 99.9% confidence interval, in nanoseconds (NaN when JMH
 *     could not give one)
 * @param bytesPerOp the bytes allocated per operation ({@code gc.alloc.rate.norm}), empty when the
 *     GC profiler did not run
 */
public record Measurement(
    String benchmark, double nanosPerOp, double errorNanos, OptionalDouble bytesPerOp) {
  /** Checks the benchmark name and the time. */
  public Measurement {
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(bytesPerOp, "bytesPerOp");
    if (!(nanosPerOp > 0)) {
      throw new IllegalArgumentException(
          "Invalid value for nanosPerOp (valid values > 0): " + nanosPerOp);
    }
  }

  /**
   * Converts a JMH score to nanoseconds.
   *
   * @param score the score
   * @param unit JMH's unit, such as {@code us/op}
   * @return the score in nanoseconds per operation
   * @throws IllegalArgumentException for a unit that is not a time per operation
   */
  public static double toNanos(double score, String unit) {
    return switch (unit) {
      case "ns/op" -> score;
      case "us/op" -> score * 1e3;
      case "ms/op" -> score * 1e6;
      case "s/op" -> score * 1e9;
      default ->
          throw new IllegalArgumentException(
              "Invalid value for unit (valid values ns/op, us/op, ms/op, s/op): " + unit);
    };
  }
}
