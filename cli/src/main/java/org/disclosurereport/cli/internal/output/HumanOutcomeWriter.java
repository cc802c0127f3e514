package org.disclosurereport.cli.internal.output;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.disclosurereport.cli.internal.Messages;
import org.disclosurereport.cli.internal.Terminal;
import org.disclosurereport.cli.internal.batch.ReportIdentity;
import org.disclosurereport.cli.internal.batch.ReportOutcome;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.finding.RepairHint;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.validation.FindingGroup;
import org.disclosurereport.validation.FindingGroups;

/**
 * Prints outcomes for people: one heading per report, then its findings under the official headings
 * of their sections, each with the official labels of its cell, the reported and expected values
 * and the repair hints, in Chinese or English.
 *
 * <p>By default the first screen shows what matters: findings of one rule that cover a column, a
 * row or a table are printed as one group ({@link FindingGroups}), and errors come before warnings
 * and information, each by section. Verbose output lists every finding by section.
 *
 * <p>Section headings and cell labels come from the edition description, never from this class.
 * Instances are used from one thread.
 */
public final class HumanOutcomeWriter implements OutcomeSink {
  /** The longest line printed; a message quoting more of an input is cut, its length said. */
  static final int MAX_LINE = 1000;

  private static final String INDENT = "  ";

  private final PrintWriter out;
  private final Locale locale;
  private final boolean quietValid;
  private final boolean verbose;

  /**
   * Creates a writer.
   *
   * @param out where to print
   * @param locale the language
   * @param quietValid whether to leave out reports that are valid and have no findings (for long
   *     batches)
   */
  public HumanOutcomeWriter(PrintWriter out, Locale locale, boolean quietValid) {
    this(out, locale, quietValid, false);
  }

  /**
   * Creates a writer.
   *
   * @param out where to print
   * @param locale the language
   * @param quietValid whether to leave out reports that are valid and have no findings
   * @param verbose whether to list every finding by section instead of grouping them
   */
  public HumanOutcomeWriter(PrintWriter out, Locale locale, boolean quietValid, boolean verbose) {
    this.out = out;
    this.locale = Messages.normalize(locale);
    this.quietValid = quietValid;
    this.verbose = verbose;
  }

  @Override
  public boolean prints(ReportOutcome outcome) {
    return !(quietValid && outcome.valid() && outcome.findings().isEmpty());
  }

  @Override
  public void accept(ReportOutcome outcome) {
    if (!prints(outcome)) {
      return;
    }
    line(heading(outcome));
    EditionSpec spec = outcome.identity().map(ReportIdentity::edition).orElse(Edition.V2021).spec();
    if (!verbose) {
      printGrouped(outcome, spec);
      out.flush();
      return;
    }
    for (Map.Entry<Optional<SectionId>, List<Finding>> group :
        bySection(outcome.findings(), spec).entrySet()) {
      line(
          INDENT
              + group
                  .getKey()
                  .map(s -> sectionHeading(spec, s))
                  .orElseGet(() -> msg("human.wholeReport")));
      for (Finding f : group.getValue()) {
        printFinding(f);
      }
    }
    out.flush();
  }

