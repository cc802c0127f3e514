package org.disclosurereport.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.disclosurereport.cli.internal.CliCode;
import org.disclosurereport.cli.internal.Messages;
import org.disclosurereport.cli.internal.Terminal;
import org.disclosurereport.finding.Finding;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * What a command line the tool cannot run becomes: one line with its rule id and message, in the
 * language of the output, then the command's usage help, and exit code 2.
 *
 * <p>picocli finds most of these while parsing, and words them in English whatever {@code --lang}
 * says. They are told here in the tool's own vocabulary instead, by the type of picocli's exception
 * (never by its text): an option or argument the command does not have ({@link
 * CliCode#UNKNOWN_ARGUMENT}), one it needs and was not given ({@link CliCode#MISSING_ARGUMENT}), an
 * option given twice ({@link CliCode#REPEATED_OPTION}), a value an option does not take ({@link
 * CliCode#BAD_OPTION_VALUE}). A {@link ParameterException} a command throws itself already carries
 * a message in the output's language, and is printed as it is.
 *
 * <p>A class rather than a lambda, so that starting the tool links no call site for it.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  private final Locale locale;

  UsageErrors(Locale locale) {
    this.locale = locale;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println(cl.getColorScheme().errorText(message(e, args)));
    cl.usage(err, cl.getColorScheme());
    err.flush();
    return cl.getCommandSpec().exitCodeOnInvalidInput();
  }

  private String message(ParameterException e, String[] args) {
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String argument = quoted(u.getUnmatched().get(0));
      List<String> suggestions = u.getSuggestions();
      return suggestions.isEmpty()
          ? line(CliCode.UNKNOWN_ARGUMENT.finding(argument))
          : line(
              CliCode.UNKNOWN_ARGUMENT.variant(
                  "suggest",
                  "argument",
                  argument,
                  "suggestions",
                  quoted(String.join(", ", suggestions))));
    }
    if (e instanceof CommandLine.MissingParameterException m) {
      List<ArgSpec> missing = m.getMissing();
      if (missing.size() == 1 && missing.get(0) instanceof OptionSpec o && given(o, args)) {
        return line(
            CliCode.MISSING_ARGUMENT.variant(
                "value", "option", o.longestName(), "allowed", allowed(o, locale)));
      }
      return line(
          CliCode.MISSING_ARGUMENT.finding(
              m.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", "))));
    }
    if (e instanceof CommandLine.OverwrittenOptionException o) {
      return line(CliCode.REPEATED_OPTION.finding(name(o.getOverwritten())));
    }
    if (e.getCause() instanceof CommandLine.TypeConversionException && e.getArgSpec() != null) {
      ArgSpec arg = e.getArgSpec();
      return line(
          CliCode.BAD_OPTION_VALUE.finding(
              name(arg), quoted(e.getValue() == null ? "" : e.getValue()), allowed(arg, locale)));
    }
    return e.getMessage();
  }

  private String line(Finding finding) {
    return line(finding, locale);
  }

  private static String line(Finding finding, Locale locale) {
    return finding.ruleId() + " " + finding.message(locale);
  }

  /**
   * Returns the usage error of a value a command refuses once picocli has read it (a number out of
   * range, a blank name): {@link CliCode#BAD_OPTION_VALUE} in the output's language, told as every
   * other usage error is.
   *
   * @param spec the command
   * @param locale the language of the output
   * @param option the option, as the help names it ({@code --threads})
   * @param value the value given, as typed (it is bounded and escaped here)
   * @param allowed the values the option takes, in the output's language
   * @return the exception to throw
   */
  static ParameterException badValue(
      CommandSpec spec, Locale locale, String option, Object value, String allowed) {
    return new ParameterException(
        spec.commandLine(),
        line(
            CliCode.BAD_OPTION_VALUE.finding(option, quoted(String.valueOf(value)), allowed),
            locale));
  }

  /** Whether the command line names an option: then what it lacks is the option's value. */
  private static boolean given(OptionSpec option, String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      for (String name : option.names()) {
        if (arg.equals(name) || arg.startsWith(name + "=")) {
          return true;
        }
      }
    }
    return false;
  }

  /** What the user typed, bounded and safe to print on a terminal. */
  private static String quoted(String typed) {
    return Terminal.escape(Messages.bounded(typed, 80));
  }

  /** How the help names an option ({@code --to}) or an argument ({@code IN}). */
  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
  }

  /**
   * The values an option takes, as its help shows them: the choices of a label such as {@code
   * zh|en}, else a whole number for a numeric option, else the label itself.
   */
  private static String allowed(ArgSpec arg, Locale locale) {
    String label = arg.paramLabel();
    if (label.contains("|")) {
      return String.join(", ", label.split("\\|"));
    }
    Class<?> type = arg.type();
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return Messages.get(locale, "usage.wholeNumber");
    }
    return label;
  }
}
