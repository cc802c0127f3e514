package org.disclosurereport.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.CrossYearRelation;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;

/** Turns the relations of edition descriptions into equations over slots. */
public final class Equations {
  private Equations() {}

  /**
   * Returns the equation of every identity of an edition, for one report.
   *
   * @param report the index of the report
   * @param spec the edition description
   * @return the equations, in the order of {@link EditionSpec#identities()}
   */
  public static List<Equation> inYear(int report, EditionSpec spec) {
    return spec.identities().stream().map(i -> Equation.of(report, i)).toList();
  }

  /**
   * Returns the equations that link a report of year N-1 to the report of year N: every instance of
   * every cross-year relation of year N's edition that applies to year N-1's edition.
   *
   * @param previous the index of the report of year N-1
   * @param previousEdition its edition
   * @param current the index of the report of year N
   * @param currentSpec year N's edition description
   * @return the equations
   */
  public static List<Equation> crossYear(
      int previous, Edition previousEdition, int current, EditionSpec currentSpec) {
    List<Equation> out = new ArrayList<>();
    for (CrossYearRelation r : applicable(previousEdition, currentSpec)) {
      for (CrossYearRelation.Instance i : r.expand(currentSpec)) {
        out.add(Equation.of(previous, current, i));
      }
    }
    return out;
  }

  /**
   * Returns the cross-year relations of year N's edition that apply when year N-1 has the given
   * edition.
   *
   * @param previousEdition the edition of year N-1
   * @param currentSpec year N's edition description
   * @return the relations
   */
  public static List<CrossYearRelation> applicable(
      Edition previousEdition, EditionSpec currentSpec) {
    return currentSpec.crossYearRelations().stream()
        .filter(r -> r.previousEditions().contains(previousEdition))
        .filter(
            r ->
                r.expand(currentSpec).stream()
                    .allMatch(
                        i ->
                            i.terms().stream()
                                .filter(t -> t.year() == CrossYearRelation.Year.PREVIOUS)
                                .allMatch(t -> previousEdition.spec().contains(t.address()))))
        .toList();
  }

  /**
   * Returns, for each cross-year relation of an edition, the editions year N-1 may have for it to
   * apply.
   *
   * @param currentSpec year N's edition description
   * @return the editions of year N-1, by relation id
   */
  public static java.util.Map<String, List<Edition>> applicableIds(EditionSpec currentSpec) {
    java.util.Map<String, List<Edition>> out = new java.util.LinkedHashMap<>();
    for (Edition previous : Edition.values()) {
      for (CrossYearRelation r : applicable(previous, currentSpec)) {
        out.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(previous);
      }
    }
    return out;
  }

  /**
   * Returns the sums a report must keep at zero or above so that it can be year N-1 of a report of
   * the same edition: for each cross-year relation whose terms are all read from year N-1, the sum
   * of those terms (next year's value of a count).
   *
   * @param report the index of the report
   * @param spec its edition description
   * @return one equation per sum: its right side holds the positive terms, its left side the
   *     negative ones, and {@code right - left >= 0} must hold
   */
  public static List<Equation> selfChain(int report, EditionSpec spec) {
    List<Equation> out = new ArrayList<>();
    for (CrossYearRelation r : spec.crossYearRelations()) {
      boolean allPrevious =
          r.terms().stream().allMatch(t -> t.year() == CrossYearRelation.Year.PREVIOUS);
      if (!allPrevious || !r.previousEditions().contains(spec.edition())) {
        continue;
      }
      for (CrossYearRelation.Instance i : r.expand(spec)) {
        if (spec.kind(i.current()) != CellKind.COUNT) {
          continue;
        }
        List<Slot> plus = new ArrayList<>();
        List<Slot> minus = new ArrayList<>();
        for (CrossYearRelation.TermAt t : i.terms()) {
          (t.sign() > 0 ? plus : minus).add(new Slot(report, t.address()));
        }
        out.add(new Equation(r.id(), false, minus, plus, null, i));
      }
    }
    return out;
  }

  /**
   * Returns the value of a cell for sums, a blank counting as zero.
   *
   * @param report the report
   * @param address the cell
   * @return the whole number, 0 for blank
   */
  public static long valueOf(AnnualReport report, CellAddress address) {
    CellValue v = report.cell(address);
    return v.wholeNumber().orElse(0);
  }
}
