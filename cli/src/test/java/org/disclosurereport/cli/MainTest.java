package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
    for (String tag : new String[] {"zh-CN", "zh_CN", "ZH-cn", "zh-Hans-CN"}) {
      assertEquals(
          Optional.of(Language.ZH), Main.languageArgument(new String[] {"--lang", tag}), tag);
    }
    assertEquals(Optional.of(Language.EN), Main.languageArgument(new String[] {"--lang=en-US"}));
  }

  @Test
  void memoryOrStackRunningOutIsAMessageAndExitTwoNeverAStackTrace() {
    Toolkit noMemory =
        Toolkit.standard()
            .withRulesWhenNeeded(
                () -> {
                  throw new OutOfMemoryError("Java heap space");
                });
    CliRun en = CliRun.run(noMemory, Locale.ENGLISH, "rules");
    assertEquals(ExitCodes.UNREADABLE, en.exitCode(), en::toString);
    assertTrue(
        en.err()
            .contains(
                "The tool ran out of memory (OutOfMemoryError: Java heap space); nothing was"
                    + " written."),
        en.err());
    assertTrue(!en.err().contains("\tat "), en.err());
    Toolkit noStack =
        Toolkit.standard()
            .withRulesWhenNeeded(
                () -> {
                  throw new StackOverflowError();
                });
    CliRun zh = CliRun.run(noStack, Locale.ENGLISH, "--lang", "zh", "rules");
    assertEquals(ExitCodes.UNREADABLE, zh.exitCode(), zh::toString);
    assertTrue(zh.err().contains("本工具内存不足（StackOverflowError）"), zh.err());
  }

  @Test
  void aLanguageTheToolDoesNotSpeakIsAUsageErrorSayingWhichItDoes() {
    CliRun en = CliRun.run(Toolkit.standard(), Locale.ENGLISH, "--lang", "fr", "rules");
    assertEquals(ExitCodes.UNREADABLE, en.exitCode(), en::toString);
    assertTrue(en.err().startsWith("DR-C017 --lang does not take fr; it takes zh, en"), en.err());
    assertTrue(!en.err().contains("java.lang") && !en.err().contains("enum"), en.err());
    CliRun zh = CliRun.run(Toolkit.standard(), Locale.SIMPLIFIED_CHINESE, "--lang=xx", "rules");
    assertEquals(ExitCodes.UNREADABLE, zh.exitCode(), zh::toString);
    assertTrue(zh.err().startsWith("DR-C017 --lang 不接受取值 xx"), zh.err());
    CliRun tagged = CliRun.run(Toolkit.standard(), Locale.ENGLISH, "--lang", "zh-CN", "rules");
    assertEquals(ExitCodes.OK, tagged.exitCode(), tagged::toString);
    assertTrue(tagged.out().contains("DR-V"), "the catalogue is listed");
  }

  @Test
  void buildsOnlyTheCommandTheArgumentsRun() {
    assertEquals(
        Optional.of("validate"),
        Main.invokedCommand(new String[] {"--lang", "zh", "validate", "--help"}));
    assertEquals(Optional.of("rules"), Main.invokedCommand(new String[] {"--lang=en", "rules"}));
    assertEquals(Optional.of("serve"), Main.invokedCommand(new String[] {"serve", "help"}));
    // Help, top-level options, misspelt or absent commands need every subcommand.
    for (String[] args :
        new String[][] {
          {},
          {"help", "validate"},
          {"--help", "validate"},
          {"-V"},
          {"valdate", "x"},
          {"VALIDATE"},
          {"--lang"},
          {"--lang", "validate"},
          {"--", "validate"},
          {"@args.txt"}
        }) {
      assertEquals(Optional.empty(), Main.invokedCommand(args), String.join(" ", args));
    }
  }

  @Test
  void aCommandBuiltAloneIsTheCommandBuiltWithTheOthers() {
    CommandContext context =
        new CommandContext(
            new org.disclosurereport.cli.internal.Fixtures.Captured().terminal(),
            Toolkit.standard(),
            Locale.ENGLISH);
    picocli.CommandLine all = Main.commandLine(context);
    assertEquals(Main.COMMANDS, List.copyOf(all.getSubcommands().keySet()));
    for (String name : Main.COMMANDS) {
      picocli.CommandLine alone = Main.commandLine(context, Optional.of(name));
      assertEquals(List.of(name), List.copyOf(alone.getSubcommands().keySet()), name);
      assertEquals(
          all.getSubcommands().get(name).getUsageMessage(),
          alone.getSubcommands().get(name).getUsageMessage(),
          name);
    }
    CliRun misspelt = CliRun.run("valdate", "x.json");
    assertEquals(ExitCodes.UNREADABLE, misspelt.exitCode());
    assertTrue(misspelt.err().contains("validate"), misspelt.toString());
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
