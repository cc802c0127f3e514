package org.disclosurereport.testkit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.testkit.Entropy;

/**
 * Draws the numeric cells of one report so that every equation that involves them holds, by
 * construction: it chooses the cells that nothing determines and derives the others.
 *
 * <p>Roles come from the equations, not from keys. The single left cell of a total equation is
 * derived from its right side. In any other equation the first cell not yet derived is
 * <em>solved</em> from the others; the equation's remaining free cells are drawn when it is solved,
 * those on the far side first (the first of them at least as large as needed so that the solved
 * cell cannot go below zero), then those on the solved cell's side, each at most what is left. For
 * section 三 this is: choose the result rows and {@code carriedForward}, derive {@code
 * resultsTotal}, choose {@code carriedOver} at most {@code resultsTotal + carriedForward}, solve
 * {@code newlyReceived}; derive the {@code total} column. Equations whose cells are all derived
 * otherwise hold by linearity, and are checked after each report.
 *
 * <p>Roles and the order of the steps depend only on the equations, so they are worked out once,
 * when the solver is built; drawing a report is one pass over the steps. Cells of other reports
 * (year N-1 of a pair) are constants. A blank cell counts as zero; only a cell whose value is zero
 * is ever left blank.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class CellSolver {
  private enum Step {
    FREE,
    CHANGE,
    TOTAL,
    SOLVE
  }

  /** An equation over slot indices, with the role of each of its cells. */
  private static final class Compiled {
    final Equation source;
    final int[] left;
    final int[] right;
    final boolean total;
    int solved = -1;
    boolean solvedLeft;
    int[] nearKnown = new int[0];
    int[] farKnown = new int[0];
    int[] nearOwned = new int[0];
    int[] farOwned = new int[0];

    Compiled(Equation source, int[] left, int[] right, boolean total) {
      this.source = source;
      this.left = left;
      this.right = right;
      this.total = total;
    }
  }

  private final EditionSpec spec;
  private final List<CellAddress> cells;
  private final CellKind[] kinds;
  private final MoneyUnit[] declaredUnits;
  private final Map<Slot, Integer> index = new HashMap<>();
  private final List<Slot> slots = new ArrayList<>();
  private final List<Compiled> equations = new ArrayList<>();
  private final List<Compiled> nonNegative = new ArrayList<>();
  private final List<Step> steps = new ArrayList<>();
  private final List<Object> stepTargets = new ArrayList<>();

  /**
   * Creates a solver and works out the roles of the cells and the order of the steps.
   *
   * @param spec the edition of the report drawn
   * @param report the index of the report drawn
   * @param equations the equations the report must satisfy
   * @param nonNegative sums (right minus left) that must stay at zero or above, see {@link
   *     Equations#selfChain(int, EditionSpec)}
   * @throws IllegalStateException if the equations cannot be solved in this way
   */
  public CellSolver(
      EditionSpec spec, int report, List<Equation> equations, List<Equation> nonNegative) {
    this.spec = spec;
    this.cells = spec.cells();
    int n = cells.size();
    this.kinds = new CellKind[n];
    this.declaredUnits = new MoneyUnit[n];
    for (int i = 0; i < n; i++) {
      CellAddress a = cells.get(i);
      index.put(new Slot(report, a), i);
      slots.add(new Slot(report, a));
      kinds[i] = spec.kind(a);
      declaredUnits[i] = spec.columnOf(a).declaredUnit().orElse(null);
    }
    List<Compiled> cross = new ArrayList<>();
    List<Compiled> totals = new ArrayList<>();
    List<Compiled> others = new ArrayList<>();
    for (Equation e : equations) {
      boolean mine = e.slots().stream().anyMatch(s -> s.report() == report);
      if (!mine) {
        continue;
      }
      boolean crossReport = e.slots().stream().anyMatch(s -> s.report() != report);
      Compiled c =
          new Compiled(e, indices(e.left()), indices(e.right()), e.total() && !crossReport);
      (crossReport ? cross : c.total ? totals : others).add(c);
      this.equations.add(c);
    }
    for (Equation e : nonNegative) {
      this.nonNegative.add(new Compiled(e, indices(e.left()), indices(e.right()), false));
    }
    plan(n, cross, totals, others);
  }

  private int[] indices(List<Slot> side) {
    int[] out = new int[side.size()];
    for (int i = 0; i < out.length; i++) {
      Slot s = side.get(i);
      Integer at = index.get(s);
      if (at == null) {
        at = slots.size();
        index.put(s, at);
        slots.add(s);
      }
      out[i] = at;
    }
    return out;
  }

  /** Assigns roles, then simulates which cells become known to order the steps. */
  private void plan(int n, List<Compiled> cross, List<Compiled> totals, List<Compiled> others) {
    Compiled[] derivedBy = new Compiled[slots.size()];
    Compiled[] ownedBy = new Compiled[slots.size()];
    List<Compiled> ordered = new ArrayList<>(cross);
    ordered.addAll(totals);
    ordered.addAll(others);
    for (Compiled c : ordered) {
      if (c.total) {
        if (derivedBy[c.left[0]] == null) {
          derivedBy[c.left[0]] = c;
          c.solved = c.left[0];
        }
        continue;
      }
      int solved = firstOpen(c.left, n, derivedBy, ownedBy);
      c.solvedLeft = solved >= 0;
      if (solved < 0) {
        solved = firstOpen(c.right, n, derivedBy, ownedBy);
      }
      if (solved < 0) {
        continue;
      }
      c.solved = solved;
      derivedBy[solved] = c;
      for (int s : concat(c.left, c.right)) {
        if (s < n && derivedBy[s] == null && ownedBy[s] == null) {
          ownedBy[s] = c;
        }
      }
      int[] near = c.solvedLeft ? c.left : c.right;
      int[] far = c.solvedLeft ? c.right : c.left;
      c.nearOwned = filter(near, s -> s != c.solved && ownedBy[s] == c);
      c.nearKnown = filter(near, s -> s != c.solved && ownedBy[s] != c);
      c.farOwned = filter(far, s -> ownedBy[s] == c);
      c.farKnown = filter(far, s -> ownedBy[s] != c);
    }

    boolean[] known = new boolean[slots.size()];
    Arrays.fill(known, n, known.length, true);
    List<Integer> changes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (derivedBy[i] != null || ownedBy[i] != null) {
        continue;
      }
      if (kinds[i] == CellKind.CHANGE) {
        changes.add(i);
      } else {
        addStep(Step.FREE, i);
        known[i] = true;
      }
    }
    simulate(known);
    // Changes last: the sums that bound them may involve derived cells.
    for (int i : changes) {
      addStep(Step.CHANGE, i);
      known[i] = true;
    }
    simulate(known);
    for (int i = 0; i < n; i++) {
      if (!known[i]) {
        throw new IllegalStateException(
            "The relations of edition "
                + spec.edition().id()
                + " leave cell "
                + cells.get(i)
                + " undetermined");
      }
    }
  }

  private void simulate(boolean[] known) {
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Compiled c : equations) {
        if (c.solved < 0 || known[c.solved]) {
          continue;
        }
        boolean ready =
            c.total
                ? allKnown(c.right, known)
                : allKnown(c.nearKnown, known) && allKnown(c.farKnown, known);
        if (ready) {
          addStep(c.total ? Step.TOTAL : Step.SOLVE, c);
          known[c.solved] = true;
          for (int s : c.nearOwned) {
            known[s] = true;
          }
          for (int s : c.farOwned) {
            known[s] = true;
          }
          progress = true;
        }
      }
    }
  }

  private void addStep(Step step, Object target) {
    steps.add(step);
    stepTargets.add(target);
  }

  private static boolean allKnown(int[] indices, boolean[] known) {
    for (int i : indices) {
      if (!known[i]) {
        return false;
      }
    }
    return true;
  }

  private static int firstOpen(int[] side, int n, Compiled[] derivedBy, Compiled[] ownedBy) {
    for (int s : side) {
      if (s < n && derivedBy[s] == null && ownedBy[s] == null) {
        return s;
      }
    }
    return -1;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static int[] filter(int[] a, java.util.function.IntPredicate keep) {
    return Arrays.stream(a).filter(keep).toArray();
  }

  /**
   * Draws the cells.
   *
   * @param entropy the source of choices
   * @param maxCount the largest value drawn for a free count
   * @param blankPercent how often a zero cell is left blank, in percent
   * @param amounts how amounts are drawn; the largest is {@code maxCount} units
   * @param constants the cells of the other reports
   * @return the value of every cell of the edition, blank cells included, in printed order
   * @throws IllegalStateException if a generated value breaks an equation (a defect)
   */
  public Map<CellAddress, CellValue> solve(
      Entropy entropy,
      long maxCount,
      int blankPercent,
      Amounts amounts,
      Map<Slot, CellValue> constants) {
    int n = cells.size();
    long[] value = new long[slots.size()];
    CellValue[] out = new CellValue[n];
    for (int i = n; i < value.length; i++) {
      CellValue c = constants.get(slots.get(i));
      if (c == null) {
        throw new IllegalArgumentException("No value given for " + slots.get(i));
      }
      value[i] = c.wholeNumber().orElse(0);
    }
    Draw draw = new Draw(entropy, maxCount, blankPercent, value, out);
    for (int k = 0; k < steps.size(); k++) {
      Object target = stepTargets.get(k);
      switch (steps.get(k)) {
        case FREE -> {
          int i = (Integer) target;
          if (kinds[i] == CellKind.COUNT) {
            draw.count(i, 0);
          } else {
            out[i] = amount(entropy, maxCount, blankPercent, amounts, i);
          }
        }
        case CHANGE -> change(draw, (Integer) target);
        case TOTAL -> {
          Compiled c = (Compiled) target;
          draw.derived(c.solved, sum(value, c.right), c);
        }
        case SOLVE -> solveEquation(draw, (Compiled) target);
      }
    }
    for (Compiled c : equations) {
      if (sum(value, c.left) != sum(value, c.right)) {
        throw new IllegalStateException("Generated cells break " + c.source);
      }
    }
    Map<CellAddress, CellValue> result = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      result.put(cells.get(i), out[i]);
    }
    return result;
  }

  private static void solveEquation(Draw draw, Compiled c) {
    long nearKnown = sum(draw.value, c.nearKnown);
    long farKnown = sum(draw.value, c.farKnown);
    boolean first = true;
    for (int s : c.farOwned) {
      long atLeast = first ? Math.max(0, nearKnown - farKnown) : 0;
      first = false;
      farKnown += draw.count(s, atLeast);
    }
    long room = farKnown - nearKnown;
    if (room < 0) {
      throw new IllegalStateException("Cannot keep a solved cell at zero or above in " + c.source);
    }
    for (int s : c.nearOwned) {
      room -= draw.upTo(s, room);
    }
    draw.derived(c.solved, room, c);
  }

  private static long sum(long[] value, int[] indices) {
    long s = 0;
    for (int i : indices) {
      s = Math.addExact(s, value[i]);
    }
    return s;
  }

  /** The state of one drawing: the entropy, the limits and the values so far. */
  private static final class Draw {
    final Entropy entropy;
    final long maxCount;
    final int blankPercent;
    final long[] value;
    final CellValue[] out;

    Draw(Entropy entropy, long maxCount, int blankPercent, long[] value, CellValue[] out) {
      this.entropy = entropy;
      this.maxCount = maxCount;
      this.blankPercent = blankPercent;
      this.value = value;
      this.out = out;
    }

    long count(int i, long atLeast) {
      if (atLeast == 0 && entropy.chance(blankPercent)) {
        return set(i, 0, CellValue.blank());
      }
      long v = entropy.between(atLeast, atLeast + maxCount);
      return set(i, v, CellValue.count(v));
    }

    long upTo(int i, long max) {
      if (entropy.chance(blankPercent)) {
        return set(i, 0, CellValue.blank());
      }
      long v = entropy.between(0, Math.min(max, maxCount));
      return set(i, v, CellValue.count(v));
    }

    void derived(int i, long v, Compiled c) {
      if (v < 0) {
        throw new IllegalStateException("Derived a negative value " + v + " from " + c.source);
      }
      set(i, v, v == 0 && entropy.chance(blankPercent) ? CellValue.blank() : CellValue.count(v));
    }

    long set(int i, long v, CellValue cell) {
      value[i] = v;
      if (i < out.length) {
        out[i] = cell;
      }
      return v;
    }
  }

  private CellValue amount(
      Entropy entropy, long maxCount, int blankPercent, Amounts amounts, int i) {
    if (entropy.chance(blankPercent)) {
      return CellValue.blank();
    }
    return amounts.draw(entropy, declaredUnits[i], maxCount);
  }

  private void change(Draw draw, int i) {
    long min = -draw.maxCount;
    long max = draw.maxCount;
    for (Compiled c : nonNegative) {
      if (contains(c.right, i)) {
        min = Math.max(min, -(sum(draw.value, c.right) - draw.value[i] - sum(draw.value, c.left)));
      } else if (contains(c.left, i)) {
        max = Math.min(max, sum(draw.value, c.right) - (sum(draw.value, c.left) - draw.value[i]));
      }
    }
    if (max < min) {
      max = min;
    }
    if (min <= 0 && max >= 0 && draw.entropy.chance(draw.blankPercent)) {
      draw.set(i, 0, CellValue.blank());
      return;
    }
    long v = draw.entropy.between(min, max);
    draw.set(i, v, CellValue.change(v));
  }

  private static boolean contains(int[] a, int x) {
    for (int v : a) {
      if (v == x) {
        return true;
      }
    }
    return false;
  }
}