  /**
   * Groups first within each severity; errors, then warnings, then information; by section within
   * each severity.
   */
  private void printGrouped(ReportOutcome outcome, EditionSpec spec) {
    FindingGroups groups =
        outcome.readable()
            ? FindingGroups.of(spec, outcome.findings())
            : FindingGroups.of(spec, List.of());
    List<Finding> single = outcome.readable() ? groups.ungrouped() : outcome.findings();
    for (Severity severity : Severity.values()) {
      Map<Optional<SectionId>, List<Object>> bySection = new LinkedHashMap<>();
      bySection.put(Optional.empty(), new ArrayList<>());
      for (SectionId s : SectionId.values()) {
        bySection.put(Optional.of(s), new ArrayList<>());
      }
      for (FindingGroup g : groups.groups()) {
        if (g.severity() == severity) {
          bySection.get(Optional.of(g.section())).add(g);
        }
      }
      for (Finding f : single) {
        if (f.severity() == severity) {
          bySection.get(sectionOf(f.location(), spec)).add(f);
        }
      }
      for (Map.Entry<Optional<SectionId>, List<Object>> e : bySection.entrySet()) {
        if (e.getValue().isEmpty()) {
          continue;
        }
        out.println(
            INDENT
                + e.getKey()
                    .map(s -> sectionHeading(spec, s))
                    .orElseGet(() -> msg("human.wholeReport")));
        for (Object item : e.getValue()) {
          if (item instanceof FindingGroup g) {
            printGroup(g);
          } else {
            printFinding((Finding) item);
          }
        }
      }
    }
  }

  private void printGroup(FindingGroup g) {
    String pad = INDENT + INDENT;
    out.println(
        pad
            + msg("severity." + g.severity().name())
            + ' '
            + g.ruleId()
            + ' '
            + msg("human.group", "count", String.valueOf(g.count())));
    out.println(pad + INDENT + g.message(locale));
  }

  private String heading(ReportOutcome o) {
    String status = status(o);
    if (o.identity().isEmpty()) {
      return msg("human.unreadableHeading", "source", o.source(), "status", status);
    }
    ReportIdentity id = o.identity().get();
    return msg(
        "human.heading",
        "source",
        o.source(),
        "organ",
        id.organ().orElse(msg("human.noOrgan")),
        "year",
        id.year().isPresent() ? String.valueOf(id.year().getAsInt()) : msg("human.noYear"),
        "edition",
        id.edition().id(),
        "status",
        status);
  }

  private String status(ReportOutcome o) {
    if (!o.readable()) {
      return msg("human.status.unreadable");
    }
    List<String> parts = new ArrayList<>();
    long errors = o.count(Severity.ERROR);
    long warnings = o.count(Severity.WARNING);
    long infos = o.count(Severity.INFO);
    parts.add(o.valid() ? msg("human.status.valid") : msg("human.status.invalid"));
    if (errors > 0) {
      parts.add(msg("human.count.error", "count", String.valueOf(errors)));
    }
    if (warnings > 0) {
      parts.add(msg("human.count.warning", "count", String.valueOf(warnings)));
    }
    if (infos > 0) {
      parts.add(msg("human.count.info", "count", String.valueOf(infos)));
    }
    return String.join(msg("human.listSeparator"), parts);
  }

  private static Map<Optional<SectionId>, List<Finding>> bySection(
      List<Finding> findings, EditionSpec spec) {
    Map<Optional<SectionId>, List<Finding>> groups = new LinkedHashMap<>();
    // Whole-report findings first, then sections in printed order.
    groups.put(Optional.empty(), new ArrayList<>());
    for (SectionId s : SectionId.values()) {
      groups.put(Optional.of(s), new ArrayList<>());
    }
    for (Finding f : findings) {
      groups.get(sectionOf(f.location(), spec)).add(f);
    }
    groups.values().removeIf(List::isEmpty);
    return groups;
  }

