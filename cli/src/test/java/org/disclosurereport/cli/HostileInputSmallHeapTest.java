package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.layout.TextRenderer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.Narrative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile sizes through the whole tool, in a JVM of 256 MiB (a surefire execution of its own runs
 * every {@code *SmallHeapTest} with {@code -Xmx256m}): each ends with a coded finding and bounded
 * output, in bounded time, never with an {@link OutOfMemoryError} or a stack trace.
 */
class HostileInputSmallHeapTest {
  private static final Duration BOUND = Duration.ofSeconds(30);

  @TempDir Path dir;

  private static CliRun run(String... args) {
    return assertTimeoutPreemptively(BOUND, () -> CliRun.run(args));
  }

  @Test
  void theHeapIsSmall() {
    assertTrue(
        Runtime.getRuntime().maxMemory() <= 300L << 20,
        "run with -Xmx256m: " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
  }

  @Test
  void aMillionJsonLinesOfNothingStopEarlyWithOneFinding() throws IOException {
    Path lines = dir.resolve("empty.jsonl");
    Files.writeString(lines, "{}\n".repeat(1_000_000));
    CliRun r = run("validate", "--output", "json", lines.toString());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.err());
    assertTrue(r.out().contains("DR-C013"), r.err());
    assertTrue(r.out().length() < 2_000_000, "output of " + r.out().length() + " characters");
  }

  @Test
  void aHugeCellIsNotEchoedWhole() throws IOException {
    String json = new String(Fixtures.json(Fixtures.valid()), StandardCharsets.UTF_8);
    String huge = "9".repeat(2_100_000);
    Path in = dir.resolve("huge.json");
    Files.writeString(in, json.replaceFirst("(\"naturalPerson\"\\s*:\\s*)0", "$1\"" + huge + "\""));
    for (String output : new String[] {"json", "text"}) {
      CliRun r = run("validate", "--output", output, in.toString());
      assertEquals(
          ExitCodes.UNREADABLE == r.exitCode() || ExitCodes.ERRORS == r.exitCode(), true, r.err());
      assertFalse(r.out().contains("9".repeat(1_000)), "the cell is quoted whole");
      assertTrue(
          r.out().length() < 100_000, output + " output of " + r.out().length() + " characters");
    }
  }

  @Test
  void convertRefusesToWriteWhatItsOwnReaderWouldRefuse() throws IOException {
    AnnualReport report =
        AnnualReport.copyOf(Fixtures.valid()).withGeneral(Narrative.of("政务公开".repeat(500_000)));
    Path in = dir.resolve("long.txt");
    Files.writeString(in, TextRenderer.create().render(report));
    Path out = dir.resolve("long.json");
    CliRun r = run("convert", in.toString(), "--to", "json", "-o", out.toString());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.toString());
    assertTrue(r.err().contains("DR-C011"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void nineteenMegabytesOfOnesAreAFindingNotAnOutOfMemoryError() throws IOException {
    Path in = dir.resolve("ones.txt");
    Files.writeString(in, "1 ".repeat(19 << 19));
    CliRun r = run("convert", in.toString(), "--to", "json");
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.err());
    assertFalse(r.err().contains("OutOfMemoryError"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertEquals("", r.out());
  }
}
