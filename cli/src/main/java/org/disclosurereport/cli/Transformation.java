package org.disclosurereport.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurereport.cli.internal.CliCode;
import org.disclosurereport.cli.internal.Messages;
import org.disclosurereport.cli.internal.Terminal;
import org.disclosurereport.cli.internal.batch.ReportIdentity;
import org.disclosurereport.cli.internal.batch.ReportOutcome;
import org.disclosurereport.cli.internal.input.InputItem;
import org.disclosurereport.cli.internal.input.JsonLinesSplitter;
import org.disclosurereport.cli.internal.io.InputLoader;
import org.disclosurereport.cli.internal.io.Loaded;
import org.disclosurereport.cli.internal.io.OutputTargets;
import org.disclosurereport.cli.internal.io.ReportChecker;
import org.disclosurereport.cli.internal.io.ReportWriter;
import org.disclosurereport.cli.internal.output.HumanOutcomeWriter;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.io.AtomicFiles;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.BlankPolicy;

/**
 * What {@code convert} and {@code render} share: read one input, tell the user (on standard error)
 * what the reader found, write the report in another format to a file or to standard output.
 *
 * <p>The report read is checked with validate's rules (blank is not zero) and their findings are
 * told with the reader's, so a report validate rejects is never said to be valid.
 *
 * <p>Exit codes: {@link ExitCodes#OK} when written and neither the reader nor the checks found an
 * error; {@link ExitCodes#ERRORS} when written but the reader or the checks reported an ERROR (a
 * value the reader could not read was left blank, say, or a sum does not add up); {@link
 * ExitCodes#UNREADABLE} when nothing could be read or written.
 */
final class Transformation {
  private final CommandContext context;

  Transformation(CommandContext context) {
    this.context = context;
  }

