package org.disclosurereport.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code disclosure}: it only holds the subcommands and the options they share
 * ({@code --lang}, {@code --help}, {@code --version}). Run without a subcommand it prints its usage
 * and exits with {@link ExitCodes#UNREADABLE}, as for any usage error.
 *
 * <p>Help texts are in the resource bundle {@code org.disclosurereport.cli.Help} (English, and
 * Chinese in {@code _zh}).
 */
@Command(
    name = "disclosure",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = false)
final class DisclosureCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /**
   * The language of output; picocli validates it here, {@link Main} reads it before parsing so that
   * help is in that language too.
   */
  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      scope = ScopeType.INHERIT,
      descriptionKey = "option.lang")
  Language language;

  private final CommandContext context;

  DisclosureCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(context.terminal().err());
    return ExitCodes.UNREADABLE;
  }

  /**
   * Reads {@code --lang}; a value it does not take is a usage error that says what it takes, in the
   * language the tool would otherwise speak ({@link UsageErrors}).
   */
  static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(value);
      }
    }
  }
}
