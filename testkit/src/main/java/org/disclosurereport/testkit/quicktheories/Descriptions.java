package org.disclosurereport.testkit.quicktheories;

import java.util.StringJoiner;
import org.disclosurereport.model.AnnualReport;

/** Short descriptions of reports for failure messages. */
final class Descriptions {
  private Descriptions() {}

  /** Organ, year, edition and every non-zero cell by key; blanks and zeros left out. */
  static String describe(AnnualReport report) {
    StringJoiner cells = new StringJoiner(", ", "{", "}");
    report
        .cells()
        .forEach(
            (a, v) -> {
              if (v.decimal().map(d -> d.signum() != 0).orElse(false)) {
                cells.add(a + "=" + v);
              }
            });
    return report.metadata().organName().orElseThrow()
        + " "
        + report.metadata().reportYear().getAsInt()
        + " (edition "
        + report.edition().id()
        + ", "
        + (report.spec().cells().size() - report.cells().size())
        + " blank) "
        + cells;
  }
}
