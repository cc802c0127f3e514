package org.disclosurereport.testkit.quicktheories;

import java.util.Objects;
import org.disclosurereport.testkit.Entropy;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * An {@link Entropy} that draws each choice from a QuickTheories {@link RandomnessSource} through
 * QuickTheories' own {@link Generate#longRange(long, long)}, so that QuickTheories records every
 * choice a generator makes, shrinks it towards the value of its range closest to zero, and replays
 * it. Not thread-safe: QuickTheories gives each generation its own source.
 */
public final class QuickTheoriesEntropy implements Entropy {
  private final RandomnessSource source;

  /**
   * Creates an entropy over a source.
   *
   * @param source the source QuickTheories passed to {@link org.quicktheories.core.Gen#generate}
   */
  public QuickTheoriesEntropy(RandomnessSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public long between(long min, long max) {
    Entropy.checkRange(min, max);
    if (min == max) {
      return min;
    }
    return Generate.longRange(min, max).generate(source);
  }
}