  /**
   * Reads {@code input} and writes it in {@code target} format.
   *
   * @param input the input file
   * @param target the format to write
   * @param output the file to write, or null for standard output
   * @return the exit code
   * @throws Exception if the reader fails for a reason that is not about the content
   */
  int run(Path input, DocumentFormat target, Path output) throws Exception {
    PrintWriter err = context.terminal().err();
    Optional<ReportWriter> writer = context.toolkit().writer(target);
    if (writer.isEmpty()) {
      err.println(msg("error.noWriter", "format", target.id()));
      return ExitCodes.UNREADABLE;
    }
    if (output != null) {
      Optional<String> refusal =
          OutputTargets.refusal(output, java.util.List.of(input), context.locale());
      if (refusal.isPresent()) {
        err.println(refusal.get());
        return ExitCodes.UNREADABLE;
      }
    }
    InputLoader loader = new InputLoader(context.toolkit(), InputLoader.DEFAULT_MAX_BYTES);
    InputItem.File file = new InputItem.File(input, input.toString(), true);
    // JSON Lines holds many reports: counted a line at a time, never read whole, then refused.
    long lines = 0;
    JsonLinesSplitter split =
        new JsonLinesSplitter(List.of((InputItem) file).iterator(), loader.maxBytes(), 0);
    try {
      while (split.hasNext()) {
        if (split.next() instanceof InputItem.Line) {
          lines++;
        }
      }
    } catch (java.io.UncheckedIOException e) {
      lines = 0; // the loader reads the file again and says why it cannot
    }
    if (lines > 1) {
      err.println(
          msg("transform.manyReports", "input", Terminal.escape(input.toString()), "count", lines));
      return ExitCodes.UNREADABLE;
    }
    Loaded loaded = loader.load(file);
    if (loaded.documents().size() > 1) {
      err.println(
          msg(
              "transform.manyReports",
              "input",
              Terminal.escape(input.toString()),
              "count",
              loaded.documents().size()));
      return ExitCodes.UNREADABLE;
    }
    Optional<AnnualReport> report = loaded.result().report();
    // The same checks as validate: a report is never said to be valid when validate rejects it.
    List<Finding> findings = new ArrayList<>(loaded.result().findings());
    if (report.isPresent()) {
      context
          .toolkit()
          .checker(BlankPolicy.BLANK_IS_ERROR)
          .ifPresent(
              c ->
                  findings.addAll(
                      ReportChecker.withPrintedMarks(
                          ReportChecker.notAlreadyRead(
                              findings,
                              c.check(report.get(), Optional.empty(), loaded.result().unseen())),
                          loaded.result().printed())));
    }
    if (!findings.isEmpty() || report.isEmpty()) {
      print(loaded, report, findings);
    }
    if (report.isEmpty()) {
      return ExitCodes.UNREADABLE;
    }
    // Rendered to memory first: a writer that refuses the report (a value the format cannot
    // carry) or runs out of memory leaves no file and no partial output behind.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      writer.get().write(report.get(), bytes);
    } catch (RuntimeException | OutOfMemoryError e) {
      bytes = null;
      Finding refused =
          e instanceof OutOfMemoryError
              ? CliCode.EXHAUSTED.finding(e.getClass().getSimpleName())
              : CliCode.NOT_WRITABLE.finding(target.id(), Messages.bounded(describe(e)));
      print(loaded, report, java.util.List.of(refused));
      return ExitCodes.UNREADABLE;
    }
    Optional<Finding> unreadable = readBack(loader, target, bytes.toByteArray(), findings);
    if (unreadable.isPresent()) {
      print(loaded, report, java.util.List.of(unreadable.get()));
      return ExitCodes.UNREADABLE;
    }
    if (output == null) {
      OutputStream out = context.terminal().rawOut();
      context.terminal().out().flush();
      try {
        bytes.writeTo(out);
        out.flush();
      } catch (IOException e) {
        err.println(msg("error.stdout", "reason", AtomicFiles.reason(e)));
        return ExitCodes.UNREADABLE;
      }
      if (context.terminal().outputFailed()) {
        err.println(msg("error.stdout", "reason", "-"));
        return ExitCodes.UNREADABLE;
      }
    } else {
      try {
        AtomicFiles.write(output, bytes.toByteArray());
      } catch (IOException e) {
        err.println(Messages.writeFailed(context.locale(), output, e));
        return ExitCodes.UNREADABLE;
      }
      err.println(
          msg(
              "transform.written",
              "file",
              Terminal.escape(output.toString()),
              "format",
              target.id()));
    }
    return findings.stream().anyMatch(Finding::isError) ? ExitCodes.ERRORS : ExitCodes.OK;
  }

  /**
   * Reads what is about to be written to JSON or XML with the tool's own reader: a document it
   * would refuse (a member over the size limit, a character XML cannot carry) is not written, and
   * the first error is the reason given. An error the report already had (an incomplete report
   * without its organ's name, {@code DR-V001}) is read back as it was written, and is no refusal.
   */
  private Optional<Finding> readBack(
      InputLoader loader, DocumentFormat target, byte[] written, List<Finding> known)
      throws Exception {
    if (target != DocumentFormat.JSON && target != DocumentFormat.XML) {
      return Optional.empty();
    }
    Loaded back = loader.read("(" + target.id() + ")", written, true);
    Optional<Finding> error =
        ReportChecker.notAlreadyRead(known, back.result().findings()).stream()
            .filter(Finding::isError)
            .findFirst();
    if (error.isEmpty() && back.result().report().isPresent()) {
      return Optional.empty();
    }
    String reason =
        error
            .map(f -> f.ruleId() + " " + f.message(context.locale()))
            .orElse(CliCode.NO_REPORT.id());
    return Optional.of(CliCode.NOT_WRITABLE.finding(target.id(), Messages.bounded(reason)));
  }

  private void print(
      Loaded loaded, Optional<AnnualReport> report, java.util.List<Finding> findings) {
    try (HumanOutcomeWriter w =
        new HumanOutcomeWriter(context.terminal().err(), context.locale(), false)) {
      w.accept(
          new ReportOutcome(
              loaded.source(), loaded.format(), report.map(ReportIdentity::of), findings));
    }
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  private String msg(String key, Object... namesAndValues) {
    return Messages.get(context.locale(), key, namesAndValues);
  }
}
