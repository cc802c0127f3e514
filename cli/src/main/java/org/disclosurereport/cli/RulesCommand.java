package org.disclosurereport.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.disclosurereport.cli.internal.CliCode;
import org.disclosurereport.cli.internal.io.RuleInfo;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.cli.internal.output.RuleCatalogueWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code disclosure rules}: lists every rule a finding can name: the validator's rules, the
 * readers' problems, and the tool's own ({@code DR-Cnnn}), as a table, JSON or Markdown.
 */
@Command(name = "rules", sortOptions = false, usageHelpAutoWidth = false)
final class RulesCommand implements Callable<Integer> {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      descriptionKey = "help")
  boolean help;

  /** The output forms of {@code --output}. */
  enum Output {
    /** A table for people. */
    TEXT,
    /** A JSON array. */
    JSON,
    /** A Markdown table, for documentation. */
    MD
  }

  @Option(
      names = "--output",
      paramLabel = "text|json|md",
      defaultValue = "text",
      descriptionKey = "rules.output")
  Output output;

  private final CommandContext context;

  RulesCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    RuleCatalogueWriter writer =
        new RuleCatalogueWriter(context.terminal().out(), context.locale());
    List<RuleInfo> rules = catalogue(context.toolkit());
    switch (output) {
      case JSON -> writer.json(rules);
      case MD -> writer.markdown(rules);
      default -> writer.text(rules);
    }
    return ExitCodes.OK;
  }

  /**
   * Returns every rule a finding can name: the toolkit's, then the tool's own. {@code disclosure
   * serve} lists the same.
   *
   * @param toolkit the toolkit
   * @return the rules
   */
  static List<RuleInfo> catalogue(Toolkit toolkit) {
    List<RuleInfo> rules = new ArrayList<>(toolkit.rules());
    for (CliCode code : CliCode.values()) {
      rules.add(
          new RuleInfo(
              code.id(),
              code.defaultSeverity(),
              "tool",
              code.description(org.disclosurereport.cli.internal.Messages.ENGLISH),
              code.description(org.disclosurereport.cli.internal.Messages.CHINESE),
              Optional.empty()));
    }
    return rules;
  }
}