  /**
   * The section of a location: as stated, else that of its table, else that of the table or text
   * member its JSON Pointer names (readers locate by pointer).
   */
  static Optional<SectionId> sectionOf(FindingLocation loc, EditionSpec spec) {
    if (loc.section().isPresent()) {
      return loc.section();
    }
    Optional<String> table =
        loc.table().or(() -> loc.jsonPointer().flatMap(HumanOutcomeWriter::tableOfPointer));
    if (table.isPresent()) {
      return spec.table(table.get()).map(t -> t.section());
    }
    Optional<String> first = loc.jsonPointer().flatMap(p -> segment(p, 0));
    if (first.isPresent()) {
      for (SectionId id : SectionId.values()) {
        if (!spec.section(id).hasTables() && id.key().equals(first.get())) {
          return Optional.of(id);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> tableOfPointer(JsonPointer pointer) {
    return segment(pointer, 0).filter("tables"::equals).flatMap(t -> segment(pointer, 1));
  }

  private static Optional<String> segment(JsonPointer pointer, int index) {
    return pointer.depth() > index && !pointer.token(index).isEmpty()
        ? Optional.of(pointer.token(index))
        : Optional.empty();
  }

  private String sectionHeading(EditionSpec spec, SectionId id) {
    var section = spec.section(id);
    return msg(
        "human.section",
        "numberEn",
        section.number(),
        "nameEn",
        section.englishName(),
        "heading",
        section.numberedHeading());
  }

  private void printFinding(Finding f) {
    String pad = INDENT + INDENT;
    String more = pad + INDENT;
    StringBuilder first =
        new StringBuilder(pad)
            .append(msg("severity." + f.severity().name()))
            .append(' ')
            .append(f.ruleId());
    where(f.location()).ifPresent(w -> first.append(' ').append(w));
    line(first);
    line(more + f.message(locale));
    values(f).ifPresent(v -> line(more + v));
    f.location()
        .sourceText()
        .filter(t -> !t.isBlank())
        .ifPresent(t -> line(more + msg("human.found", "text", abbreviate(t))));
    for (RepairHint hint : f.hints()) {
      line(more + msg("human.hint", "hint", hint.message(locale)));
    }
  }

  private Optional<String> where(FindingLocation loc) {
    List<String> parts = new ArrayList<>();
    loc.labels().ifPresent(l -> parts.add(msg("human.labels", "labels", l)));
    if (loc.labels().isEmpty()) {
      loc.jsonPointer().ifPresent(p -> parts.add(p.toString()));
    }
    if (loc.line().isPresent()) {
      parts.add(
          loc.columnNumber().isPresent()
              ? msg(
                  "human.lineColumn",
                  "line",
                  String.valueOf(loc.line().getAsInt()),
                  "column",
                  String.valueOf(loc.columnNumber().getAsInt()))
              : msg("human.line", "line", String.valueOf(loc.line().getAsInt())));
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
  }

  private Optional<String> values(Finding f) {
    if (f.reported().isEmpty() && f.expected().isEmpty()) {
      return Optional.empty();
    }
    if (f.reported().isPresent() && f.expected().isPresent()) {
      return Optional.of(
          msg(
              "human.reportedExpected",
              "reported",
              plain(f.reported().get()),
              "expected",
              plain(f.expected().get()),
              "difference",
              signed(f.difference().orElse(BigDecimal.ZERO))));
    }
    return f.reported().isPresent()
        ? Optional.of(msg("human.reported", "reported", plain(f.reported().get())))
        : Optional.of(msg("human.expected", "expected", plain(f.expected().get())));
  }

  private static String plain(BigDecimal d) {
    return d.toPlainString();
  }

  private static String signed(BigDecimal d) {
    return d.signum() > 0 ? "+" + d.toPlainString() : d.toPlainString();
  }

  private static String abbreviate(String s) {
    String start = s.length() > 1000 ? s.substring(0, 1000) : s;
    String one = start.replaceAll("\\s+", " ").strip();
    return one.length() > 80 || start.length() < s.length()
        ? one.substring(0, Math.min(80, one.length())) + "… (" + s.length() + " characters)"
        : one;
  }

  /**
   * Prints one line, bounded and with every control character escaped: text from an input (an organ
   * name with ESC or a line break, a huge cell quoted in a message) can neither drive the terminal
   * nor forge a line.
   */
  private void line(Object text) {
    out.println(Terminal.escape(Messages.bounded(String.valueOf(text), MAX_LINE)));
  }

  private String msg(String key, Object... namesAndValues) {
    return Messages.get(locale, key, namesAndValues);
  }

  @Override
  public void close() {
    out.flush();
  }
}
