package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurereport.cli.internal.CliCode;
import org.disclosurereport.cli.internal.Messages;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code cli/README.md} in step with the tool: the help of every command in both languages,
 * and the table of the tool's own rule ids.
 *
 * <p>Run with {@code -Ddisclosure.regenerateReadme=true} to rewrite the generated blocks.
 */
class CliReadmeTest {
  private static final Path README = Path.of("README.md");
  private static final boolean REGENERATE = Boolean.getBoolean("disclosure.regenerateReadme");
  private static final List<String> COMMANDS =
      List.of("disclosure", "validate", "convert", "render", "rules", "serve");

  private static String help(String command, Locale locale) {
    String[] args =
        command.equals("disclosure") ? new String[] {"--help"} : new String[] {command, "--help"};
    CliRun r = CliRun.run(Toolkit.standard(), locale, args);
    assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
    return r.out().replace("\r\n", "\n");
  }

  private static String toolCodes() {
    StringBuilder sb = new StringBuilder("| Rule | Severity | What it means |\n|---|---|---|\n");
    for (CliCode c : CliCode.values()) {
      sb.append("| `")
          .append(c.id())
          .append("` | ")
          .append(c.defaultSeverity())
          .append(" | ")
          .append(c.description(Messages.ENGLISH))
          .append(" |\n");
    }
    return sb.toString();
  }

  /** The generated blocks: marker name and content. */
  private static List<String[]> blocks() {
    List<String[]> blocks = new ArrayList<>();
    for (String lang : List.of("en", "zh")) {
      Locale locale = lang.equals("zh") ? Locale.CHINA : Locale.ENGLISH;
      for (String command : COMMANDS) {
        blocks.add(
            new String[] {
              "help " + command + " " + lang, "```text\n" + help(command, locale) + "```\n"
            });
      }
    }
    blocks.add(new String[] {"tool-codes", toolCodes()});
    return blocks;
  }

  private static Pattern block(String name) {
    return Pattern.compile(
        "(<!-- BEGIN "
            + Pattern.quote(name)
            + " -->\n)(.*?)(<!-- END "
            + Pattern.quote(name)
            + " -->)",
        Pattern.DOTALL);
  }

  @Test
  void theReadmeShowsTheHelpOfEveryCommandAndTheToolsRuleIds() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    if (REGENERATE) {
      for (String[] b : blocks()) {
        readme =
            block(b[0]).matcher(readme).replaceFirst("$1" + Matcher.quoteReplacement(b[1]) + "$3");
      }
      Files.writeString(README, readme, StandardCharsets.UTF_8);
    }
    for (String[] b : blocks()) {
      Matcher m = block(b[0]).matcher(readme);
      assertEquals(true, m.find(), "cli/README.md has no block " + b[0]);
      assertEquals(
          b[1],
          m.group(2),
          "cli/README.md block "
              + b[0]
              + " is out of date; regenerate with -Ddisclosure.regenerateReadme=true");
    }
  }
}
