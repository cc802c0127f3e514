package org.disclosurereport.testkit;

/**
 * Something that makes one value from the choices of an {@link Entropy}: the common shape of every
 * generator of this module, and what the engine adapters accept.
 *
 * <p>A generator must make every random choice through the entropy it is given, so that the same
 * choices give the same value and an engine can shrink the choices.
 *
 * @param <T> the type of value
 */
@FunctionalInterface
public interface Generator<T> {
  /**
   * Makes a value.
   *
   * @param entropy the source of every choice
   * @return the value
   */
  T generate(Entropy entropy);
}
