package org.disclosurereport.cli;

import org.disclosurereport.document.ReadOptions;
import picocli.CommandLine.Option;

/**
 * The organ's name and the report year to use when a published page, text or document does not
 * state them, as text copied without its title often does. The reader says in a finding that it
 * took them from here; a report in JSON or XML always states its own.
 */
final class MetadataOptions {
  @Option(names = "--organ", paramLabel = "NAME", descriptionKey = "metadata.organ")
  String organ;

  @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "metadata.year")
  Integer year;

  /**
   * Returns the context whose readers use these values, or the context as it is when none is given.
   *
   * @param context the command's context
   * @return the context
   * @throws IllegalArgumentException if a value is out of range (the message says which)
   */
  static CommandContext applyOrFail(
      MetadataOptions options, CommandContext context, picocli.CommandLine.Model.CommandSpec spec) {
    try {
      return options.apply(context);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  CommandContext apply(CommandContext context) {
    if (organ == null && year == null) {
      return context;
    }
    ReadOptions.Builder b = ReadOptions.builder();
    if (organ != null) {
      b.defaultOrganName(organ.strip());
    }
    if (year != null) {
      b.defaultReportYear(year);
    }
    return new CommandContext(
        context.terminal(), context.toolkit().withReadOptions(b.build()), context.locale());
  }
}
