package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.disclosurereport.cli.internal.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines larger than the heap is read a line at a time, in a JVM of 256 MiB (the {@code
 * small-heap} surefire execution): every line is reported, in order, with output proportional to
 * the lines, never an {@link OutOfMemoryError}.
 */
class JsonLinesSmallHeapTest {
  private static final Duration BOUND = Duration.ofSeconds(120);

  @TempDir Path dir;

  private static String validLine() {
    return new String(Fixtures.json(Fixtures.valid()), StandardCharsets.UTF_8)
        .replaceAll("\\s*\n\\s*", "");
  }

  @Test
  void thirtyTwoMebibytesOfReportsAreEachReportedInOrder() throws IOException {
    String line = validLine();
    int n = (int) ((33L << 20) / (line.length() + 1)) + 1; // past the default --max-size
    Path in = dir.resolve("many.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        w.write(line);
        w.write('\n');
      }
    }
    assertTrue(Files.size(in) > 32L << 20);
    CliRun r =
        assertTimeoutPreemptively(
            BOUND, () -> CliRun.run("validate", "--output", "json", in.toString()));
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    JsonNode out = new ObjectMapper().readTree(r.out());
    assertEquals(n, out.size());
    assertEquals(in + ":1", out.get(0).get("source").asText());
    assertEquals(in + ":" + n, out.get(n - 1).get("source").asText());
    assertTrue(out.get(n - 1).get("valid").asBoolean());
  }

  @Test
  void aLineOverTheLimitIsReportedAloneAndTheOthersAreRead() throws IOException {
    String line = validLine();
    Path in = dir.resolve("mixed.jsonl");
    Files.writeString(
        in,
        line + "\n{\"x\":\"" + "9".repeat(3 << 20) + "\"}\n" + line + "\n",
        StandardCharsets.UTF_8);
    CliRun r =
        assertTimeoutPreemptively(
            BOUND,
            () -> CliRun.run("validate", "--output", "json", "--max-size", "1", in.toString()));
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.err());
    JsonNode out = new ObjectMapper().readTree(r.out());
    assertEquals(3, out.size());
    assertTrue(out.get(0).get("valid").asBoolean());
    assertEquals("DR-C004", out.get(1).get("findings").get(0).get("ruleId").asText());
    assertTrue(out.get(2).get("valid").asBoolean());
    assertTrue(r.out().length() < 100_000, "output of " + r.out().length() + " characters");
  }
}
