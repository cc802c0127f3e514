package org.disclosurereport.cli;

import java.util.Locale;
import java.util.Map;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.io.Toolkit;

/**
 * Runs the tool in-process, as {@code Main} would, with captured output.
 *
 * @param exitCode the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exitCode, String out, String err) {

  static CliRun run(String... args) {
    return run(Toolkit.standard(), Locale.ENGLISH, args);
  }

  static CliRun run(Toolkit toolkit, String... args) {
    return run(toolkit, Locale.ENGLISH, args);
  }

  static CliRun run(Toolkit toolkit, Locale locale, String... args) {
    Fixtures.Captured c = new Fixtures.Captured(locale, false, Map.of());
    int code = Main.runGuarded(args, c.terminal(), toolkit, null);
    return new CliRun(code, c.out(), c.err());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
  }
}
