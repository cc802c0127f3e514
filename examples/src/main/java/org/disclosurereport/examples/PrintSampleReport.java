package org.disclosurereport.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.testkit.samples.SampleReports;

/**
 * Prints the sample report's tables, one line per row, every label taken from the edition
 * description: {@code mvn -q -pl examples -am package exec:java -DskipTests}.
 */
public final class PrintSampleReport {
  private PrintSampleReport() {}

  /**
   * Prints the sample report to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    print(SampleReports.luoning2020(), out);
  }

  /**
   * Prints a report's metadata and tables.
   *
   * @param report the report
   * @param out where to print
   */
  public static void print(AnnualReport report, PrintStream out) {
    EditionSpec spec = report.spec();
    out.println(report.metadata().title().orElse(report.metadata().organName().orElse("")));
    out.println(
        "edition "
            + spec.edition().id()
            + " ("
            + spec.noticeNumber()
            + "), report year "
            + report.metadata().reportYear().getAsInt());
    for (SectionSpec section : spec.sections()) {
      out.println();
      out.println(section.numberedHeading());
      for (TableSpec table : spec.tables(section.id())) {
        table.caption().ifPresent(out::println);
        List<String> header = new ArrayList<>();
        header.add(table.rowHeaderLabel().orElse(""));
        for (AxisNode column : table.columnLeaves()) {
          header.add(String.join("/", column.qualifiedLabels()));
        }
        out.println(String.join(" | ", header));
        for (AxisNode row : table.rowLeaves()) {
          List<String> line = new ArrayList<>();
          line.add(String.join(" ", row.qualifiedLabels()));
          for (AxisNode column : table.columnLeaves()) {
            line.add(report.cell(CellAddress.of(table.key(), row.key(), column.key())).toString());
          }
          out.println(String.join(" | ", line));
        }
      }
    }
  }
}
