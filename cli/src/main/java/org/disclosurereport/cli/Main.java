package org.disclosurereport.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.disclosurereport.cli.internal.Terminal;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.finding.MessageBundle;
import org.disclosurereport.finding.MessageRenderer;
import picocli.CommandLine;

/**
 * The entry point of the {@code disclosure} tool: {@code java -jar disclosure-cli-*-all.jar
 * validate report.json}, or the {@code ./disclosure} launcher at the root of the repository.
 *
 * <p>This is the only class that calls {@link System#exit}; everything else returns exit codes (see
 * {@link ExitCodes}) through picocli's {@link CommandLine#execute}.
 */
public final class Main {
  private static final MessageBundle HELP_BUNDLE = MessageBundle.of(Main.class, "Help");

  private Main() {}

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Terminal terminal = Terminal.system();
    int code;
    try {
      code = run(args, terminal, Toolkit.standard());
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Never a stack trace: say what ran out, and fail.
      terminal
          .err()
          .println(
              org.disclosurereport.cli.internal.Messages.get(
                  languageArgument(args).orElse(Language.of(terminal.locale())).locale(),
                  "error.outOfMemory",
                  "reason",
                  describe(e)));
      terminal.err().flush();
      code = ExitCodes.UNREADABLE;
    }
    System.exit(code);
  }

  /**
   * Runs the tool in this process.
   *
   * @param args the command line
   * @param terminal where output goes and what the environment is
   * @param toolkit the SDK parts to use
   * @return the exit code
   */
  static int run(String[] args, Terminal terminal, Toolkit toolkit) {
    Locale locale = languageArgument(args).orElse(Language.of(terminal.locale())).locale();
    return commandLine(new CommandContext(terminal, toolkit, locale)).execute(args);
  }

  /**
   * Builds the command line of the tool, its help in the context's language.
   *
   * @param context the context
   * @return the command line, ready to execute
   */
  static CommandLine commandLine(CommandContext context) {
    CommandLine cl = new CommandLine(new DisclosureCommand(context));
    cl.addSubcommand(new ValidateCommand(context));
    cl.addSubcommand(new ConvertCommand(context));
    cl.addSubcommand(new RenderCommand(context));
    cl.addSubcommand(new RulesCommand(context));
    cl.addSubcommand(new ServeCommand(context));
    cl.addSubcommand(new CommandLine.HelpCommand());
    cl.setResourceBundle(helpBundle(context.locale()));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(context.terminal().out());
    cl.setErr(context.terminal().err());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine
              .getErr()
              .println(
                  commandLine
                      .getColorScheme()
                      .errorText(
                          org.disclosurereport.cli.internal.Messages.get(
                              context.locale(), "error.unexpected", "reason", describe(e))));
          commandLine.getErr().flush();
          return ExitCodes.UNREADABLE;
        });
    return cl;
  }

  /**
   * Returns the help texts in a language.
   *
   * @param locale the language
   * @return the bundle; English unless the locale is Chinese
   */
  static ResourceBundle helpBundle(Locale locale) {
    return MessageRenderer.bundle(HELP_BUNDLE, Language.of(locale).locale());
  }

  /**
   * Finds {@code --lang} among the arguments before picocli parses them, so that help and error
   * messages are already in that language.
   */
  static Optional<Language> languageArgument(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        break;
      }
      String value = null;
      if (a.equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (a.startsWith("--lang=")) {
        value = a.substring("--lang=".length());
      }
      if (value != null) {
        try {
          return Optional.of(Language.parse(value));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return Terminal.escape(
        org.disclosurereport.cli.internal.Messages.bounded(
            e.getClass().getSimpleName() + (m == null ? "" : ": " + m)));
  }
}
