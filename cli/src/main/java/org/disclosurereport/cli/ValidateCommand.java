package org.disclosurereport.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.disclosurereport.cli.internal.Messages;
import org.disclosurereport.cli.internal.Terminal;
import org.disclosurereport.cli.internal.audit.AuditDashboard;
import org.disclosurereport.cli.internal.audit.AuditEntry;
import org.disclosurereport.cli.internal.batch.BatchEngine;
import org.disclosurereport.cli.internal.batch.BatchSummary;
import org.disclosurereport.cli.internal.batch.CellTally;
import org.disclosurereport.cli.internal.batch.FileResult;
import org.disclosurereport.cli.internal.batch.ProgressBar;
import org.disclosurereport.cli.internal.batch.ProgressListener;
import org.disclosurereport.cli.internal.batch.ReportIdentity;
import org.disclosurereport.cli.internal.batch.ReportOutcome;
import org.disclosurereport.cli.internal.input.InputItem;
import org.disclosurereport.cli.internal.input.InputWalker;
import org.disclosurereport.cli.internal.input.JsonLinesSplitter;
import org.disclosurereport.cli.internal.io.BlankPolicyConverter;
import org.disclosurereport.cli.internal.io.InputLoader;
import org.disclosurereport.cli.internal.io.JsonLines;
import org.disclosurereport.cli.internal.io.Loaded;
import org.disclosurereport.cli.internal.io.OutputTargets;
import org.disclosurereport.cli.internal.io.ReportChecker;
import org.disclosurereport.cli.internal.output.HumanOutcomeWriter;
import org.disclosurereport.cli.internal.output.JsonOutcomeWriter;
import org.disclosurereport.cli.internal.output.OutcomeSink;
import org.disclosurereport.cli.internal.output.SummaryFile;
import org.disclosurereport.cli.internal.output.SummaryTable;
import org.disclosurereport.document.EditionPolicy;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.io.AtomicFiles;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.SubordinateOrgans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code disclosure validate FILE|DIR...}: reads every input (JSON, XML, HTML or text, recognised
 * by content), checks each report against the rules of its edition, and prints the findings.
 *
 * <p>Directories are walked recursively and files processed in parallel on all cores with bounded
 * memory (see {@link BatchEngine}); one bad file never stops the batch. With more than one file, or
 * a directory, a summary table follows the findings.
 *
 * <p>Exit codes: {@link ExitCodes#OK} when no report has an ERROR, {@link ExitCodes#ERRORS} when
 * one has, {@link ExitCodes#UNREADABLE} when an input could not be read at all or the command line
 * was wrong.
 */
@Command(name = "validate", sortOptions = false, usageHelpAutoWidth = false)
final class ValidateCommand implements Callable<Integer> {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      descriptionKey = "help")
  boolean help;

  /** The output forms of {@code --output}. */
  enum Output {
    /** For people. */
    TEXT,
    /** The documented machine-readable form. */
    JSON
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "validate.inputs")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--output",
      paramLabel = "text|json",
      defaultValue = "text",
      descriptionKey = "validate.output")
  Output output;

  @Option(
      names = "--blank",
      paramLabel = "error|both|zero",
      defaultValue = "error",
      converter = BlankPolicyConverter.class,
      descriptionKey = "validate.blank")
  BlankPolicy blanks;

  @Option(names = "--previous", paramLabel = "FILE", descriptionKey = "validate.previous")
  Path previous;

  @Option(names = "--previous-dir", paramLabel = "DIR", descriptionKey = "validate.previousDir")
  Path previousDir;

  @Option(names = "--summary", paramLabel = "FILE", descriptionKey = "validate.summary")
  Path summaryFile;

  @Option(names = "--report", paramLabel = "FILE", descriptionKey = "validate.report")
  Path dashboardFile;

  @Option(
      names = {"-q", "--quiet"},
      descriptionKey = "validate.quiet")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      descriptionKey = "validate.verbose")
  boolean verbose;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "0",
      descriptionKey = "validate.threads")
  int threads;

  @Option(
      names = "--max-size",
      paramLabel = "MIB",
      defaultValue = "32",
      descriptionKey = "validate.maxSize")
  int maxMebibytes;

  @Option(names = "--no-progress", descriptionKey = "validate.noProgress")
  boolean noProgress;

  @picocli.CommandLine.Mixin MetadataOptions metadata = new MetadataOptions();

  private CommandContext context;

  ValidateCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = context.terminal().out();
    PrintWriter err = context.terminal().err();
    Optional<SummaryFile.Kind> summaryKind = Optional.empty();
    if (summaryFile != null) {
      summaryKind = SummaryFile.kindOf(summaryFile.getFileName().toString());
      if (summaryKind.isEmpty()) {
        throw UsageErrors.badValue(
            spec, context.locale(), "--summary", summaryFile, msg("usage.summaryFile"));
      }
    }
    if (threads < 0 || threads > BatchEngine.MAX_THREADS) {
      throw UsageErrors.badValue(
          spec,
          context.locale(),
          "--threads",
          threads,
          msg("usage.threads", "max", String.valueOf(BatchEngine.MAX_THREADS)));
    }
    if (maxMebibytes < 1 || maxMebibytes > InputLoader.MAX_MEBIBYTES) {
      throw UsageErrors.badValue(
          spec,
          context.locale(),
          "--max-size",
          maxMebibytes,
          msg("usage.mebibytes", "max", String.valueOf(InputLoader.MAX_MEBIBYTES)));
    }
    if (summaryFile != null) {
      List<Path> readFrom = new ArrayList<>(inputs);
      if (previous != null) {
        readFrom.add(previous);
      }
      Optional<String> refusal = OutputTargets.refusal(summaryFile, readFrom, context.locale());
      if (refusal.isPresent()) {
        throw new ParameterException(spec.commandLine(), refusal.get());
      }
    }
    context = MetadataOptions.applyOrFail(metadata, context, spec);
    Optional<ReportChecker> checker = context.toolkit().checker(blanks);
    if (checker.isEmpty()) {
      err.println(msg("error.noValidator"));
      return ExitCodes.UNREADABLE;
    }
    InputLoader loader = new InputLoader(context.toolkit(), (long) maxMebibytes << 20);
    // Last year's reports are read as their labels show, as the service reads them: the edition
    // asked for is this year's, and last year's report may well be in the other one.
    InputLoader previousLoader =
        context.toolkit().readOptions().edition().isEmpty()
            ? loader
            : new InputLoader(
                context
                    .toolkit()
                    .withReadOptions(EditionPolicy.auto().applyTo(context.toolkit().readOptions())),
                (long) maxMebibytes << 20);

    Optional<AnnualReport> previousReport = Optional.empty();
    if (previous != null) {
      Loaded loaded = previousLoader.load(new InputItem.File(previous, previous.toString(), true));
      if (loaded.result().report().isEmpty() || loaded.documents().size() > 1) {
        err.println(msg("validate.error.previousUnreadable", "reason", previous));
        try (HumanOutcomeWriter w = new HumanOutcomeWriter(err, context.locale(), false)) {
          w.accept(outcome(loaded, Optional.empty()));
        }
        return ExitCodes.UNREADABLE;
      }
      previousReport = loaded.result().report();
    }
    if (previous != null && previousDir != null) {
      throw new ParameterException(spec.commandLine(), msg("validate.error.previousBoth"));
    }
    PreviousReports lastYear =
        previousDir == null
            ? PreviousReports.NONE
            : PreviousReports.index(previousLoader, previousDir);
    Optional<AnnualReport> last = previousReport;
    ReportChecker check = checker.get();
    AuditDashboard dashboard = dashboardFile == null ? null : new AuditDashboard(context.locale());
    Map<ReportOutcome, AuditEntry> audited =
        dashboard == null ? null : Collections.synchronizedMap(new IdentityHashMap<>());
    Locale locale = context.locale();
    // What the note on governments and those below them needs of each report, in batch order;
    // only governments, each once a year, are kept.
    Map<ReportOutcome, SubordinateOrgans.Organ> organOf =
        Collections.synchronizedMap(new IdentityHashMap<>());
    SubordinateOrgans.Batch organs = new SubordinateOrgans.Batch();

    boolean batch = inputs.size() > 1 || inputs.stream().anyMatch(Files::isDirectory);
    BatchEngine engine = BatchEngine.forThreads(threads);
    ProgressBar bar =
        batch && !noProgress && context.terminal().showsProgress()
            ? new ProgressBar(err, msg("progress.files"), System::nanoTime)
            : null;
    BatchSummary summary;
    long[] handed = {0};
    try (OutcomeSink sink =
        output == Output.JSON
            ? new JsonOutcomeWriter(out, context.locale())
            : new HumanOutcomeWriter(out, context.locale(), quiet, verbose)) {
      summary =
          engine.run(
              // JSON Lines inputs go through the window a line at a time, never whole.
              new JsonLinesSplitter(
                  new InputWalker(inputs), loader.maxBytes(), JsonLines.MAX_UNREADABLE_LINES),
              item ->
                  process(loader, check, last, lastYear, item, dashboard, audited, organOf, locale),
              (FileResult r) -> {
                for (ReportOutcome o : r.reports()) {
                  SubordinateOrgans.Organ organ = organOf.remove(o);
                  if (organ != null) {
                    organs.add(organ);
                  }
                  if (bar != null && sink.prints(o)) {
                    bar.clear();
                  }
                  sink.accept(o);
                  if (dashboard != null) {
                    AuditEntry e = audited.remove(o);
                    dashboard.add(
                        e != null ? e : AuditEntry.of(o, Optional.empty(), locale, Map.of()));
                  }
                }
                handed[0]++;
                if (context.terminal().outputFailed()) {
                  // A closed pipe (| head -1), a full disk: the rest would be lost, so stop.
                  throw new OutputLost();
                }
              },
              bar == null ? ProgressListener.NONE : bar);
      List<SubordinateOrgans.Comparison> below = organs.compare();
      if (!below.isEmpty()) {
        List<Finding> notes = below.stream().map(SubordinateOrgans.Comparison::finding).toList();
        List<BatchSummary.Note> batchNotes = new ArrayList<>();
        for (int i = 0; i < below.size(); i++) {
          batchNotes.add(new BatchSummary.Note(below.get(i).parent().source(), notes.get(i)));
        }
        summary.addNotes(batchNotes);
        if (dashboard != null) {
          dashboard.subordinates(below);
        }
        if (output == Output.TEXT && !quiet) {
          // The reports are printed as each is done; a note over the batch can only follow them.
          out.println();
          out.println(msg("validate.subordinates.title", "count", String.valueOf(below.size())));
          for (int i = 0; i < below.size(); i++) {
            out.println(
                "  "
                    + Terminal.escape(below.get(i).parent().source())
                    + "  INFO "
                    + notes.get(i).ruleId());
            out.println("    " + notes.get(i).message(context.locale()));
          }
        }
      }
    } catch (OutputLost e) {
      err.println(msg("error.stdoutClosed", "files", String.valueOf(handed[0])));
      return ExitCodes.UNREADABLE;
    }
    if (batch || summary.filesRead() == 0) {
      PrintWriter table = output == Output.JSON ? err : out;
      if (output == Output.TEXT && !quiet) {
        table.println();
      }
      SummaryTable.print(summary, table, context.locale());
    }
    if (dashboard != null) {
      try {
        dashboard.write(dashboardFile);
      } catch (IOException e) {
        err.println(Messages.writeFailed(context.locale(), dashboardFile, e));
        return ExitCodes.UNREADABLE;
      }
    }
    if (summaryFile != null) {
      SummaryFile.Kind kind = summaryKind.get();
      try {
        AtomicFiles.write(
            summaryFile,
            stream -> {
              Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
              SummaryFile.write(summary, kind, w);
              w.flush();
            });
      } catch (IOException e) {
        err.println(Messages.writeFailed(context.locale(), summaryFile, e));
        return ExitCodes.UNREADABLE;
      }
    }
    if (context.terminal().outputFailed()) {
      err.println(msg("error.stdout", "reason", "-"));
      return ExitCodes.UNREADABLE;
    }
    if (summary.filesRead() == 0) {
      err.println(msg("validate.error.noInput"));
      return ExitCodes.UNREADABLE;
    }
    return exitCode(summary);
  }

  /** Thrown by the sink to end a batch whose standard output is gone. */
  private static final class OutputLost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputLost() {
      super("standard output failed", null, false, false);
    }
  }

  /** The exit code of a batch: unreadable input wins over reports with errors. */
  static int exitCode(BatchSummary summary) {
    if (summary.unreadable() > 0) {
      return ExitCodes.UNREADABLE;
    }
    return summary.reportsWithErrors() > 0 ? ExitCodes.ERRORS : ExitCodes.OK;
  }

  /** Reads and checks one input; runs on a worker thread. */
  private static FileResult process(
      InputLoader loader,
      ReportChecker checker,
      Optional<AnnualReport> previous,
      PreviousReports lastYear,
      InputItem item,
      AuditDashboard dashboard,
      Map<ReportOutcome, AuditEntry> audited,
      Map<ReportOutcome, SubordinateOrgans.Organ> organOf,
      Locale locale)
      throws Exception {
    Loaded loaded;
    boolean continued = false;
    if (item instanceof InputItem.Line line) {
      Optional<Loaded> read = loader.loadLine(line);
      if (read.isEmpty()) {
        return FileResult.none(line.documentName());
      }
      loaded = read.get();
      continued = !line.first();
    } else {
      loaded = loader.load(item);
    }
    if (loaded.skipped()) {
      return FileResult.skipped(loaded.source());
    }
    return new FileResult(
        loaded.source(),
        false,
        outcomes(
            loaded,
            checker,
            r -> previous.isPresent() ? previous : lastYear.of(r),
            (outcome, report) -> {
              report
                  .filter(
                      r ->
                          r.metadata()
                              .organName()
                              .filter(SubordinateOrgans::mayCompare)
                              .isPresent())
                  .flatMap(r -> SubordinateOrgans.Organ.of(outcome.source(), r))
                  .ifPresent(o -> organOf.put(outcome, o));
              if (dashboard != null) {
                Map<org.disclosurereport.edition.CellAddress, Integer> index =
                    report.map(r -> dashboard.cellIndex(r.edition())).orElse(Map.of());
                audited.put(outcome, AuditEntry.of(outcome, report, locale, index));
              }
            }),
        continued);
  }

  /**
   * Checks every document of a loaded input: its reader's findings, then the rules'. {@code
   * disclosure serve} answers with the same outcomes.
   *
   * @param loaded the input
   * @param checker the rules
   * @param previousOf last year's report of a report, for the cross-year rules
   * @param each told of every outcome and the report it is of
   * @return one outcome per document
   */
  static List<ReportOutcome> outcomes(
      Loaded loaded,
      ReportChecker checker,
      java.util.function.Function<AnnualReport, Optional<AnnualReport>> previousOf,
      java.util.function.BiConsumer<ReportOutcome, Optional<AnnualReport>> each) {
    List<ReportOutcome> outcomes = new ArrayList<>();
    for (Loaded.Document d : loaded.documents()) {
      Optional<AnnualReport> report = d.result().report();
      List<Finding> findings = new ArrayList<>(d.result().findings());
      report.ifPresent(
          r ->
              findings.addAll(
                  ReportChecker.withPrintedMarks(
                      ReportChecker.notAlreadyRead(
                          findings, checker.check(r, previousOf.apply(r), d.result().unseen())),
                      d.result().printed())));
      ReportOutcome outcome =
          new ReportOutcome(
              d.source(),
              loaded.format(),
              report.map(ReportIdentity::of),
              findings,
              report.map(r -> CellTally.of(r, d.result().printedMarks())));
      outcomes.add(outcome);
      each.accept(outcome, report);
    }
    return outcomes;
  }

  private static ReportOutcome outcome(Loaded loaded, Optional<ReportIdentity> identity) {
    return new ReportOutcome(
        loaded.source(), loaded.format(), identity, loaded.result().findings());
  }

  private String msg(String key, Object... namesAndValues) {
    return Messages.get(context.locale(), key, namesAndValues);
  }
}
