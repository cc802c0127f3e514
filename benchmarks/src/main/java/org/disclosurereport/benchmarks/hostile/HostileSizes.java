package org.disclosurereport.benchmarks.hostile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * <p>JSON Lines is read by the command-line tool, which reads it a line at a time through its batch
 * window: each of those cases runs {@code disclosure validate} in a JVM of its own with a heap of
 * {@value #CLI_HEAP_MIB} MiB, whatever the input's size, and prints its wall time (JVM start
 * included), the largest heap in use its collector saw, and the size of its output. Its bounds: the
 * run succeeds within that heap, in at most {@value #CLI_BASE_SECONDS} s plus {@value
 * #CLI_SECONDS_PER_MIB} s per MiB of input, and prints at most {@value #CLI_OUTPUT_FACTOR} times
 * the input's size plus {@value #CLI_OUTPUT_BASE_BYTES} bytes.
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

  /** The heap of the JVM each command-line case runs in, in MiB. */
  static final int CLI_HEAP_MIB = 256;

  /** The time a command-line case may take whatever its input (the JVM's start), in seconds. */
  static final int CLI_BASE_SECONDS = 5;

  /** The time a command-line case may take per MiB of input, in seconds. */
  static final int CLI_SECONDS_PER_MIB = 1;

  /** The output a command-line case may print per byte of input. */
  static final int CLI_OUTPUT_FACTOR = 2;

  /** The output a command-line case may print whatever its input, in bytes. */
  static final int CLI_OUTPUT_BASE_BYTES = 1 << 20;

  private HostileSizes() {}

  /** A case of the command-line tool: its name and the lines of its JSON Lines input. */
  record CliCase(String name, String line, long bytes) {}

  static List<CliCase> cliCases() {
    String valid =
        ReportJson.create().write(SampleReports.luoning2020(), Formatting.COMPACT).strip();
    // The same report with a figure changed: a report with errors, each line its findings.
    String withErrors = valid.replaceFirst("(\"naturalPerson\"\\s*:\\s*)(\\d+)", "$1987654");
    return List.of(
        new CliCase("JSON Lines: 10^6 lines of {}", "{}", 3L * 1_000_000),
        new CliCase("JSON Lines: 32 MiB of {}", "{}", 32L << 20),
        new CliCase("JSON Lines: 32 MiB of valid reports", valid, 32L << 20),
        new CliCase("JSON Lines: 32 MiB of reports with errors", withErrors, 32L << 20));
  }

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
   * @param args {@code --json-lines} to run only the command-line cases
   */
  public static void main(String[] args) {
    boolean ok = true;
    boolean readers = !List.of(args).contains("--json-lines");
    System.out.printf(
        Locale.ROOT,
        "%-38s %10s %9s %11s %11s  %s%n",
        "case",
        "input MB",
        "time s",
        "peak MiB",
        "bound MiB",
        "");
    for (Case c : readers ? cases() : List.<Case>of()) {
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
    System.out.printf(
        Locale.ROOT,
        "%n%-42s %9s %8s %9s %9s %10s %10s  %s%n",
        "case (disclosure validate, -Xmx" + CLI_HEAP_MIB + "m)",
        "input MB",
        "lines",
        "time s",
        "bound s",
        "peak MiB",
        "output MB",
        "");
    for (CliCase c : cliCases()) {
      try {
        CliMeasured m = measureCli(c);
        double bound = CLI_BASE_SECONDS + CLI_SECONDS_PER_MIB * m.inputBytes / (double) (1 << 20);
        boolean pass =
            m.exitedNormally
                && m.seconds <= bound
                && m.outputBytes <= CLI_OUTPUT_FACTOR * m.inputBytes + CLI_OUTPUT_BASE_BYTES;
        ok &= pass;
        System.out.printf(
            Locale.ROOT,
            "%-42s %9.1f %8d %9.2f %9.1f %10s %10.2f  %s%n",
            c.name(),
            m.inputBytes / 1e6,
            m.lines,
            m.seconds,
            bound,
            m.peakMib < 0 ? "<young" : String.valueOf(m.peakMib),
            m.outputBytes / 1e6,
            pass ? "ok (exit " + m.exitCode + ")" : "OVER BOUND (exit " + m.exitCode + ")");
      } catch (IOException e) {
        ok = false;
        System.out.println(c.name() + ": could not run: " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    System.exit(ok ? 0 : 1);
  }

  record CliMeasured(
      long inputBytes,
      long lines,
      double seconds,
      long peakMib,
      long outputBytes,
      int exitCode,
      boolean exitedNormally) {}

  private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->\\d+M\\(");

  /**
   * Writes the case's input, runs {@code disclosure validate --output json} on it in a JVM of its
   * own, and reads the largest heap in use from its collector's log.
   */
  static CliMeasured measureCli(CliCase c) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("hostile-sizes");
    try {
      Path in = dir.resolve("input.jsonl");
      long lines = 0;
      long bytes = 0;
      byte[] line = (c.line() + "\n").getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(in), 1 << 16)) {
        while (bytes + line.length <= c.bytes() || lines == 0) {
          out.write(line);
          bytes += line.length;
          lines++;
        }
      }
      Path gcLog = dir.resolve("gc.log");
      Path output = dir.resolve("out.json");
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      ProcessBuilder pb =
          new ProcessBuilder(
                  java.toString(),
                  "-Xmx" + CLI_HEAP_MIB + "m",
                  "-Xlog:gc:file=" + gcLog,
                  "-cp",
                  System.getProperty("java.class.path"),
                  "org.disclosurereport.cli.Main",
                  "validate",
                  "--output",
                  "json",
                  in.toString())
              .redirectOutput(output.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      long start = System.nanoTime();
      Process p = pb.start();
      int code = p.waitFor();
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = -1;
      for (String l : Files.readAllLines(gcLog)) {
        Matcher m = GC_HEAP.matcher(l);
        if (m.find()) {
          peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
      }
      // 0 valid, 1 reports with errors, 2 unreadable lines: each a normal end; others are not.
      return new CliMeasured(
          bytes, lines, seconds, peak, Files.size(output), code, code >= 0 && code <= 2);
    } finally {
      try (var files = Files.walk(dir)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
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
