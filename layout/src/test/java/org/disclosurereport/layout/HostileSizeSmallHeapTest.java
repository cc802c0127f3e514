package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.finding.Finding;
import org.junit.jupiter.api.Test;

/**
 * Hostile sizes, read in a JVM of 256 MiB (a surefire execution of its own runs every {@code
 * *SmallHeapTest} with {@code -Xmx256m}): each is refused with a coded finding, or read, within a
 * time bound, never with an {@link OutOfMemoryError}. The benchmarks module runs the full sizes and
 * prints time and peak memory.
 */
class HostileSizeSmallHeapTest {
  private static final PublishedReportReader READER = PublishedReportReader.create();
  private static final Duration BOUND = Duration.ofSeconds(20);

  private static List<String> codes(Supplier<ReadResult> read) {
    ReadResult r = assertTimeoutPreemptively(BOUND, read::get);
    return r.findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void theHeapIsSmall() {
    assertTrue(
        Runtime.getRuntime().maxMemory() <= 300L << 20,
        "run with -Xmx256m: " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
  }

  @Test
  void nineteenMegabytesOfTabsAreRefusedWithAFinding() {
    String tabs = "\t".repeat(19 << 20);
    assertEquals(List.of("DR-L034"), codes(() -> READER.readText(tabs)));
  }

  @Test
  void nineteenMegabytesOfOnesAreReadInBoundedMemory() {
    String ones = "1 ".repeat(19 << 19);
    List<String> codes = codes(() -> READER.readText(ones));
    assertTrue(codes.contains("DR-L002") || codes.contains("DR-L034"), codes.toString());
  }

  @Test
  void linesOfOnesAreRefusedWithAFinding() {
    String ones = "1 1 1 1 1 1 1 1\n".repeat(1 << 20);
    assertEquals(List.of("DR-L034"), codes(() -> READER.readText(ones)));
  }

  @Test
  void aMillionHtmlCellsAreRefusedBeforeParsing() {
    String html = "<table><tr>" + "<td>1</td>".repeat(1_000_000) + "</tr></table>";
    assertEquals(List.of("DR-L034"), codes(() -> READER.readHtml(html)));
  }

  @Test
  void aMillionHtmlRowsAreRefusedBeforeParsing() {
    String html = "<table>" + "<tr></tr>".repeat(1_000_000) + "</table>";
    assertEquals(List.of("DR-L034"), codes(() -> READER.readHtml(html)));
  }

  @Test
  void thousandsOfTablesAtTheSpanCapAreRefused() {
    String table = "<table><tr><td rowspan=\"1000\" colspan=\"1000\">1</td></tr></table>";
    assertEquals(List.of("DR-L034"), codes(() -> READER.readHtml(table.repeat(4_000))));
    // Under the table limit, the spans of all tables together are bounded.
    assertEquals(List.of("DR-L034"), codes(() -> READER.readHtml(table.repeat(900))));
  }
}
