package org.disclosurereport.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
import org.disclosurereport.validation.RepairHint;
import org.disclosurereport.validation.internal.SumRules.Evaluated;

/**
 * Finds the single cells whose correction would repair failing sums.
 *
 * <p>For each cell of a failing identity, each failing identity it is in asks for one value of
 * that cell. A cell is a candidate when all of them ask for the same value, that value is allowed
 * (a count stays zero or more), and the cell is in no identity that holds (changing it would break
 * that one). Candidates are ranked by the number of failing identities they repair, and each
 * failing identity gets the candidates that repair it, best first. A wrong total printed in a
 * total row and total column, such as {@code （七）总计 / 自然人}, breaks three identities at once and
 * is found as the one cell that repairs all three.
 */
final class RepairAdvisor {
  private RepairAdvisor() {}

  /** A cell, its current value, the value that repairs the identities, and those identities. */
  private record Candidate(
      CellAddress cell, BigDecimal current, BigDecimal suggested, List<Evaluated> repairs) {}

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
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.repairs().size()).reversed());
    Map<Identity, List<RepairHint>> hints = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      RepairHint hint = hint(spec, c);
      for (Evaluated e : c.repairs()) {
        hints.computeIfAbsent(e.identity(), k -> new ArrayList<>()).add(hint);
      }
    }
    return hints;
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
    int n = c.repairs().size();
    Message m =
        Message.of(
            n == 1 ? "hint.one" : "hint.many",
            "labels",
            spec.label(c.cell()),
            "reported",
            CellReader.plain(c.current()),
            "suggested",
            CellReader.plain(c.suggested()),
            "count",
            n);
    return RepairHint.builder()
        .cell(c.cell())
        .labels(spec.label(c.cell()))
        .reported(c.current())
        .suggested(c.suggested())
        .satisfiedRules(n)
        .messageZh(m.zh())
        .messageEn(m.en())
        .build();
  }
}
