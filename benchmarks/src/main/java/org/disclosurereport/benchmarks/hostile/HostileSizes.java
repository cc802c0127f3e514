package org.disclosurereport.benchmarks.hostile;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.disclosurereport.layout.PublishedReportReader;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.testkit.samples.SampleReports;

/**
 * The hostile sizes, at full size, each read once with its wall time and the peak heap it took
 * printed next to its documented bound: time at most {@value #TIME_BOUND_SECONDS} s, peak heap at
 * most {@value #BASE_MIB} MiB plus {@value #MEMORY_FACTOR} times the input's size. Exits with 1 if
 * a case breaks its bound.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am package -DskipTests && java -Xmx2g -cp
 * benchmarks/target/benchmarks.jar org.disclosurereport.benchmarks.hostile.HostileSizes}.
 */
public final class HostileSizes {
  /** The time bound of each case, in seconds. */
  static final int TIME_BOUND_SECONDS = 10;

  /** The heap each case may take beyond its factor, in MiB (the JVM, the readers' tables). */
  static final int BASE_MIB = 64;

  /** The heap each case may take per byte of input. */
  static final int MEMORY_FACTOR = 12;

  private HostileSizes() {}

  /** A case: its name, its input and how it is read. */
  record Case(String name, String input, java.util.function.Function<String, Object> read) {}

  static List<Case> cases() {
    PublishedReportReader reader = PublishedReportReader.create();
    String json = ReportJson.create().write(SampleReports.luoning2020(), Formatting.PRETTY);
    String td = "<table><tr><td rowspan=\"1000\" colspan=\"1000\">1</td></tr></table>";
    return List.of(
        new Case("text: 19 MB of \"1 \"", "1 ".repeat(19 << 19), reader::readText),
        new Case("text: 19 MB of tabs", "\t".repeat(19 << 20), reader::readText),
        new Case(
            "text: 1M lines of 1 1 1 1", "1 1 1 1 1 1 1 1\n".repeat(1 << 20), reader::readText),
        new Case(
            "HTML: 10^6 cells",
            "<table><tr>" + "<td>1</td>".repeat(1_000_000) + "</tr></table>",
            reader::readHtml),
        new Case(
            "HTML: 10^6 rows",
            "<table>" + "<tr><td>1</td></tr>".repeat(1_000_000) + "</table>",
            reader::readHtml),
        new Case("HTML: 4,000 tables at the span cap", td.repeat(4_000), reader::readHtml),
        new Case("HTML: 900 tables at the span cap", td.repeat(900), reader::readHtml),
        new Case(
            "JSON: a 2.1-million-character cell",
            json.replaceFirst(
                "\"naturalPerson\"\\s*:\\s*\\d+",
                "\"naturalPerson\": \"" + "9".repeat(2_100_000) + "\""),
            s -> ReportJson.create().read(s.getBytes(StandardCharsets.UTF_8), "cell.json")));
  }

  /**
   * Runs every case.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    boolean ok = true;
    System.out.printf(
        Locale.ROOT,
        "%-38s %10s %9s %11s %11s  %s%n",
        "case",
        "input MB",
        "time s",
        "peak MiB",
        "bound MiB",
        "");
    for (Case c : cases()) {
      long inputBytes = c.input().getBytes(StandardCharsets.UTF_8).length;
      long bound = (long) BASE_MIB + MEMORY_FACTOR * inputBytes / (1 << 20);
      Measured m = measure(() -> c.read().apply(c.input()));
      boolean pass = m.seconds <= TIME_BOUND_SECONDS && m.peakMib <= bound;
      ok &= pass;
      System.out.printf(
          Locale.ROOT,
          "%-38s %10.1f %9.2f %11d %11d  %s%n",
          c.name(),
          inputBytes / 1e6,
          m.seconds,
          m.peakMib,
          bound,
          pass ? "ok" : "OVER BOUND");
    }
    System.exit(ok ? 0 : 1);
  }

  record Measured(double seconds, long peakMib) {}

  /** Runs once after a collection, with the heap pools' peaks reset, and reads the peaks after. */
  static Measured measure(Supplier<Object> work) {
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
            .toList();
    System.gc();
    long base = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    Object result = work.get();
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    if (result == null) {
      throw new IllegalStateException("no result");
    }
    return new Measured(seconds, Math.max(0, peak - base) >> 20);
  }
}
