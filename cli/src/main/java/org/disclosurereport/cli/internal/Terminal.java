package org.disclosurereport.cli.internal;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the tool runs in: its output streams, the user's locale, whether a person is watching a
 * terminal, and the environment variables that say whether this is CI.
 *
 * <p>Commands take everything from here rather than from {@link System}, so that tests run them
 * in-process with captured output, and so that {@code System.exit} stays in {@code Main}.
 *
 * <p>This class is immutable; its writers are as thread-safe as {@link PrintWriter}.
 *
 * @param out standard output: results
 * @param err standard error: diagnostics, progress
 * @param locale the system locale, which chooses the language unless {@code --lang} does
 * @param interactive whether output goes to a terminal ({@code System.console() != null})
 * @param environment the environment variables
 * @param rawOut the byte stream under {@code out}, for commands that write bytes (a converted
 *     report in a given encoding)
 */
public record Terminal(
    PrintWriter out,
    PrintWriter err,
    Locale locale,
    boolean interactive,
    Map<String, String> environment,
    OutputStream rawOut) {

  /** Environment variables set by CI services; any of them, when set, turns progress off. */
  private static final String[] CI_VARIABLES = {
    "CI",
    "CONTINUOUS_INTEGRATION",
    "GITHUB_ACTIONS",
    "GITLAB_CI",
    "JENKINS_URL",
    "TF_BUILD",
    "BUILDKITE",
    "TEAMCITY_VERSION",
    "TRAVIS"
  };

  /** Creates a terminal; the map is copied. */
  public Terminal {
    Objects.requireNonNull(out);
    Objects.requireNonNull(err);
    Objects.requireNonNull(locale);
    environment = Map.copyOf(environment);
    Objects.requireNonNull(rawOut);
  }

  /**
   * Returns the terminal of this process. Text is written in the console's charset when there is a
   * console, in UTF-8 otherwise (piped output, files).
   *
   * @return the terminal
   */
  public static Terminal system() {
    java.io.Console console = System.console();
    Charset charset = console != null ? console.charset() : StandardCharsets.UTF_8;
    return new Terminal(
        new PrintWriter(new OutputStreamWriter(System.out, charset), true),
        new PrintWriter(new OutputStreamWriter(System.err, charset), true),
        Locale.getDefault(),
        console != null,
        System.getenv(),
        System.out);
  }

  /**
   * Whether writing to standard output has failed since the start (a full disk, a closed pipe,
   * {@code /dev/full}). Flushes first. {@link PrintWriter} and {@link java.io.PrintStream} never
   * throw, so every command asks this after writing and fails when it is true.
   *
   * @return true when some output was lost
   */
  public boolean outputFailed() {
    boolean failed = out.checkError();
    if (rawOut instanceof java.io.PrintStream ps) {
      failed |= ps.checkError();
    } else {
      try {
        rawOut.flush();
      } catch (java.io.IOException e) {
        failed = true;
      }
    }
    return failed;
  }

  /**
   * Whether this run is in a CI service, by its environment variables.
   *
   * @return true in CI
   */
  public boolean inCi() {
    for (String name : CI_VARIABLES) {
      String value = environment.get(name);
      if (value != null && !value.isBlank() && !value.equalsIgnoreCase("false")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a progress bar may be drawn: on a terminal, not in CI, not on a dumb terminal.
   *
   * @return true when a person is watching
   */
  public boolean showsProgress() {
    return interactive && !inCi() && !"dumb".equals(environment.get("TERM"));
  }

  /**
   * Makes text safe to print on a terminal: control characters (ESC, CR, LF, the C1 range, DEL) and
   * the bidirectional overrides that reorder what is shown are replaced by visible escapes ({@code
   * \\n}, {@code \\r}, {@code \\t}, {@code \\u001B}), so that a name in a report can neither move
   * the cursor, change colours, nor forge a line of output.
   *
   * @param text any text from an input
   * @return the text with nothing a terminal would interpret
   */
  public static String escape(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = null;
      if (c == '\n') {
        replacement = "\\n";
      } else if (c == '\r') {
        replacement = "\\r";
      } else if (c == '\t') {
        replacement = "\\t";
      } else if (c < 0x20
          || (c >= 0x7F && c <= 0x9F)
          || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069)) {
        replacement = String.format(Locale.ROOT, "\\u%04X", (int) c);
      }
      if (replacement != null) {
        if (b == null) {
          b = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        b.append(replacement);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }
}
