package org.disclosurereport.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;

class RatioTableTest {

  private static Measurement m(String name, double nanos, double bytes) {
    return new Measurement(name, nanos, nanos / 100, OptionalDouble.of(bytes));
  }

  /** A run in which every benchmark takes {@code nanos} and allocates {@code bytes}. */
  private static List<Measurement> uniformRun(double nanos, double bytes) {
    List<Measurement> run = new ArrayList<>();
    for (RatioTable.Ratio r : RatioTable.RATIOS) {
      for (String b : List.of(r.numerator(), r.denominator())) {
        if (run.stream().noneMatch(x -> x.benchmark().equals(b))) {
          run.add(m(b, nanos, bytes));
        }
      }
    }
    return run;
  }

  private static List<Measurement> replace(List<Measurement> run, Measurement changed) {
    List<Measurement> out = new ArrayList<>();
    for (Measurement x : run) {
      out.add(x.benchmark().equals(changed.benchmark()) ? changed : x);
    }
    return out;
  }

  @Test
  void everyRatioNamesABenchmarkMethodOfThisModule() throws ClassNotFoundException {
    for (RatioTable.Ratio r : RatioTable.RATIOS) {
      for (String b : List.of(r.numerator(), r.denominator())) {
        int dot = b.indexOf('.');
        Class<?> type = Class.forName("org.disclosurereport.benchmarks." + b.substring(0, dot));
        boolean found = false;
        for (Method method : type.getMethods()) {
          found |=
              method.getName().equals(b.substring(dot + 1))
                  && method.isAnnotationPresent(Benchmark.class);
        }
        assertTrue(found, b + " in " + r.name());
      }
    }
  }

  @Test
  void theTargetsOfTheIssueAreThere() {
    List<String> targets =
        RatioTable.RATIOS.stream()
            .filter(r -> r.limit().isPresent())
            .map(r -> r.numerator() + "/" + r.denominator() + " " + r.metric() + " " + r.target())
            .toList();
    assertEquals(
        List.of(
            "ReadJsonBenchmark.hardened/ReadJsonBenchmark.pojo TIME ≤ 1.40",
            "ReadJsonBenchmark.hardened/ReadJsonBenchmark.tokenScan TIME ≤ 3.00",
            "ReadJsonBenchmark.hardened/ReadJsonBenchmark.readTree ALLOCATION ≤ 4.00",
            "ReadJsonBenchmark.withFinding/ReadJsonBenchmark.pojo TIME ≤ 1.60",
            "ReadJsonBenchmark.withError/ReadJsonBenchmark.pojo TIME ≤ 1.60",
            "ValidateBenchmark.full/ReadJsonBenchmark.hardened TIME ≤ 1.00",
            "ValidateBenchmark.identities/ReadJsonBenchmark.hardened TIME < 0.10",
            "PublishedPageBenchmark.html/PublishedPageBenchmark.jsoupParse TIME ≤ 2.50",
            "PublishedPageBenchmark.text/PublishedPageBenchmark.textSplit TIME ≤ 10.00",
            "DocumentBenchmark.pdf/DocumentBenchmark.pdfboxText TIME ≤ 1.50",
            "DocumentBenchmark.docx/DocumentBenchmark.poiWalk TIME ≤ 1.50",
            "DashboardBenchmark.dashboard/DashboardBenchmark.validation TIME < 0.10"),
        targets);
  }

  @Test
  void ratiosAreTakenBetweenBenchmarksOfTheRun() {
    List<Measurement> run = uniformRun(1000, 5000);
    run = replace(run, m("ReadJsonBenchmark.hardened", 1300, 20_000));
    run = replace(run, m("ReadJsonBenchmark.tokenScan", 400, 64));
    RatioTable table = RatioTable.of(run);
    RatioTable.Row pojo = table.row(RatioTable.RATIOS.get(0)).orElseThrow();
    assertEquals(1.3, pojo.value(), 1e-9);
    assertTrue(pojo.met());
    RatioTable.Row scan = table.row(RatioTable.RATIOS.get(1)).orElseThrow();
    assertEquals(3.25, scan.value(), 1e-9);
    assertFalse(scan.met());
    RatioTable.Row alloc = table.row(RatioTable.RATIOS.get(2)).orElseThrow();
    assertEquals(4.0, alloc.value(), 1e-9);
    assertTrue(alloc.met(), "at most four times is within the target");
    assertFalse(table.allTargetsMet());
  }

  @Test
  void underIsStrictAndAtMostIsNot() {
    RatioTable.Ratio identities =
        RatioTable.RATIOS.stream()
            .filter(r -> r.numerator().equals("ValidateBenchmark.identities"))
            .findFirst()
            .orElseThrow();
    assertTrue(identities.meets(0.099));
    assertFalse(identities.meets(0.1));
    RatioTable.Ratio full =
        RatioTable.RATIOS.stream()
            .filter(r -> r.numerator().equals("ValidateBenchmark.full"))
            .findFirst()
            .orElseThrow();
    assertTrue(full.meets(1.0));
    assertFalse(full.meets(1.01));
  }

  @Test
  void aRunWithoutABenchmarkOrWithoutTheGcProfilerGivesFewerRatios() {
    List<Measurement> run = new ArrayList<>(uniformRun(1000, 5000));
    run.removeIf(x -> x.benchmark().equals("GenerateBenchmark.randomCells"));
    run.replaceAll(
        x ->
            new Measurement(x.benchmark(), x.nanosPerOp(), x.errorNanos(), OptionalDouble.empty()));
    RatioTable table = RatioTable.of(run);
    assertEquals(RatioTable.RATIOS.size() - 2, table.rows().size());
    assertTrue(
        table.rows().stream().noneMatch(r -> r.ratio().metric() == RatioTable.Metric.ALLOCATION));
    assertTrue(
        table.rows().stream()
            .noneMatch(r -> r.ratio().numerator().equals("GenerateBenchmark.testkit")));
  }

  @Test
  void aBenchmarkMeasuredTwiceIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> RatioTable.of(List.of(m("A.b", 1, 1), m("A.b", 2, 2))));
  }

  @Test
  void theMarkdownHasAFigureForEveryBenchmarkAndARowForEveryRatio() {
    RatioTable table =
        RatioTable.of(replace(uniformRun(41_200, 98_304), m("ReadJsonBenchmark.pojo", 20_000, 1)));
    String md = table.toMarkdown();
    assertTrue(md.contains("| ReadJsonBenchmark.hardened | 41.2 µs | 412 ns | 96.0 KiB |"), md);
    assertTrue(
        md.contains("| read JSON: hardened / plain databind POJO | 2.06 | ≤ 1.40 | **no** |"), md);
    assertTrue(md.contains("| write JSON: SDK / plain databind POJO | 1.00 | - |  |"), md);
    assertEquals(
        table.measurements().size() + RatioTable.RATIOS.size() + 4,
        md.lines().filter(l -> l.startsWith("|")).count());
  }

  @Test
  void timesAndSizesAreWrittenWithAReadableUnit() {
    assertEquals("850 ns", RatioTable.time(850));
    assertEquals("12.3 µs", RatioTable.time(12_300));
    assertEquals("4.5 ms", RatioTable.time(4_500_000));
    assertEquals("1.20 s", RatioTable.time(1_200_000_000));
    assertEquals("512 B", RatioTable.bytes(512));
    assertEquals("1.5 MiB", RatioTable.bytes(1.5 * 1024 * 1024));
  }
}
