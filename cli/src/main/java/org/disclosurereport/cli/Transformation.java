package org.disclosurereport.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.disclosurereport.cli.internal.Messages;
import org.disclosurereport.cli.internal.batch.ReportIdentity;
import org.disclosurereport.cli.internal.batch.ReportOutcome;
import org.disclosurereport.cli.internal.input.InputItem;
import org.disclosurereport.cli.internal.io.InputLoader;
import org.disclosurereport.cli.internal.io.Loaded;
import org.disclosurereport.cli.internal.io.ReportWriter;
import org.disclosurereport.cli.internal.output.HumanOutcomeWriter;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;

/**
 * What {@code convert} and {@code render} share: read one input, tell the user (on standard
 * error) what the reader found, write the report in another format to a file or to standard
 * output.
 *
 * <p>Exit codes: {@link ExitCodes#OK} when written and the reader found no error; {@link
 * ExitCodes#ERRORS} when written but the reader reported an ERROR (a value it could not read
 * was left blank, say: the output lacks it); {@link ExitCodes#UNREADABLE} when nothing could be
 * read or written.
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
      err.println(msg("error.noWriter", target.id()));
      return ExitCodes.UNREADABLE;
    }
    InputLoader loader = new InputLoader(context.toolkit(), InputLoader.DEFAULT_MAX_BYTES);
    Loaded loaded = loader.load(new InputItem.File(input, input.toString(), true));
    if (loaded.documents().size() > 1) {
      err.println(msg("transform.manyReports", input, loaded.documents().size()));
      return ExitCodes.UNREADABLE;
    }
    Optional<AnnualReport> report = loaded.result().report();
    if (!loaded.result().findings().isEmpty() || report.isEmpty()) {
      try (HumanOutcomeWriter w = new HumanOutcomeWriter(err, context.locale(), false)) {
        w.accept(
            new ReportOutcome(
                loaded.source(),
                loaded.format(),
                report.map(ReportIdentity::of),
                loaded.result().findings()));
      }
    }
    if (report.isEmpty()) {
      return ExitCodes.UNREADABLE;
    }
    // Written to memory first, so that a failed writer leaves no half-written file.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writer.get().write(report.get(), bytes);
    try {
      if (output == null) {
        OutputStream out = context.terminal().rawOut();
        context.terminal().out().flush();
        bytes.writeTo(out);
        out.flush();
      } else {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.write(output, bytes.toByteArray());
        err.println(msg("transform.written", output, target.id()));
      }
    } catch (IOException e) {
      err.println(msg("error.write", output == null ? "-" : output, e.getMessage()));
      return ExitCodes.UNREADABLE;
    }
    return loaded.result().findings().stream().anyMatch(Finding::isError)
        ? ExitCodes.ERRORS
        : ExitCodes.OK;
  }

  private String msg(String key, Object... args) {
    return Messages.get(context.locale(), key, args);
  }
}
