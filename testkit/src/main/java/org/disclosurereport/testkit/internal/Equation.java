package org.disclosurereport.testkit.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.disclosurereport.edition.CrossYearRelation;
import org.disclosurereport.edition.Identity;

/**
 * One instance of a relation as a linear equation over slots: the left slots add up to the right
 * slots. An in-year {@link Identity} keeps its sides; a {@link CrossYearRelation.Instance} {@code
 * current = Σ sign·term} becomes {@code current + Σ negative terms = Σ positive terms}.
 *
 * @param relationId the id of the sum relation or cross-year relation
 * @param total whether the left side is one cell that is a total of the right side (in-year totals
 *     only)
 * @param left the left slots
 * @param right the right slots
 * @param identity the identity, or null for a cross-year instance
 * @param instance the cross-year instance, or null for an identity
 */
public record Equation(
    String relationId,
    boolean total,
    List<Slot> left,
    List<Slot> right,
    Identity identity,
    CrossYearRelation.Instance instance) {

  /** Creates an equation; lists are copied. */
  public Equation {
    Objects.requireNonNull(relationId);
    left = List.copyOf(left);
    right = List.copyOf(right);
  }

  /**
   * Returns the equation of an identity of one report.
   *
   * @param report the index of the report
   * @param identity the identity
   * @return the equation
   */
  public static Equation of(int report, Identity identity) {
    return new Equation(
        identity.relation().id(),
        identity.relation().isTotal(),
        identity.left().stream().map(a -> new Slot(report, a)).toList(),
        identity.right().stream().map(a -> new Slot(report, a)).toList(),
        identity,
        null);
  }

  /**
   * Returns the equation of a cross-year instance.
   *
   * @param previous the index of the report of year N-1
   * @param current the index of the report of year N
   * @param instance the instance
   * @return the equation
   */
  public static Equation of(int previous, int current, CrossYearRelation.Instance instance) {
    Stream<Slot> negative =
        instance.terms().stream().filter(t -> t.sign() < 0).map(t -> slot(previous, current, t));
    List<Slot> left =
        Stream.concat(Stream.of(new Slot(current, instance.current())), negative).toList();
    List<Slot> right =
        instance.terms().stream()
            .filter(t -> t.sign() > 0)
            .map(t -> slot(previous, current, t))
            .toList();
    return new Equation(instance.relation().id(), false, left, right, null, instance);
  }

  private static Slot slot(int previous, int current, CrossYearRelation.TermAt term) {
    return new Slot(
        term.year() == CrossYearRelation.Year.PREVIOUS ? previous : current, term.address());
  }

  /**
   * Returns every slot, left side first.
   *
   * @return the slots
   */
  public List<Slot> slots() {
    return Stream.concat(left.stream(), right.stream()).toList();
  }

  /**
   * Returns the left sum minus the right sum.
   *
   * @param value the value of each slot
   * @return the residual, zero when the equation holds
   */
  public long residual(ToLongFunction<Slot> value) {
    long sum = 0;
    for (Slot s : left) {
      sum = Math.addExact(sum, value.applyAsLong(s));
    }
    for (Slot s : right) {
      sum = Math.subtractExact(sum, value.applyAsLong(s));
    }
    return sum;
  }

  /**
   * Returns the sum of the left side.
   *
   * @param value the value of each slot
   * @return the sum
   */
  public long leftSum(ToLongFunction<Slot> value) {
    return left.stream().mapToLong(value).reduce(0, Math::addExact);
  }

  /**
   * Returns the sum of the right side.
   *
   * @param value the value of each slot
   * @return the sum
   */
  public long rightSum(ToLongFunction<Slot> value) {
    return right.stream().mapToLong(value).reduce(0, Math::addExact);
  }

  @Override
  public String toString() {
    return relationId + left + "=" + right;
  }
}
