package org.disclosurereport.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.disclosurereport.cli.internal.Terminal;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.finding.MessageBundle;
import org.disclosurereport.finding.MessageRenderer;
import org.disclosurereport.validation.RuleCatalogue;
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
    Preparation preparation = null;
    if (invokedCommand(args).equals(Optional.of("validate"))) {
      preparation = new Preparation();
      preparation.start();
    }
    System.exit(runGuarded(args, Terminal.system(), Toolkit.standard(), preparation));
  }

  /**
   * Runs the tool in this process, and turns memory or stack running out, which no command catches,
   * into a message and {@link ExitCodes#UNREADABLE}: never a stack trace.
   *
   * @param args the command line
   * @param terminal where output goes and what the environment is
   * @param toolkit the SDK parts to use
   * @param preparation the thread preparing what checking needs, or null
   * @return the exit code
   */
  static int runGuarded(
      String[] args, Terminal terminal, Toolkit toolkit, Preparation preparation) {
    try {
      return run(args, terminal, toolkit, preparation);
    } catch (OutOfMemoryError | StackOverflowError e) {
      terminal
          .err()
          .println(
              org.disclosurereport.cli.internal.Messages.get(
                  languageArgument(args).orElse(Language.of(terminal.locale())).locale(),
                  "error.outOfMemory",
                  "reason",
                  describe(e)));
      terminal.err().flush();
      return ExitCodes.UNREADABLE;
    }
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
    return run(args, terminal, toolkit, null);
  }

  private static int run(
      String[] args, Terminal terminal, Toolkit toolkit, Preparation preparation) {
    Locale locale = languageArgument(args).orElse(Language.of(terminal.locale())).locale();
    CommandLine cl =
        commandLine(new CommandContext(terminal, toolkit, locale), invokedCommand(args));
    if (preparation != null) {
      preparation.awaitEnd();
    }
    return cl.execute(args);
  }

  /**
   * The names of the subcommands, in the order the usage help lists them; {@link
   * #subcommand(String, CommandContext)} makes each.
   */
  static final List<String> COMMANDS =
      List.of("validate", "convert", "render", "rules", "serve", "help");

  /**
   * Builds the command line of the tool with every subcommand, its help in the context's language.
   *
   * @param context the context
   * @return the command line, ready to execute
   */
  static CommandLine commandLine(CommandContext context) {
    return commandLine(context, Optional.empty());
  }

  /**
   * Builds the command line of the tool, its help in the context's language.
   *
   * <p>picocli reads a command's options, their types and their help texts when the command is
   * added, which is most of the time a single {@code validate} takes before it reads its file. A
   * command line that names its subcommand first (after {@code --lang}) is parsed the same with
   * that subcommand alone, so only it is built; any other (no subcommand, {@code --help}, {@code
   * help}, a misspelt name that needs the others for suggestions) gets them all.
   *
   * @param context the context
   * @param only the one subcommand the arguments invoke, from {@link #invokedCommand(String[])}
   * @return the command line, ready to execute
   */
  static CommandLine commandLine(CommandContext context, Optional<String> only) {
    CommandLine cl = new CommandLine(new DisclosureCommand(context));
    for (String name : COMMANDS) {
      if (only.isEmpty() || only.get().equals(name)) {
        cl.addSubcommand(subcommand(name, context));
      }
    }
    cl.setResourceBundle(helpBundle(context.locale()));
    cl.registerConverter(Language.class, new DisclosureCommand.LanguageConverter());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(context.terminal().out());
    cl.setErr(context.terminal().err());
    cl.setExecutionExceptionHandler(new UnexpectedFailure(context.locale()));
    cl.setParameterExceptionHandler(new UsageErrors(context.locale()));
    return cl;
  }

  /**
   * Makes a subcommand.
   *
   * @param name one of {@link #COMMANDS}
   * @param context the context
   * @return the annotated command object
   */
  static Object subcommand(String name, CommandContext context) {
    return switch (name) {
      case "validate" -> new ValidateCommand(context);
      case "convert" -> new ConvertCommand(context);
      case "render" -> new RenderCommand(context);
      case "rules" -> new RulesCommand(context);
      case "serve" -> new ServeCommand(context);
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException("no such command: " + name);
    };
  }

  /**
   * Finds the subcommand a command line runs, when it is the only one it needs: the first argument
   * that is not {@code --lang} or its value, when that is the exact name of a subcommand other than
   * {@code help}.
   *
   * @param args the command line
   * @return the subcommand's name; empty when every subcommand may be needed
   */
  static Optional<String> invokedCommand(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--lang")) {
        i++;
      } else if (!a.startsWith("--lang=")) {
        return !a.equals("help") && COMMANDS.contains(a) ? Optional.of(a) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Makes, on a second thread while picocli builds the command line, what checking a report needs
   * whatever the rest of the command line says: the descriptions of the editions and the rule
   * catalogue. A single {@code validate} otherwise makes them after picocli is done, on the thread
   * that checks the first report; on a machine with more than one processor the two now overlap.
   * The command runs only once this thread has ended ({@link #awaitEnd()}), so the two threads
   * never initialise classes at the same time as the command's own. Nothing here writes output; a
   * failure is left for the command to meet and report itself.
   */
  private static final class Preparation extends Thread {
    Preparation() {
      super("disclosure-prepare");
      setDaemon(true);
    }

    @Override
    public void run() {
      try {
        RuleCatalogue.all();
      } catch (RuntimeException | LinkageError e) {
        // The command meets the same failure when it needs the part, and says so.
      }
    }

    /** Waits for this thread to end; an interrupt ends the wait and stays set. */
    void awaitEnd() {
      try {
        join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * What an exception no command caught becomes: a message and {@link ExitCodes#UNREADABLE}, never
   * a stack trace. A class rather than a lambda, so that starting the tool links no call site for
   * it.
   */
  private static final class UnexpectedFailure implements CommandLine.IExecutionExceptionHandler {
    private final Locale locale;

    UnexpectedFailure(Locale locale) {
      this.locale = locale;
    }

    @Override
    public int handleExecutionException(
        Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      commandLine
          .getErr()
          .println(
              commandLine
                  .getColorScheme()
                  .errorText(
                      org.disclosurereport.cli.internal.Messages.get(
                          locale, "error.unexpected", "reason", describe(e))));
      commandLine.getErr().flush();
      return ExitCodes.UNREADABLE;
    }
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
