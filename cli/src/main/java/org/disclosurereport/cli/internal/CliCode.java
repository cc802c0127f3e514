package org.disclosurereport.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingCode;
import org.disclosurereport.finding.LocalizedText;
import org.disclosurereport.finding.MessageBundle;
import org.disclosurereport.finding.MessageRenderer;
import org.disclosurereport.finding.Severity;

/**
 * The problems the tool itself reports about an input, before any reader or rule sees it, and about
 * a command line it cannot run ({@link #BAD_OPTION_VALUE} to {@link #REPEATED_OPTION}), each with a
 * stable rule id {@code DR-Cnnn}. Numbers are never reused.
 *
 * <p>They are reported as {@link Finding}s like everything else, so that a batch summary counts
 * them and {@code --output json} prints them in the same shape. Messages come from {@link Messages}
 * under the key {@code DR-Cnnn}, their descriptions under {@code DR-Cnnn.description}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CliCode implements FindingCode {
  /** The input does not exist. Argument: the path. */
  NOT_FOUND("DR-C001", Severity.ERROR, "input"),
  /**
   * The input could not be opened or read, or a directory could not be listed. Argument: the cause.
   */
  IO_FAILURE("DR-C002", Severity.ERROR, "reason"),
  /** The content is not text (a PDF, an image, an archive). Argument: what it looks like. */
  NOT_A_REPORT_FORMAT("DR-C003", Severity.ERROR, "content"),
  /** The input is larger than {@code --max-size}. Arguments: its size, the limit. */
  TOO_LARGE("DR-C004", Severity.ERROR, "size", "limit"),
  /** A reader or rule failed unexpectedly. Argument: the failure. */
  CRASHED("DR-C005", Severity.ERROR, "reason"),
  /**
   * Reading needed more stack or memory than there is (too deeply nested, too big). Argument: the
   * failure.
   */
  EXHAUSTED("DR-C006", Severity.ERROR, "reason"),
  /** The input was decoded from another character set before reading. Argument: the charset. */
  TRANSCODED("DR-C007", Severity.INFO, "charset"),
  /** The input is empty and its name does not say which format it is in. */
  EMPTY("DR-C008", Severity.ERROR),
  /** The reader found no report and said nothing about why. */
  NO_REPORT("DR-C009", Severity.ERROR),
  /** This build of the tool has no reader for the input's format. Argument: the format. */
  NO_READER("DR-C010", Severity.ERROR, "format"),
  /**
   * The report cannot be written in the format asked for (a value the format cannot carry); nothing
   * was written. Arguments: the format, the reason.
   */
  NOT_WRITABLE("DR-C011", Severity.ERROR, "format", "reason"),
  /**
   * The batch could not go on (no thread could be started, memory ran out, the walk failed): the
   * files after this point were not checked. Arguments: the files checked, the cause.
   */
  BATCH_STOPPED("DR-C012", Severity.ERROR, "files", "reason"),
  /**
   * A JSON Lines input has too many lines that are not reports; the rest of it was not read.
   * Arguments: the limit, the line where reading stopped.
   */
  TOO_MANY_BAD_LINES("DR-C013", Severity.ERROR, "limit", "line"),
  /**
   * Bytes of a page read as UTF-8 are not valid UTF-8 (a download cut inside a character); they
   * were read as U+FFFD. Arguments: the bytes in hexadecimal, their offset, their line.
   */
  BAD_BYTES("DR-C014", Severity.WARNING, "bytes", "offset", "line"),
  /**
   * A page was read in a charset other than UTF-8, or as UTF-8 despite invalid bytes. Arguments:
   * the charset, why it was chosen.
   */
  CHARSET("DR-C015", Severity.INFO, "charset", "reason"),
  /**
   * An edition was asked for, but the document is JSON or XML, which states its own edition and is
   * read as that one. Arguments: the edition stated, the edition asked for.
   */
  EDITION_STATED("DR-C016", Severity.INFO, "stated", "asked"),
  /**
   * A command-line option has a value it does not take: a usage error, told on standard error
   * before anything is read, with exit code 2. Arguments: the option, the value, the values it
   * takes.
   */
  BAD_OPTION_VALUE("DR-C017", Severity.ERROR, "option", "value", "allowed"),
  /**
   * The command line has an option or argument the command does not take: a usage error, exit code
   * 2. Argument: what was given. Its variant {@code suggest} also names the options or commands
   * spelt nearly alike ({@code suggestions}).
   */
  UNKNOWN_ARGUMENT("DR-C018", Severity.ERROR, "argument"),
  /**
   * The command line lacks an option or argument the command needs: a usage error, exit code 2.
   * Argument: the options or arguments missing, as the help names them. Its variant {@code value}
   * is an option given without its value ({@code option}), with the values it takes ({@code
   * allowed}).
   */
  MISSING_ARGUMENT("DR-C019", Severity.ERROR, "argument"),
  /**
   * The command line gives an option that takes one value more than once: a usage error, exit code
   * 2. Argument: the option.
   */
  REPEATED_OPTION("DR-C020", Severity.ERROR, "option");

  private final String id;
  private final Severity severity;
  private final List<String> argumentNames;

  CliCode(String id, Severity severity, String... argumentNames) {
    this.argumentNames = List.of(argumentNames);
    this.id = id;
    this.severity = severity;
  }

  /**
   * Returns the stable rule id.
   *
   * @return for example {@code DR-C003}
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the severity of findings with this code.
   *
   * @return the severity
   */
  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public MessageBundle messageBundle() {
    return Messages.BUNDLE;
  }

  /**
   * Returns the names of the arguments of this code's message, in the order {@link
   * #finding(Object...)} takes them: the message's {@code {name}} placeholders.
   *
   * @return the names, possibly empty
   */
  public List<String> argumentNames() {
    return argumentNames;
  }

  /**
   * Finds a code by its rule id.
   *
   * @param id a rule id
   * @return the code, or empty when the id is not one of the tool's
   */
  public static Optional<CliCode> fromId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  /**
   * Returns a finding with this code about a whole input.
   *
   * @param arguments the message arguments
   * @return the finding
   */
  public Finding finding(Object... arguments) {
    return Finding.builder()
        .code(this)
        .messageArguments(MessageRenderer.named(argumentNames, arguments))
        .build();
  }

  /**
   * Returns a finding with this code whose message is a variant of the usual one, for a case the
   * usual wording would misstate (an input whose size is not known, say).
   *
   * @param variant the variant, the last part of the message key {@code DR-Cnnn.variant}
   * @param namesAndValues alternating names and values of the variant's arguments, named as its
   *     message's {@code {name}} placeholders
   * @return the finding
   * @throws IllegalArgumentException if names and values do not alternate, or (when assertions are
   *     enabled, as in tests) if the names are not the placeholders of the variant's message
   */
  public Finding variant(String variant, Object... namesAndValues) {
    String key = id + "." + variant;
    Map<String, LocalizedText> arguments = MessageRenderer.arguments(namesAndValues);
    assert MessageRenderer.checkNames(Messages.BUNDLE, key, arguments);
    return Finding.builder().code(this).addMessageKeys(key).messageArguments(arguments).build();
  }

  /**
   * Returns the one-line description of the code, for the rule catalogue.
   *
   * @param locale the language
   * @return the description
   */
  public String description(java.util.Locale locale) {
    return Messages.get(locale, id + ".description");
  }
}
