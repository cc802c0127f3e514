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
    "CI", "CONTINUOUS_INTEGRATION", "GITHUB_ACTIONS", "GITLAB_CI", "JENKINS_URL", "TF_BUILD",
    "BUILDKITE", "TEAMCITY_VERSION", "TRAVIS"
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
   * Returns the terminal of this process. Text is written in the console's charset when there is
   * a console, in UTF-8 otherwise (piped output, files).
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
}
