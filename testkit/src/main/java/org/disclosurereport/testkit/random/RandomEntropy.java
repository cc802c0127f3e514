package org.disclosurereport.testkit.random;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.disclosurereport.testkit.Entropy;
import org.disclosurereport.testkit.Generator;

/**
 * An {@link Entropy} that draws from a {@link RandomGenerator}: for plain JUnit tests, where a
 * fixed seed makes a test repeatable.
 *
 * <pre>{@code
 * static Stream<AnnualReport> reports() {
 *   return RandomEntropy.stream(ReportGenerator.of(Edition.V2021), 42, 100);
 * }
 *
 * @ParameterizedTest
 * @MethodSource("reports")
 * void roundTrips(AnnualReport report) { ... }
 * }</pre>
 *
 * <p>There is no shrinking: a failing report is reported as generated. Not thread-safe, like the
 * generator it wraps.
 */
public final class RandomEntropy implements Entropy {
  private final RandomGenerator random;

  private RandomEntropy(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Returns an entropy drawing from a generator.
   *
   * @param random the generator
   * @return the entropy
   */
  public static RandomEntropy of(RandomGenerator random) {
    return new RandomEntropy(random);
  }

  /**
   * Returns an entropy drawing from a {@link SplittableRandom} with a fixed seed: the same seed
   * gives the same choices on every run and every machine.
   *
   * @param seed the seed
   * @return the entropy
   */
  public static RandomEntropy seeded(long seed) {
    return new RandomEntropy(new SplittableRandom(seed));
  }

  @Override
  public long between(long min, long max) {
    Entropy.checkRange(min, max);
    if (max == Long.MAX_VALUE) {
      return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
    }
    return random.nextLong(min, max + 1);
  }

  /**
   * Returns a stream of values generated with one seed each ({@code seed}, {@code seed + 1}, ...),
   * so that each value can be regenerated alone from its seed, for {@code @MethodSource}.
   *
   * @param <T> the type of value
   * @param generator what makes one value, such as a {@link
   *     org.disclosurereport.testkit.ReportGenerator}
   * @param seed the first seed
   * @param count how many values
   * @return the values
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static <T> Stream<T> stream(Generator<T> generator, long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException(
          "Invalid value for count (valid values 0 or more): " + count);
    }
    return IntStream.range(0, count).mapToObj(i -> generator.generate(seeded(seed + i)));
  }
}
