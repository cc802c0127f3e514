package org.disclosurereport.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.testkit.Breach;

/** Evaluates equations against reports, blanks counting as zero. */
public final class Checks {
  private Checks() {}

  /**
   * Returns the relation instances that do not hold in a report.
   *
   * @param report the report
   * @return the breaches, in the order of the edition's identities
   */
  public static List<Breach> inYear(AnnualReport report) {
    return breaches(Equations.inYear(0, report.spec()), report.spec(), valueOf(report, report));
  }

  /**
   * Returns the cross-year relation instances that do not hold between two reports.
   *
   * @param previous the report of year N-1
   * @param current the report of year N
   * @return the breaches
   */
  public static List<Breach> crossYear(AnnualReport previous, AnnualReport current) {
    return breaches(
        Equations.crossYear(0, previous.edition(), 1, current.spec()),
        current.spec(),
        valueOf(previous, current));
  }

  /**
   * Returns a reader of slot values: slot 0 from the first report, 1 from the second.
   *
   * @param first report 0
   * @param second report 1
   * @return the reader
   */
  public static ToLongFunction<Slot> valueOf(AnnualReport first, AnnualReport second) {
    return s -> Equations.valueOf(s.report() == 0 ? first : second, s.address());
  }

  /**
   * Returns the breaches among the equations.
   *
   * @param equations the equations
   * @param spec the edition whose labels name the cells (year N's for cross-year equations)
   * @param value the value of each slot
   * @return the breaches
   */
  public static List<Breach> breaches(
      List<Equation> equations, EditionSpec spec, ToLongFunction<Slot> value) {
    List<Breach> out = new ArrayList<>();
    for (Equation e : equations) {
      long left = e.leftSum(value);
      long right = e.rightSum(value);
      if (left != right) {
        CellAddress cell = e.left().get(0).address();
        List<CellAddress> cells = e.slots().stream().map(Slot::address).toList();
        out.add(new Breach(e.relationId(), cell, cells, spec.label(cell), left, right, e.instance() != null));
      }
    }
    return out;
  }
}
