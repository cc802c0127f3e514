package org.disclosurereport.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Identity;
import org.disclosurereport.finding.CellCorrection;
import org.disclosurereport.finding.RepairHint;
import org.disclosurereport.validation.internal.SumRules.Evaluated;

/**
 * Finds the corrections that would repair failing sums: single cells first, and the smallest sets
 * of cells where no single cell can repair a group of failing sums.
 *
 * <p>For each cell of a failing identity, each failing identity it is in asks for one value of that
 * cell. A cell is a candidate when all of them ask for the same value, that value is allowed (a
 * count stays zero or more), and the cell is in no identity that holds (changing it would break
 * that one). A wrong total printed in a total row and total column, such as {@code （七）总计 / 自然人},
 * breaks three identities at once and is found as the one cell that repairs all three.
 *
 * <p>Failing identities that share a cell form a group. When no candidate repairs every identity of
 * a group, {@link CellSetSearch} looks for the smallest sets of cells (two, then three) whose
 * corrections together repair the group without breaking an identity that holds, such as one
 * application moved between two result rows of a column. Such a set repairs every failing identity
 * it touches, which may include identities of other groups.
 *
 * <p>Each failing identity gets the hints that repair it, best first: those that repair more
 * failing identities, then those with fewer cells.
 */
final class RepairAdvisor {
  private RepairAdvisor() {}

  /** A cell, its current value, the value that repairs the identities, and those identities. */
  private record Candidate(
      CellAddress cell, BigDecimal current, BigDecimal suggested, List<Evaluated> repairs) {}

  /** A hint and the failing identities it repairs. */
  private record Suggestion(RepairHint hint, List<Evaluated> repairs) {}

  static Map<Identity, List<RepairHint>> advise(
      EditionSpec spec, List<Evaluated> evaluated, Function<CellAddress, BigDecimal> valueOf) {
    if (evaluated.stream().noneMatch(Evaluated::fails)) {
      // Most reports add up: no index of cells to build.
      return Map.of();
    }
    Map<CellAddress, List<Evaluated>> byCell = new LinkedHashMap<>();
    for (Evaluated e : evaluated) {
      for (CellAddress c : e.identity().cells()) {
        byCell.computeIfAbsent(c, k -> new ArrayList<>()).add(e);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    Set<CellAddress> seen = new HashSet<>();
    for (Evaluated failing : evaluated) {
      if (!failing.fails()) {
        continue;
      }
      for (CellAddress cell : failing.identity().cells()) {
        if (seen.add(cell)) {
          candidate(spec, cell, byCell.get(cell), valueOf).ifPresent(candidates::add);
        }
      }
    }
    List<Suggestion> suggestions = new ArrayList<>();
    for (Candidate c : candidates) {
      suggestions.add(new Suggestion(hint(spec, c), c.repairs()));
    }
    CellSetSearch search = null;
    Set<List<CellAddress>> found = new HashSet<>();
    for (List<Evaluated> group : groups(evaluated, byCell)) {
      if (candidates.stream().anyMatch(c -> repairsAll(c, group))) {
        continue;
      }
      if (search == null) {
        search = new CellSetSearch(spec, evaluated, valueOf);
      }
      for (CellSetSearch.Solution s : search.search(group)) {
        List<CellAddress> cells = s.corrections().stream().map(CellCorrection::cell).toList();
        if (found.add(cells)) {
          suggestions.add(new Suggestion(hint(s), s.repairs()));
        }
      }
    }
    // Stable: among equals, single cells keep the order in which they were found.
    suggestions.sort(
        Comparator.comparingInt((Suggestion s) -> -s.repairs().size())
            .thenComparingInt(s -> s.hint().corrections().size()));
    Map<Identity, List<RepairHint>> hints = new LinkedHashMap<>();
    for (Suggestion s : suggestions) {
      for (Evaluated e : s.repairs()) {
        hints.computeIfAbsent(e.identity(), k -> new ArrayList<>()).add(s.hint());
      }
    }
    return hints;
  }

  /**
   * Splits the failing identities into groups connected through shared cells, in the order of their
   * first identity.
   */
  private static List<List<Evaluated>> groups(
      List<Evaluated> evaluated, Map<CellAddress, List<Evaluated>> byCell) {
    Map<Evaluated, Evaluated> parent = new IdentityHashMap<>();
    for (Evaluated e : evaluated) {
      if (e.fails()) {
        parent.put(e, e);
      }
    }
    for (List<Evaluated> sharing : byCell.values()) {
      Evaluated first = null;
      for (Evaluated e : sharing) {
        if (e.fails()) {
          if (first == null) {
            first = e;
          } else {
            parent.put(root(parent, e), root(parent, first));
          }
        }
      }
    }
    Map<Evaluated, List<Evaluated>> groups = new LinkedHashMap<>();
    for (Evaluated e : evaluated) {
      if (e.fails()) {
        groups.computeIfAbsent(root(parent, e), k -> new ArrayList<>()).add(e);
      }
    }
    return List.copyOf(groups.values());
  }

  private static Evaluated root(Map<Evaluated, Evaluated> parent, Evaluated e) {
    Evaluated r = e;
    while (parent.get(r) != r) {
      r = parent.get(r);
    }
    return r;
  }

  /** Whether a candidate repairs every identity of a group (its repairs all share its cell). */
  private static boolean repairsAll(Candidate c, List<Evaluated> group) {
    return c.repairs().size() == group.size() && group.contains(c.repairs().get(0));
  }

  private static Optional<Candidate> candidate(
      EditionSpec spec,
      CellAddress cell,
      List<Evaluated> touching,
      Function<CellAddress, BigDecimal> valueOf) {
    BigDecimal delta = null;
    for (Evaluated e : touching) {
      if (!e.fails()) {
        return Optional.empty();
      }
      // Raising a left cell by x raises (left - right) by x, raising a right cell lowers it by x:
      // this is the change that closes the identity's gap.
      BigDecimal needed = e.identity().left().contains(cell) ? e.gap().negate() : e.gap();
      if (delta == null) {
        delta = needed;
      } else if (delta.compareTo(needed) != 0) {
        return Optional.empty();
      }
    }
    BigDecimal current = valueOf.apply(cell);
    BigDecimal suggested = current.add(delta);
    if (suggested.signum() < 0 && spec.kind(cell) != CellKind.CHANGE) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(cell, current, suggested, List.copyOf(touching)));
  }

  private static RepairHint hint(EditionSpec spec, Candidate c) {
    return RepairHint.builder()
        .cell(c.cell())
        .labels(spec.label(c.cell()))
        .reported(c.current())
        .suggested(c.suggested())
        .satisfiedRules(c.repairs().size())
        .build();
  }

  private static RepairHint hint(CellSetSearch.Solution s) {
    CellCorrection first = s.corrections().get(0);
    return RepairHint.builder()
        .cell(first.cell())
        .labels(first.labels())
        .reported(first.reported())
        .suggested(first.suggested())
        .corrections(s.corrections())
        .satisfiedRules(s.repairs().size())
        .build();
  }
}
