package org.disclosurereport.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.edition.AxisNode;
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
 * <em>solved</em> from the others; the equation's remaining free cells are drawn when it is
 * solved, those on the far side first (the first of them at least as large as needed so that the
 * solved cell cannot go below zero), then those on the solved cell's side, each at most what is
 * left. For section 三 this is: choose the result rows and {@code carriedForward}, derive {@code
 * resultsTotal}, choose {@code carriedOver} at most {@code resultsTotal + carriedForward}, solve
 * {@code newlyReceived}; derive the {@code total} column. Equations whose cells are all derived
 * otherwise hold by linearity and are checked at the end.
 *
 * <p>Cells of other reports (year N-1 of a pair) are constants. A blank cell counts as zero; only
 * a cell whose value is zero is ever left blank.
 */
public final class CellSolver {
  private final EditionSpec spec;
  private final int report;
  private final long maxCount;
  private final int blankPercent;
  private final List<Equation> equations;
  private final List<Equation> nonNegative;
  private final Map<Slot, CellValue> constants;

  /**
   * Creates a solver.
   *
   * @param spec the edition of the report drawn
   * @param report the index of the report drawn
   * @param maxCount the largest value drawn for a free count
   * @param blankPercent how often a zero cell is left blank, in percent
   * @param equations the equations the report must satisfy; cross-report ones first
   * @param nonNegative sums (right minus left) that must stay at zero or above, see {@link
   *     Equations#selfChain(int, EditionSpec)}
   * @param constants the cells of the other reports
   */
  public CellSolver(
      EditionSpec spec,
      int report,
      long maxCount,
      int blankPercent,
      List<Equation> equations,
      List<Equation> nonNegative,
      Map<Slot, CellValue> constants) {
    this.spec = spec;
    this.report = report;
    this.maxCount = maxCount;
    this.blankPercent = blankPercent;
    this.equations =
        equations.stream().filter(e -> e.slots().stream().anyMatch(s -> s.report() == report)).toList();
    this.nonNegative = List.copyOf(nonNegative);
    this.constants = Map.copyOf(constants);
  }

  /**
   * Draws the cells.
   *
   * @param entropy the source of choices
   * @return the value of every cell of the edition, blank cells included
   * @throws IllegalStateException if the equations cannot be solved in this way
   */
  public Map<CellAddress, CellValue> solve(Entropy entropy) {
    Map<Slot, Equation> derivedBy = new LinkedHashMap<>();
    Map<Slot, Equation> ownedBy = new HashMap<>();
    assignRoles(derivedBy, ownedBy);

    Map<Equation, Slot> solvedBy = new IdentityHashMap<>();
    derivedBy.forEach((s, e) -> solvedBy.put(e, s));

    Map<Slot, CellValue> values = new HashMap<>(constants);
    List<Slot> changes = new ArrayList<>();
    for (CellAddress a : spec.cells()) {
      Slot s = new Slot(report, a);
      if (derivedBy.containsKey(s) || ownedBy.containsKey(s)) {
        continue;
      }
      CellKind kind = spec.kind(a);
      if (kind == CellKind.CHANGE) {
        changes.add(s);
      } else {
        values.put(s, kind == CellKind.COUNT ? count(entropy, 0) : amount(entropy, a));
      }
    }
    derive(entropy, solvedBy, ownedBy, values);
    // Changes last: the sums that bound them may involve derived cells.
    for (Slot s : changes) {
      values.put(s, change(entropy, s, values));
    }
    derive(entropy, solvedBy, ownedBy, values);

    Map<CellAddress, CellValue> out = new LinkedHashMap<>();
    for (CellAddress a : spec.cells()) {
      CellValue v = values.get(new Slot(report, a));
      if (v == null) {
        throw new IllegalStateException(
            "The relations of edition " + spec.edition().id() + " leave cell " + a + " undetermined");
      }
      out.put(a, v);
    }
    for (Equation e : equations) {
      if (e.residual(v(values)) != 0) {
        throw new IllegalStateException("Generated cells break " + e);
      }
    }
    return out;
  }

