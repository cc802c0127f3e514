package org.disclosurereport.validation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.finding.CellCorrection;
import org.disclosurereport.validation.internal.SumRules.Evaluated;

/**
 * Finds the smallest sets of cells whose corrections, made together, repair a group of failing sums
 * that no single cell can repair: for example one application moved between two result rows of a
 * column, which leaves the column adding up but breaks the totals of both rows, where correcting
 * either row alone would break the column.
 *
 * <p>The sums are linear in the cells. For a set S of cells, the changes x<sub>c</sub> must close
 * the gap of every failing sum that S touches and keep every sum that holds and that S touches at
 * zero; {@link LinearSystem} solves these equations exactly. A set is accepted when the solution is
 * unique (a set with a free unknown is never needed: setting it to zero gives a smaller set that
 * does the same), changes every cell of S, keeps counts whole and zero or more, and repairs every
 * sum of the group. Sets of two cells are tried first and sets of three only when no pair works;
 * the sets found are ranked by their total absolute change, then by the printed order of their
 * cells.
 *
 * <p>The search is bounded so that it always finishes fast, whatever the report: at most {@value
 * #MAX_CELLS} cells per set, drawn from a pool of at most {@value #MAX_POOL} cells of the failing
 * sums (those in most failing sums first, then those of the group), groups of at most 64 failing
 * sums, and at most {@value #MAX_ALTERNATIVES} sets reported per group.
 *
 * <p>One instance serves the groups of one validation; it is not shared between threads.
 */
final class CellSetSearch {
  /** The largest set of cells tried. */
  static final int MAX_CELLS = 3;

  /** The largest number of cells the sets are drawn from. */
  static final int MAX_POOL = 64;

  /** The largest number of sets reported for one group. */
  static final int MAX_ALTERNATIVES = 3;

  /**
   * A set of corrections and the failing sums it repairs.
   *
   * @param corrections the cells to change, in printed order
   * @param repairs the failing sums repaired, in the order of the edition's identities
   * @param cost the total absolute change
   */
  record Solution(List<CellCorrection> corrections, List<Evaluated> repairs, BigDecimal cost) {}

  private final EditionSpec spec;
  private final List<Evaluated> evaluated;
  private final Function<CellAddress, BigDecimal> valueOf;
  private final Map<CellAddress, List<Integer>> identitiesOf = new HashMap<>();
  private final Map<CellAddress, Integer> failingCount = new LinkedHashMap<>();
  private final Map<CellAddress, Integer> printed = new HashMap<>();

  CellSetSearch(
      EditionSpec spec, List<Evaluated> evaluated, Function<CellAddress, BigDecimal> valueOf) {
    this.spec = spec;
    this.evaluated = evaluated;
    this.valueOf = valueOf;
    for (int i = 0; i < evaluated.size(); i++) {
      Evaluated e = evaluated.get(i);
      for (CellAddress c : new LinkedHashSet<>(e.identity().cells())) {
        identitiesOf.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
        if (e.fails()) {
          failingCount.merge(c, 1, Integer::sum);
        }
      }
    }
    List<CellAddress> all = spec.cells();
    for (int i = 0; i < all.size(); i++) {
      printed.put(all.get(i), i);
    }
  }

  /**
   * Returns the smallest sets of cells that repair every sum of a group, best first.
   *
   * @param group failing sums, connected through shared cells
   * @return at most {@value #MAX_ALTERNATIVES} solutions of the smallest size found; empty when no
   *     set of up to {@value #MAX_CELLS} cells of the pool repairs the group
   */
  List<Solution> search(List<Evaluated> group) {
    if (group.isEmpty() || group.size() > Long.SIZE) {
      return List.of();
    }
    Map<Evaluated, Integer> bit = new IdentityHashMap<>();
    for (Evaluated e : group) {
      bit.put(e, bit.size());
    }
    Set<CellAddress> groupCells = new LinkedHashSet<>();
    group.forEach(e -> groupCells.addAll(e.identity().cells()));
    List<CellAddress> pool =
        failingCount.keySet().stream()
            .sorted(
                Comparator.comparingInt((CellAddress c) -> -failingCount.get(c))
                    .thenComparing(c -> !groupCells.contains(c))
                    .thenComparingInt(this::printedIndex))
            .limit(MAX_POOL)
            .sorted(Comparator.comparingInt(this::printedIndex))
            .toList();
    long[] covers = new long[pool.size()];
    for (int p = 0; p < pool.size(); p++) {
      for (int i : identitiesOf.get(pool.get(p))) {
        Integer b = bit.get(evaluated.get(i));
        if (b != null) {
          covers[p] |= 1L << b;
        }
      }
    }
    long all = group.size() == Long.SIZE ? -1L : (1L << group.size()) - 1;
    int[] reach = Arrays.stream(covers).mapToInt(Long::bitCount).sorted().toArray();
    for (int size = 2; size <= MAX_CELLS; size++) {
      // The cells that touch most sums of the group cannot touch them all: no set of this size can.
      int most = 0;
      for (int k = 1; k <= size && k <= reach.length; k++) {
        most += reach[reach.length - k];
      }
      if (most < group.size()) {
        continue;
      }
      List<Solution> found = new ArrayList<>();
      combine(pool, covers, all, new int[size], 0, 0, 0L, found);
      if (!found.isEmpty()) {
        found.sort(Comparator.comparing(Solution::cost));
        return List.copyOf(found.subList(0, Math.min(MAX_ALTERNATIVES, found.size())));
      }
    }
    return List.of();
  }

