package org.disclosurereport.cli.internal.batch;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;

/**
 * The totals of a batch, added up one file at a time as results come in, so that no result needs to
 * be kept: files read, reports valid and with errors, unreadable inputs, findings by severity and
 * by rule.
 *
 * <p>Memory grows with the number of distinct rule ids only. Instances are not thread-safe: one
 * thread adds results (the batch engine hands them over in order on the calling thread).
 */
public final class BatchSummary {
  /** How many rules {@link #topRules()} lists. */
  public static final int TOP_RULES = 10;

  private long filesRead;
  private long skipped;
  private long reportsValid;
  private long reportsWithErrors;
  private long unreadable;
  private long cells;
  private long blankCells;
  private long markedCells;
  private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
  private final Map<String, long[]> byRule = new HashMap<>();
  private final Map<String, Severity> ruleSeverity = new HashMap<>();

  /**
   * Adds the result of one file.
   *
   * @param result the result
   */
  public void add(FileResult result) {
    if (result.skipped()) {
      skipped++;
      return;
    }
    if (!result.continued()) {
      filesRead++;
    }
    for (ReportOutcome outcome : result.reports()) {
      if (!outcome.readable()) {
        unreadable++;
      } else if (outcome.valid()) {
        reportsValid++;
      } else {
        reportsWithErrors++;
      }
      outcome
          .cells()
          .ifPresent(
              t -> {
                cells += t.cells();
                blankCells += t.blank();
                markedCells += t.markedCount();
              });
      Set<String> seen = new HashSet<>();
      for (Finding f : outcome.findings()) {
        bySeverity.merge(f.severity(), 1L, Long::sum);
        long[] counts = byRule.computeIfAbsent(f.ruleId(), k -> new long[2]);
        counts[0]++;
        if (seen.add(f.ruleId())) {
          counts[1]++;
        }
        ruleSeverity.merge(f.ruleId(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
  }

  /**
   * A finding about a batch rather than one report, and the report it is noted on.
   *
   * @param source the report's source
   * @param finding the finding
   */
  public record Note(String source, Finding finding) {
    /** Creates the value. */
    public Note {
      java.util.Objects.requireNonNull(source);
      java.util.Objects.requireNonNull(finding);
    }
  }

  private final List<Note> notes = new java.util.ArrayList<>();

  /**
   * Adds findings about a batch rather than one report (each counted as one report's finding, for
   * the rule tally): the notes on governments and those directly below them.
   *
   * @param batchNotes the notes, one per report they are about
   */
  public void addNotes(List<Note> batchNotes) {
    notes.addAll(batchNotes);
    for (Note n : batchNotes) {
      Finding f = n.finding();
      bySeverity.merge(f.severity(), 1L, Long::sum);
      long[] counts = byRule.computeIfAbsent(f.ruleId(), k -> new long[2]);
      counts[0]++;
      counts[1]++;
      ruleSeverity.merge(f.ruleId(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
  }

  /**
   * @return the notes added by {@link #addNotes}, in the order added
   */
  public List<Note> notes() {
    return List.copyOf(notes);
  }

  /**
   * @return the number of files read (every file named or found, except those passed over)
   */
  public long filesRead() {
    return filesRead;
  }

  /**
   * @return the number of files passed over while walking directories
   */
  public long skipped() {
    return skipped;
  }

  /**
   * @return the number of reports read without any ERROR finding
   */
  public long reportsValid() {
    return reportsValid;
  }

  /**
   * @return the number of reports read with at least one ERROR finding
   */
  public long reportsWithErrors() {
    return reportsWithErrors;
  }

  /**
   * @return the number of inputs from which no report could be read
   */
  public long unreadable() {
    return unreadable;
  }

  /**
   * @return the number of table cells of the reports read (each report counts every cell of its
   *     edition)
   */
  public long cells() {
    return cells;
  }

  /**
   * @return the number of those cells left blank with nothing printed in them
   */
  public long blankCells() {
    return blankCells;
  }

  /**
   * @return the number of those cells left blank with a mark for nothing printed ({@code /} and the
   *     like)
   */
  public long markedCells() {
    return markedCells;
  }

  /**
   * Returns the number of findings of a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public long findings(Severity severity) {
    return bySeverity.getOrDefault(severity, 0L);
  }

  /**
   * Returns the rules broken most often, by number of findings (ties by rule id), at most {@link
   * #TOP_RULES}.
   *
   * @return the tallies, most frequent first
   */
  public List<RuleTally> topRules() {
    return byRule.entrySet().stream()
        .map(
            e ->
                new RuleTally(
                    e.getKey(), ruleSeverity.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
        .sorted(
            Comparator.comparingLong(RuleTally::findings)
                .reversed()
                .thenComparing(RuleTally::ruleId))
        .limit(TOP_RULES)
        .toList();
  }
}
