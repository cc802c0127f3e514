package org.disclosurereport.testkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.disclosurereport.testkit.Entropy;

/**
 * Finds a change to a consistent set of cells that breaks one relation and keeps every other.
 *
 * <p>The change is a pattern of coefficients times a magnitude {@code d}: it starts with {@code +1}
 * at a cell of a chosen instance of the target relation, and for each other equation the pattern
 * breaks it adds one cell of that equation with the coefficient that repairs it, depth first, until
 * only instances of the target relation are broken. Cells whose coefficient is positive are
 * preferred, so that any {@code d > 0} keeps every count at zero or above; otherwise {@code d} is
 * bounded by the values the pattern decreases. Relations are linear, so the pattern found for
 * {@code d = 1} holds for any {@code d}.
 */
public final class DeltaSearch {
  private static final int MAX_CELLS = 12;
  private static final int MAX_NODES = 20_000;

  private final List<Equation> mustHold;
  private final List<Equation> targets;
  private final Map<Slot, List<Equation>> bySlot = new HashMap<>();
  private final Predicate<Slot> mutable;
  private final Predicate<Slot> signed;
  private int nodes;

  /**
   * Creates a search.
   *
   * @param equations every equation of the reports
   * @param targetRelation the id of the relation to break
   * @param mutable which slots may change
   * @param signed which slots may go below zero
   */
  public DeltaSearch(
      List<Equation> equations,
      String targetRelation,
      Predicate<Slot> mutable,
      Predicate<Slot> signed) {
    this.mustHold = equations.stream().filter(e -> !e.relationId().equals(targetRelation)).toList();
    this.targets = equations.stream().filter(e -> e.relationId().equals(targetRelation)).toList();
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("No instance of relation " + targetRelation);
    }
    for (Equation e : mustHold) {
      for (Slot s : e.slots()) {
        bySlot.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
      }
    }
    this.mutable = mutable;
    this.signed = signed;
  }

  /**
   * Returns the new values of the cells to change.
   *
   * @param entropy the source of choices: which instance, which cell, how large a change
   * @param value the current value of each slot
   * @param maxChange the largest magnitude drawn when nothing else bounds it (at least 1 is used)
   * @return the new value of each changed slot
   * @throws IllegalStateException if no change breaks the relation alone
   */
  public Map<Slot, Long> find(Entropy entropy, ToLongFunction<Slot> value, long maxChange) {
    int first = entropy.intBetween(0, targets.size() - 1);
    for (int i = 0; i < targets.size(); i++) {
      Equation instance = targets.get((first + i) % targets.size());
      List<Slot> starts = instance.slots().stream().filter(mutable).toList();
      if (starts.isEmpty()) {
        continue;
      }
      int start = entropy.intBetween(0, starts.size() - 1);
      for (int j = 0; j < starts.size(); j++) {
        Slot s = starts.get((start + j) % starts.size());
        nodes = 0;
        LinkedHashMap<Slot, Long> pattern = new LinkedHashMap<>();
        pattern.put(s, 1L);
        Optional<Map<Slot, Long>> found = search(pattern, instance, entropy, value, maxChange);
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    throw new IllegalStateException("No change breaks " + targets.get(0).relationId() + " alone");
  }

  private Optional<Map<Slot, Long>> search(
      LinkedHashMap<Slot, Long> pattern,
      Equation instance,
      Entropy entropy,
      ToLongFunction<Slot> value,
      long maxChange) {
    if (++nodes > MAX_NODES) {
      return Optional.empty();
    }
    Equation broken = firstBroken(pattern);
    if (broken == null) {
      if (residual(instance, pattern) == 0) {
        return Optional.empty();
      }
      return apply(pattern, entropy, value, maxChange);
    }
    if (pattern.size() >= MAX_CELLS) {
      return Optional.empty();
    }
    long r = residual(broken, pattern);
    List<Slot> positive = new ArrayList<>();
    List<Slot> negative = new ArrayList<>();
    for (Slot s : broken.slots()) {
      if (pattern.containsKey(s) || !mutable.test(s)) {
        continue;
      }
      long coefficient = broken.left().contains(s) ? -r : r;
      (coefficient > 0 ? positive : negative).add(s);
    }
    positive.addAll(negative);
    for (Slot s : positive) {
      pattern.put(s, broken.left().contains(s) ? -r : r);
      Optional<Map<Slot, Long>> found = search(pattern, instance, entropy, value, maxChange);
      if (found.isPresent()) {
        return found;
      }
      pattern.remove(s);
    }
    return Optional.empty();
  }

  private Equation firstBroken(Map<Slot, Long> pattern) {
    for (Slot s : pattern.keySet()) {
      for (Equation e : bySlot.getOrDefault(s, List.of())) {
        if (residual(e, pattern) != 0) {
          return e;
        }
      }
    }
    return null;
  }

  private static long residual(Equation e, Map<Slot, Long> pattern) {
    return e.residual(s -> pattern.getOrDefault(s, 0L));
  }

  /** Chooses the magnitude: positive when the pattern allows, else negative, else nothing. */
  private Optional<Map<Slot, Long>> apply(
      Map<Slot, Long> pattern, Entropy entropy, ToLongFunction<Slot> value, long maxChange) {
    long up = Long.MAX_VALUE;
    long down = Long.MAX_VALUE;
    for (Map.Entry<Slot, Long> p : pattern.entrySet()) {
      if (signed.test(p.getKey())) {
        continue;
      }
      long v = value.applyAsLong(p.getKey());
      long k = p.getValue();
      if (k < 0) {
        up = Math.min(up, v / -k);
      } else {
        down = Math.min(down, v / k);
      }
    }
    long cap = Math.max(1, maxChange);
    long d;
    if (up >= 1) {
      d = entropy.between(1, Math.min(up, cap));
    } else if (down >= 1) {
      d = -entropy.between(1, Math.min(down, cap));
    } else {
      return Optional.empty();
    }
    Map<Slot, Long> out = new LinkedHashMap<>();
    for (Map.Entry<Slot, Long> p : pattern.entrySet()) {
      out.put(p.getKey(), value.applyAsLong(p.getKey()) + p.getValue() * d);
    }
    return Optional.of(out);
  }
}
