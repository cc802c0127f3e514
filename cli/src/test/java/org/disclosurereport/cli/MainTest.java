package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void withoutACommandPrintsUsageAndExitsTwo() {
    CliRun r = CliRun.run();
    assertEquals(ExitCodes.UNREADABLE, r.exitCode());
    assertTrue(r.err().contains("Usage: disclosure [-hV] [--lang=zh|en] [COMMAND]"), r.toString());
    CliRun unknown = CliRun.run("frobnicate");
    assertEquals(ExitCodes.UNREADABLE, unknown.exitCode());
  }

  @Test
  void helpAndVersionExitZero() {
    CliRun help = CliRun.run("--help");
    assertEquals(ExitCodes.OK, help.exitCode());
    for (String command : new String[] {"validate", "convert", "render", "rules", "help"}) {
      assertTrue(help.out().contains("\n  " + command + " "), command);
    }
    CliRun helpOf = CliRun.run("help", "validate");
    assertEquals(CliRun.run("validate", "--help").out(), helpOf.out());
    CliRun version = CliRun.run("--version");
    assertEquals(ExitCodes.OK, version.exitCode());
    assertEquals(
        "disclosure " + VersionProvider.version() + "\n", version.out().replace("\r\n", "\n"));
    assertTrue(
        VersionProvider.version().matches("\\d+\\.\\d+\\.\\d+.*"), VersionProvider.version());
  }

  @Test
  void helpIsInTheLanguageOfLangOrTheSystem() {
    assertTrue(
        CliRun.run(Toolkit.standard(), Locale.CHINA, "validate", "--help").out().contains("用法："));
    assertTrue(
        CliRun.run(Toolkit.standard(), Locale.ENGLISH, "--lang", "zh", "--help")
            .out()
            .contains("用法："));
    assertTrue(
        CliRun.run(Toolkit.standard(), Locale.TAIWAN, "rules", "--lang=en", "-h")
            .out()
            .contains("Usage:"));
    assertTrue(CliRun.run(Toolkit.standard(), Locale.GERMANY, "--help").out().contains("Usage:"));
  }

  @Test
  void findsLangBeforeParsing() {
    assertEquals(
        Optional.of(Language.ZH),
        Main.languageArgument(new String[] {"validate", "--lang", "ZH", "x"}));
    assertEquals(
        Optional.of(Language.EN), Main.languageArgument(new String[] {"--lang=en", "rules"}));
    assertEquals(
        Optional.empty(), Main.languageArgument(new String[] {"validate", "--", "--lang=en"}));
    assertEquals(Optional.empty(), Main.languageArgument(new String[] {"--lang=fr"}));
    assertEquals(Optional.empty(), Main.languageArgument(new String[] {"--lang"}));
  }

  @Test
  void anUnexpectedFailureIsAMessageNotAStackTrace(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path in = dir.resolve("r.json");
    java.nio.file.Files.write(
        in,
        org.disclosurereport.cli.internal.Fixtures.json(
            org.disclosurereport.cli.internal.Fixtures.valid()));
    Toolkit failing =
        Toolkit.standard()
            .withReader(
                org.disclosurereport.document.DocumentFormat.JSON,
                (bytes, detection, source) -> {
                  throw new IllegalStateException("boom");
                });
    CliRun r = CliRun.run(failing, "convert", in.toString(), "--to", "xml");
    assertEquals(ExitCodes.UNREADABLE, r.exitCode());
    assertEquals(
        "Unexpected failure: IllegalStateException: boom\n", r.err().replace("\r\n", "\n"));
  }
}
