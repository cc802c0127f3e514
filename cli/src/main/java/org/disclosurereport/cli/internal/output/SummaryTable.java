package org.disclosurereport.cli.internal.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.disclosurereport.cli.internal.Messages;
import org.disclosurereport.cli.internal.batch.BatchSummary;
import org.disclosurereport.cli.internal.batch.RuleTally;
import org.disclosurereport.finding.Severity;

/**
 * Prints the totals of a batch as a table for people: files read, reports valid, reports with
 * errors, unreadable inputs, findings by severity, and the ten rules broken most often.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SummaryTable {
  private SummaryTable() {}

  /**
   * Prints a summary.
   *
   * @param summary the totals
   * @param out where to print
   * @param locale the language
   */
  public static void print(BatchSummary summary, PrintWriter out, Locale locale) {
    Locale l = Messages.normalize(locale);
    String[][] rows = {
      {Messages.get(l, "summary.filesRead"), String.valueOf(summary.filesRead())},
      {Messages.get(l, "summary.reportsValid"), String.valueOf(summary.reportsValid())},
      {Messages.get(l, "summary.reportsWithErrors"), String.valueOf(summary.reportsWithErrors())},
      {Messages.get(l, "summary.unreadable"), String.valueOf(summary.unreadable())},
      {Messages.get(l, "summary.skipped"), String.valueOf(summary.skipped())},
      {Messages.get(l, "summary.findingsError"), String.valueOf(summary.findings(Severity.ERROR))},
      {
        Messages.get(l, "summary.findingsWarning"),
        String.valueOf(summary.findings(Severity.WARNING))
      },
      {Messages.get(l, "summary.findingsInfo"), String.valueOf(summary.findings(Severity.INFO))},
    };
    int labelWidth = 0;
    int valueWidth = 0;
    for (String[] r : rows) {
      labelWidth = Math.max(labelWidth, TextWidth.of(r[0]));
      valueWidth = Math.max(valueWidth, TextWidth.of(r[1]));
    }
    out.println(Messages.get(l, "summary.title"));
    for (String[] r : rows) {
      out.println(
          "  " + TextWidth.padRight(r[0], labelWidth) + "  " + TextWidth.padLeft(r[1], valueWidth));
    }
    List<RuleTally> top = summary.topRules();
    if (!top.isEmpty()) {
      out.println();
      out.println(
          Messages.get(l, "summary.topRules", "count", String.valueOf(BatchSummary.TOP_RULES)));
      String[] header = {
        Messages.get(l, "summary.column.rule"),
        Messages.get(l, "summary.column.severity"),
        Messages.get(l, "summary.column.findings"),
        Messages.get(l, "summary.column.reports")
      };
      int[] w = new int[4];
      for (int i = 0; i < 4; i++) {
        w[i] = TextWidth.of(header[i]);
      }
      for (RuleTally t : top) {
        w[0] = Math.max(w[0], TextWidth.of(t.ruleId()));
        w[1] = Math.max(w[1], TextWidth.of(Messages.get(l, "severity." + t.severity().name())));
        w[2] = Math.max(w[2], String.valueOf(t.findings()).length());
        w[3] = Math.max(w[3], String.valueOf(t.reports()).length());
      }
      out.println(
          "  "
              + TextWidth.padRight(header[0], w[0])
              + "  "
              + TextWidth.padRight(header[1], w[1])
              + "  "
              + TextWidth.padLeft(header[2], w[2])
              + "  "
              + TextWidth.padLeft(header[3], w[3]));
      for (RuleTally t : top) {
        out.println(
            "  "
                + TextWidth.padRight(t.ruleId(), w[0])
                + "  "
                + TextWidth.padRight(Messages.get(l, "severity." + t.severity().name()), w[1])
                + "  "
                + TextWidth.padLeft(String.valueOf(t.findings()), w[2])
                + "  "
                + TextWidth.padLeft(String.valueOf(t.reports()), w[3]));
      }
    }
    out.flush();
  }
}