  private void derive(
      Entropy entropy,
      Map<Equation, Slot> solvedBy,
      Map<Slot, Equation> ownedBy,
      Map<Slot, CellValue> values) {
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Equation e : equations) {
        Slot solved = solvedBy.get(e);
        if (solved == null || values.containsKey(solved)) {
          continue;
        }
        if (e.total() && !crossReport(e)) {
          if (e.right().stream().allMatch(values::containsKey)) {
            values.put(solved, derived(entropy, e.rightSum(v(values)), e));
            progress = true;
          }
        } else {
          progress |= solveEquation(entropy, e, solved, ownedBy, values);
        }
      }
    }
  }

  private void assignRoles(Map<Slot, Equation> derivedBy, Map<Slot, Equation> ownedBy) {
    List<Equation> ordered = new ArrayList<>();
    equations.stream().filter(this::crossReport).forEach(ordered::add);
    equations.stream().filter(e -> !crossReport(e) && e.total()).forEach(ordered::add);
    equations.stream().filter(e -> !crossReport(e) && !e.total()).forEach(ordered::add);
    for (Equation e : ordered) {
      if (e.total() && !crossReport(e)) {
        derivedBy.putIfAbsent(e.left().get(0), e);
        continue;
      }
      Slot solved = firstOpen(e.left(), derivedBy, ownedBy);
      if (solved == null) {
        solved = firstOpen(e.right(), derivedBy, ownedBy);
      }
      if (solved == null) {
        continue;
      }
      derivedBy.put(solved, e);
      for (Slot s : e.slots()) {
        if (s.report() == report && !derivedBy.containsKey(s) && !ownedBy.containsKey(s)) {
          ownedBy.put(s, e);
        }
      }
    }
  }

  private boolean crossReport(Equation e) {
    return e.slots().stream().anyMatch(s -> s.report() != report);
  }

  private Slot firstOpen(List<Slot> side, Map<Slot, Equation> derivedBy, Map<Slot, Equation> ownedBy) {
    for (Slot s : side) {
      if (s.report() == report && !derivedBy.containsKey(s) && !ownedBy.containsKey(s)) {
        return s;
      }
    }
    return null;
  }

  private boolean solveEquation(
      Entropy entropy,
      Equation e,
      Slot solved,
      Map<Slot, Equation> ownedBy,
      Map<Slot, CellValue> values) {
    for (Slot s : e.slots()) {
      if (!s.equals(solved) && ownedBy.get(s) != e && !values.containsKey(s)) {
        return false;
      }
    }
    boolean solvedLeft = e.left().contains(solved);
    List<Slot> near = solvedLeft ? e.left() : e.right();
    List<Slot> far = solvedLeft ? e.right() : e.left();
    long nearKnown = sumKnown(near, solved, e, ownedBy, values);
    long farKnown = sumKnown(far, solved, e, ownedBy, values);
    boolean first = true;
    for (Slot s : far) {
      if (ownedBy.get(s) == e) {
        long atLeast = first ? Math.max(0, nearKnown - farKnown) : 0;
        first = false;
        CellValue v = count(entropy, atLeast);
        values.put(s, v);
        farKnown += v.wholeNumber().orElse(0);
      }
    }
    long room = farKnown - nearKnown;
    if (room < 0) {
      throw new IllegalStateException("Cannot keep " + solved + " at zero or above in " + e);
    }
    for (Slot s : near) {
      if (ownedBy.get(s) == e) {
        CellValue v = upTo(entropy, room);
        values.put(s, v);
        room -= v.wholeNumber().orElse(0);
      }
    }
    values.put(solved, derived(entropy, room, e));
    return true;
  }

  private static long sumKnown(
      List<Slot> side, Slot solved, Equation e, Map<Slot, Equation> ownedBy, Map<Slot, CellValue> values) {
    long sum = 0;
    for (Slot s : side) {
      if (!s.equals(solved) && ownedBy.get(s) != e) {
        sum = Math.addExact(sum, values.get(s).wholeNumber().orElse(0));
      }
    }
    return sum;
  }

  private static java.util.function.ToLongFunction<Slot> v(Map<Slot, CellValue> values) {
    return s -> values.get(s).wholeNumber().orElse(0);
  }

  private CellValue count(Entropy entropy, long atLeast) {
    if (atLeast == 0 && entropy.chance(blankPercent)) {
      return CellValue.blank();
    }
    return CellValue.count(entropy.between(atLeast, atLeast + maxCount));
  }

  private CellValue upTo(Entropy entropy, long max) {
    if (entropy.chance(blankPercent)) {
      return CellValue.blank();
    }
    return CellValue.count(entropy.between(0, Math.min(max, maxCount)));
  }

  private CellValue derived(Entropy entropy, long value, Equation e) {
    if (value < 0) {
      throw new IllegalStateException("Derived a negative value " + value + " from " + e);
    }
    if (value == 0 && entropy.chance(blankPercent)) {
      return CellValue.blank();
    }
    return CellValue.count(value);
  }

  private CellValue amount(Entropy entropy, CellAddress a) {
    if (entropy.chance(blankPercent)) {
      return CellValue.blank();
    }
    AxisNode column = spec.columnOf(a);
    MoneyUnit unit =
        column.declaredUnit().orElseGet(() -> entropy.pick(List.of(MoneyUnit.YUAN, MoneyUnit.TEN_THOUSAND_YUAN)));
    return CellValue.amount(BigDecimal.valueOf(entropy.between(0, maxCount * 100), 2), unit);
  }

  private CellValue change(Entropy entropy, Slot s, Map<Slot, CellValue> values) {
    long min = -maxCount;
    long max = maxCount;
    for (Equation e : nonNegative) {
      if (e.right().contains(s)) {
        long others = e.rightSum(o -> o.equals(s) ? 0 : value(values, o)) - e.leftSum(o -> value(values, o));
        min = Math.max(min, -others);
      } else if (e.left().contains(s)) {
        long others = e.rightSum(o -> value(values, o)) - e.leftSum(o -> o.equals(s) ? 0 : value(values, o));
        max = Math.min(max, others);
      }
    }
    if (max < min) {
      max = min;
    }
    if (min <= 0 && max >= 0 && entropy.chance(blankPercent)) {
      return CellValue.blank();
    }
    return CellValue.change(entropy.between(min, max));
  }

  private static long value(Map<Slot, CellValue> values, Slot s) {
    CellValue v = values.get(s);
    return v == null ? 0 : v.wholeNumber().orElse(0);
  }
}