  /**
   * Tries every set of {@code chosen.length} pool cells, in printed order, that covers the group.
   */
  private void combine(
      List<CellAddress> pool,
      long[] covers,
      long all,
      int[] chosen,
      int depth,
      int from,
      long covered,
      List<Solution> found) {
    if (depth == chosen.length) {
      if (covered == all) {
        List<CellAddress> cells = new ArrayList<>(chosen.length);
        for (int p : chosen) {
          cells.add(pool.get(p));
        }
        solve(cells).ifPresent(found::add);
      }
      return;
    }
    for (int p = from; p <= pool.size() - (chosen.length - depth); p++) {
      chosen[depth] = p;
      combine(pool, covers, all, chosen, depth + 1, p + 1, covered | covers[p], found);
    }
  }

  /** Solves the equations of one set of cells, or returns empty when the set does not work. */
  private Optional<Solution> solve(List<CellAddress> cells) {
    Map<Integer, Integer> touches = new TreeMap<>();
    for (CellAddress c : cells) {
      for (int i : identitiesOf.get(c)) {
        touches.merge(i, 1, Integer::sum);
      }
    }
    List<Integer> rows = new ArrayList<>(touches.size());
    for (Map.Entry<Integer, Integer> t : touches.entrySet()) {
      // A sum that holds and that one cell of the set is in would break: no need to solve.
      if (t.getValue() < 2 && !evaluated.get(t.getKey()).fails()) {
        return Optional.empty();
      }
      rows.add(t.getKey());
    }
    long[][] a = new long[rows.size()][cells.size()];
    BigDecimal[] b = new BigDecimal[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      Evaluated e = evaluated.get(rows.get(r));
      for (int j = 0; j < cells.size(); j++) {
        a[r][j] = coefficient(e, cells.get(j));
      }
      // Changing the cells by x changes left minus right by a·x; it must become zero.
      b[r] = e.fails() ? e.gap().negate() : BigDecimal.ZERO;
    }
    Optional<List<BigDecimal>> x = LinearSystem.solveUnique(a, b);
    if (x.isEmpty()) {
      return Optional.empty();
    }
    List<CellCorrection> corrections = new ArrayList<>(cells.size());
    BigDecimal cost = BigDecimal.ZERO;
    for (int j = 0; j < cells.size(); j++) {
      Optional<CellCorrection> c = correction(cells.get(j), x.get().get(j));
      if (c.isEmpty()) {
        return Optional.empty();
      }
      corrections.add(c.get());
      cost = cost.add(c.get().change().abs());
    }
    List<Evaluated> repairs = rows.stream().map(evaluated::get).filter(Evaluated::fails).toList();
    return Optional.of(new Solution(List.copyOf(corrections), repairs, cost));
  }

  /** The correction of one cell by a change, unless the change is zero or not allowed. */
  private Optional<CellCorrection> correction(CellAddress cell, BigDecimal change) {
    if (change.signum() == 0) {
      return Optional.empty();
    }
    CellKind kind = spec.kind(cell);
    if (kind != CellKind.AMOUNT) {
      if (change.stripTrailingZeros().scale() > 0) {
        return Optional.empty();
      }
      change = change.setScale(0, RoundingMode.UNNECESSARY);
    }
    BigDecimal current = valueOf.apply(cell);
    BigDecimal suggested = current.add(change);
    if (suggested.signum() < 0 && kind != CellKind.CHANGE) {
      return Optional.empty();
    }
    return Optional.of(
        CellCorrection.builder()
            .cell(cell)
            .labels(spec.label(cell))
            .reported(current)
            .suggested(suggested)
            .build());
  }

  /** How often a cell is on the left side of a sum minus how often it is on the right. */
  private static long coefficient(Evaluated e, CellAddress cell) {
    return e.identity().left().stream().filter(cell::equals).count()
        - e.identity().right().stream().filter(cell::equals).count();
  }

  private int printedIndex(CellAddress cell) {
    return printed.getOrDefault(cell, Integer.MAX_VALUE);
  }
}
