package org.disclosurereport.testkit;

import java.util.List;

/**
 * The one source of every random choice a generator of this module makes.
 *
 * <p>Generators never call a random number generator of their own: each choice (a count, whether a
 * cell is blank, which organ name, which cell to break) is one call of {@link #between(long,
 * long)}. That is what keeps the generators independent of any property-testing engine, and what
 * lets an engine shrink a failing report for free: the engine records the sequence of choices,
 * makes them smaller and replays them, and since a report is <em>built</em> from its choices (never
 * generated and filtered) every replay is again a report of the same kind, only simpler.
 *
 * <p>Generators are written so that a smaller choice gives a simpler report: counts shrink towards
 * zero, {@link #chance(int)} towards {@code false}, {@link #pick(List)} towards the first element.
 * An engine therefore gets the best shrinking when it shrinks each value of {@link #between(long,
 * long)} towards the value of the range closest to zero.
 *
 * <p>Adapters for QuickTheories, Jazzer and {@link java.util.random.RandomGenerator} are in the
 * sub-packages {@code quicktheories}, {@code jazzer} and {@code random}; another engine needs only
 * an implementation of {@link #between(long, long)}. Implementations need not be thread-safe; a
 * generator uses one instance from one thread.
 */
@FunctionalInterface
public interface Entropy {

  /**
   * Returns a value between {@code min} and {@code max}, both included.
   *
   * @param min the smallest value allowed
   * @param max the largest value allowed, at least {@code min}
   * @return a value in {@code [min, max]}
   * @throws IllegalArgumentException if {@code max < min}
   */
  long between(long min, long max);

  /**
   * Returns an {@code int} between {@code min} and {@code max}, both included.
   *
   * @param min the smallest value allowed
   * @param max the largest value allowed, at least {@code min}
   * @return a value in {@code [min, max]}
   * @throws IllegalArgumentException if {@code max < min}
   */
  default int intBetween(int min, int max) {
    return Math.toIntExact(between(min, max));
  }

  /**
   * Returns {@code true} with the given probability. Shrinks towards {@code false}: the draw is a
   * value in {@code [0, 99]} and only the highest {@code percent} values give {@code true}.
   *
   * @param percent the probability in percent, 0 to 100
   * @return the outcome
   * @throws IllegalArgumentException if {@code percent} is outside {@code [0, 100]}
   */
  default boolean chance(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException(
          "Invalid value for percent (valid values 0 - 100): " + percent);
    }
    if (percent == 0) {
      return false;
    }
    if (percent == 100) {
      return true;
    }
    return between(0, 99) >= 100 - percent;
  }

  /**
   * Returns one element of a list. Shrinks towards the first element.
   *
   * @param <T> the element type
   * @param choices the elements, not empty
   * @return one of them
   * @throws IllegalArgumentException if the list is empty
   */
  default <T> T pick(List<T> choices) {
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("Invalid choice: the list of choices is empty");
    }
    return choices.get(intBetween(0, choices.size() - 1));
  }

  /**
   * Checks the bounds of {@link #between(long, long)}, for implementations.
   *
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @throws IllegalArgumentException if {@code max < min}
   */
  static void checkRange(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException(
          "Invalid range for Entropy.between (max must be at least min): ["
              + min
              + ", "
              + max
              + "]");
    }
  }
}
