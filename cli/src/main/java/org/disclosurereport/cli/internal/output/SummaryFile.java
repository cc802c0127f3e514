package org.disclosurereport.cli.internal.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import org.disclosurereport.cli.internal.batch.BatchSummary;
import org.disclosurereport.cli.internal.batch.RuleTally;
import org.disclosurereport.finding.Severity;

/**
 * Writes the totals of a batch to a file for machines, as CSV or JSON ({@code --summary
 * out.csv|out.json}), with the same figures as the {@link SummaryTable}.
 *
 * <p>Both shapes are documented in {@code cli/README.md}. CSV (RFC 4180, {@code \n} line ends,
 * UTF-8) has the header {@code kind,key,count,reports}: rows of kind {@code total} give a total in
 * {@code count}; rows of kind {@code rule} give a rule id, its number of findings and the number of
 * reports it was broken in.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SummaryFile {
  /** The formats of a summary file, chosen by the file's extension. */
  public enum Kind {
    /** Comma-separated values. */
    CSV,
    /** A JSON object. */
    JSON
  }

  private SummaryFile() {}

  /**
   * Returns the kind a file name asks for.
   *
   * @param fileName the file name
   * @return the kind, empty when the extension is neither {@code .csv} nor {@code .json}
   */
  public static Optional<Kind> kindOf(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return Optional.of(Kind.CSV);
    }
    if (lower.endsWith(".json")) {
      return Optional.of(Kind.JSON);
    }
    return Optional.empty();
  }

  /**
   * Writes a summary.
   *
   * @param summary the totals
   * @param kind the format
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(BatchSummary summary, Kind kind, Writer out) throws IOException {
    if (kind == Kind.CSV) {
      csv(summary, out);
    } else {
      json(summary, out);
    }
    out.flush();
  }

  private static void csv(BatchSummary s, Writer out) throws IOException {
    out.write("kind,key,count,reports\n");
    total(out, "filesRead", s.filesRead());
    total(out, "reportsValid", s.reportsValid());
    total(out, "reportsWithErrors", s.reportsWithErrors());
    total(out, "unreadable", s.unreadable());
    total(out, "skipped", s.skipped());
    total(out, "findingsError", s.findings(Severity.ERROR));
    total(out, "findingsWarning", s.findings(Severity.WARNING));
    total(out, "findingsInfo", s.findings(Severity.INFO));
    total(out, "cells", s.cells());
    total(out, "cellsBlank", s.blankCells());
    total(out, "cellsMarked", s.markedCells());
    for (RuleTally t : s.topRules()) {
      out.write("rule," + t.ruleId() + "," + t.findings() + "," + t.reports() + "\n");
    }
  }

  private static void total(Writer out, String key, long value) throws IOException {
    out.write("total," + key + "," + value + ",\n");
  }

  /** A share rounded to four decimals (0 when there is nothing to share). */
  private static java.math.BigDecimal share(long part, long whole) {
    return whole == 0
        ? java.math.BigDecimal.ZERO
        : java.math.BigDecimal.valueOf(part)
            .divide(java.math.BigDecimal.valueOf(whole), 4, java.math.RoundingMode.HALF_EVEN);
  }

  private static void json(BatchSummary s, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeNumberField("filesRead", s.filesRead());
      g.writeNumberField("reportsValid", s.reportsValid());
      g.writeNumberField("reportsWithErrors", s.reportsWithErrors());
      g.writeNumberField("unreadable", s.unreadable());
      g.writeNumberField("skipped", s.skipped());
      Json.bySeverity(g, "findings", s::findings);
      // Blank cells and cells printed with a mark for nothing, counted apart, with their shares.
      g.writeObjectFieldStart("cells");
      g.writeNumberField("total", s.cells());
      g.writeNumberField("blank", s.blankCells());
      g.writeNumberField("marked", s.markedCells());
      g.writeNumberField("blankShare", share(s.blankCells(), s.cells()));
      g.writeNumberField("markedShare", share(s.markedCells(), s.cells()));
      g.writeEndObject();
      // Notes over the batch (a government beside those below it), on the report they are about.
      g.writeArrayFieldStart("notes");
      for (BatchSummary.Note n : s.notes()) {
        g.writeStartObject();
        g.writeStringField("source", n.source());
        g.writeStringField("ruleId", n.finding().ruleId());
        g.writeStringField("severity", n.finding().severity().name());
        g.writeStringField("messageZh", n.finding().message(Locale.SIMPLIFIED_CHINESE));
        g.writeStringField("messageEn", n.finding().message(Locale.ENGLISH));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("topRules");
      for (RuleTally t : s.topRules()) {
        g.writeStartObject();
        g.writeStringField("ruleId", t.ruleId());
        g.writeStringField("severity", t.severity().name());
        g.writeNumberField("findings", t.findings());
        g.writeNumberField("reports", t.reports());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }
}
