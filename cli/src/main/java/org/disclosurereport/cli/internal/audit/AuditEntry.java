package org.disclosurereport.cli.internal.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosurereport.cli.internal.batch.CellTally;
import org.disclosurereport.cli.internal.batch.ReportOutcome;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;

/**
 * What the audit dashboard keeps of one report: who and what, the verdict, the counts, the rules
 * broken, the first findings, and the report's table cells as compact text with the positions of
 * the cells findings point at, so that the dashboard can show the report in the official layout
 * without holding the report.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source where the report came from
 * @param organ the organ's name, empty when unreadable or not named
 * @param year the report year, 0 when unreadable or not stated
 * @param edition the edition id, empty when unreadable
 * @param level the organ's level, empty when not stated
 * @param kind the organ's kind, empty when not stated
 * @param verdict 0 valid, 1 with errors, 2 unreadable
 * @param errors the number of ERROR findings
 * @param warnings the number of WARNING findings
 * @param infos the number of INFO findings
 * @param rules the ids of the rules with a finding, in first-found order
 * @param top the first findings, errors first: rule id, severity letter, message
 * @param cells the values of the edition's cells in printed order, comma-separated: blank empty,
 *     {@code /} for a blank cell printed with a mark for nothing
 * @param broken the positions, in the edition's cells, of cells that ERROR or WARNING findings
 *     point at
 */
public record AuditEntry(
    String source,
    String organ,
    int year,
    String edition,
    String level,
    String kind,
    int verdict,
    int errors,
    int warnings,
    int infos,
    List<String> rules,
    List<List<String>> top,
    String cells,
    List<Integer> broken) {

  /** How many findings a row of the dashboard shows. */
  static final int TOP = 3;

  /** Creates an entry; lists are copied. */
  public AuditEntry {
    rules = List.copyOf(rules);
    top = List.copyOf(top);
    broken = List.copyOf(broken);
  }

  /**
   * Returns the entry of an outcome.
   *
   * @param outcome the outcome
   * @param report the report read, empty when unreadable
   * @param locale the language of messages
   * @param index the positions of each edition's cells, from {@link #cellIndex}
   * @return the entry
   */
  public static AuditEntry of(
      ReportOutcome outcome,
      Optional<AnnualReport> report,
      java.util.Locale locale,
      Map<CellAddress, Integer> index) {
    int errors = (int) outcome.count(Severity.ERROR);
    int warnings = (int) outcome.count(Severity.WARNING);
    int infos = (int) outcome.count(Severity.INFO);
    Set<String> rules = new LinkedHashSet<>();
    List<Finding> ordered = new ArrayList<>(outcome.findings());
    ordered.sort(java.util.Comparator.comparing(Finding::severity));
    List<List<String>> top = new ArrayList<>();
    Set<Integer> broken = new LinkedHashSet<>();
    for (Finding f : ordered) {
      rules.add(f.ruleId());
      if (top.size() < TOP) {
        top.add(
            List.of(
                f.ruleId(), f.severity().name().substring(0, 1), abbreviate(f.message(locale))));
      }
      if (f.severity() != Severity.INFO) {
        cellOf(f.location()).map(index::get).ifPresent(broken::add);
      }
    }
    int verdict = !outcome.readable() ? 2 : errors > 0 ? 1 : 0;
    if (report.isEmpty()) {
      return new AuditEntry(
          outcome.source(),
          "",
          0,
          "",
          "",
          "",
          verdict,
          errors,
          warnings,
          infos,
          List.copyOf(rules),
          top,
          "",
          List.of());
    }
    AnnualReport r = report.get();
    EditionSpec spec = r.spec();
    StringBuilder cells = new StringBuilder(spec.cells().size() * 3);
    Map<CellAddress, CellValue> values = r.cells();
    java.util.Set<CellAddress> marked =
        outcome.cells().map(CellTally::marked).orElse(java.util.Set.of());
    boolean first = true;
    for (CellAddress a : spec.cells()) {
      if (!first) {
        cells.append(',');
      }
      first = false;
      CellValue v = values.get(a);
      if (v instanceof CellValue.Count c) {
        cells.append(c.value());
      } else if (v instanceof CellValue.Change c) {
        cells.append(c.value());
      } else if (v instanceof CellValue.Amount amount) {
        cells.append(amount.decimal().orElseThrow().toPlainString()).append(amount.unit().symbol());
      } else if (marked.contains(a)) {
        cells.append('/');
      }
    }
    return new AuditEntry(
        outcome.source(),
        r.metadata().organName().orElse(""),
        r.metadata().reportYear().orElse(0),
        r.edition().id(),
        r.metadata().organLevel().map(Enum::name).orElse(""),
        r.metadata().organKind().map(Enum::name).orElse(""),
        verdict,
        errors,
        warnings,
        infos,
        List.copyOf(rules),
        top,
        cells.toString(),
        List.copyOf(broken));
  }

  /**
   * Returns this entry with a note over the batch about its report counted in: its severity's
   * count, its rule, and among the first findings when there is room.
   *
   * @param note the finding
   * @param locale the language of its message
   * @return the entry
   */
  public AuditEntry withNote(Finding note, java.util.Locale locale) {
    Set<String> allRules = new LinkedHashSet<>(rules);
    allRules.add(note.ruleId());
    List<List<String>> allTop = new ArrayList<>(top);
    if (allTop.size() < TOP) {
      allTop.add(
          List.of(
              note.ruleId(),
              note.severity().name().substring(0, 1),
              abbreviate(note.message(locale))));
    }
    return new AuditEntry(
        source,
        organ,
        year,
        edition,
        level,
        kind,
        verdict,
        errors + (note.severity() == Severity.ERROR ? 1 : 0),
        warnings + (note.severity() == Severity.WARNING ? 1 : 0),
        infos + (note.severity() == Severity.INFO ? 1 : 0),
        List.copyOf(allRules),
        allTop,
        cells,
        broken);
  }

  /**
   * Returns the position of each cell of an edition in its printed order.
   *
   * @param spec the edition description
   * @return the positions
   */
  public static Map<CellAddress, Integer> cellIndex(EditionSpec spec) {
    Map<CellAddress, Integer> m = new java.util.HashMap<>();
    for (CellAddress a : spec.cells()) {
      m.put(a, m.size());
    }
    return m;
  }

  private static Optional<CellAddress> cellOf(FindingLocation l) {
    if (l.table().isPresent() && l.row().isPresent() && l.column().isPresent()) {
      return Optional.of(CellAddress.of(l.table().get(), l.row().get(), l.column().get()));
    }
    return Optional.empty();
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() > 140 ? one.substring(0, 140) + "…" : one;
  }
}
