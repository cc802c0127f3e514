package org.disclosurereport.cli;

import java.util.Iterator;
import java.util.Locale;
import org.disclosurereport.cli.internal.Messages;
import org.disclosurereport.document.EditionPolicy;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.model.AbstractReportMetadata;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How a published page, text or document is read: the organ's name and the report year to use when
 * it does not state them, as text copied without its title often does, and the edition to read it
 * as. The reader says in a finding that it took a name or a year from here; a report in JSON or XML
 * always states its own, and its own edition.
 *
 * <p>{@code --edition} takes what the service's {@code ?edition=} takes and means the same by it:
 * both are read by {@link EditionPolicy}, and the readers are made with the override it gives.
 */
final class MetadataOptions {
  @Option(names = "--organ", paramLabel = "NAME", descriptionKey = "metadata.organ")
  String organ;

  @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "metadata.year")
  Integer year;

  @Option(
      names = "--edition",
      paramLabel = "EDITION",
      completionCandidates = EditionValues.class,
      descriptionKey = "metadata.edition")
  String edition;

  /** The values {@code --edition} takes, as {@link EditionPolicy} lists them, for the help. */
  static final class EditionValues implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return EditionPolicy.ids().iterator();
    }
  }

  /**
   * Returns the context whose readers use these values, or the context as it is when none is given.
   *
   * @param options the options
   * @param context the command's context
   * @param spec the command, to which a usage error belongs
   * @return the context
   * @throws ParameterException if a value is out of range (the message says which): a usage error
   */
  static CommandContext applyOrFail(
      MetadataOptions options, CommandContext context, CommandSpec spec) {
    Locale locale = context.locale();
    EditionPolicy policy =
        EditionPolicy.fromId(options.edition)
            .orElseThrow(
                () ->
                    UsageErrors.badValue(
                        spec,
                        locale,
                        "--edition",
                        options.edition,
                        String.join(", ", EditionPolicy.ids())));
    if (options.year != null
        && (options.year < AbstractReportMetadata.FIRST_REPORT_YEAR
            || options.year > AbstractReportMetadata.LAST_REPORT_YEAR)) {
      throw UsageErrors.badValue(
          spec,
          locale,
          "--year",
          options.year,
          AbstractReportMetadata.FIRST_REPORT_YEAR + "–" + AbstractReportMetadata.LAST_REPORT_YEAR);
    }
    if (options.organ != null && options.organ.isBlank()) {
      throw UsageErrors.badValue(
          spec,
          locale,
          "--organ",
          "\"" + options.organ + "\"",
          Messages.get(locale, "usage.nonBlankName"));
    }
    try {
      return options.apply(context, policy);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private CommandContext apply(CommandContext context, EditionPolicy policy) {
    if (organ == null && year == null && policy.edition().isEmpty()) {
      return context;
    }
    ReadOptions.Builder b = ReadOptions.builder().from(context.toolkit().readOptions());
    if (organ != null) {
      b.defaultOrganName(organ.strip());
    }
    if (year != null) {
      b.defaultReportYear(year);
    }
    return new CommandContext(
        context.terminal(),
        context.toolkit().withReadOptions(policy.applyTo(b.build())),
        context.locale());
  }
}
