package org.disclosurereport.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatiosTest {
  /** Two entries as JMH 1.37 writes them with {@code -rf json -prof gc}, trimmed. */
  private static final String RESULT =
      """
      [
        {
          "jmhVersion" : "1.37",
          "benchmark" : "org.disclosurereport.benchmarks.ReadJsonBenchmark.hardened",
          "mode" : "avgt",
          "primaryMetric" : {"score" : 41.25, "scoreError" : 0.5, "scoreUnit" : "us/op"},
          "secondaryMetrics" : {
            "gc.alloc.rate" : {"score" : 900.1, "scoreUnit" : "MB/sec"},
            "gc.alloc.rate.norm" : {"score" : 98304.0, "scoreUnit" : "B/op"}
          }
        },
        {
          "jmhVersion" : "1.37",
          "benchmark" : "org.disclosurereport.benchmarks.GenerateBenchmark.testkit",
          "mode" : "avgt",
          "primaryMetric" : {"score" : 512.5, "scoreError" : "NaN", "scoreUnit" : "ms/op"},
          "secondaryMetrics" : {}
        }
      ]
      """;

  @Test
  void aSavedResultFileGivesTheMeasurementsOfItsRun() throws IOException {
    List<Measurement> run = Ratios.fromJson(RESULT);
    assertEquals(2, run.size());
    Measurement read = run.get(0);
    assertEquals("ReadJsonBenchmark.hardened", read.benchmark());
    assertEquals(41_250.0, read.nanosPerOp(), 1e-9);
    assertEquals(500.0, read.errorNanos(), 1e-9);
    assertEquals(98_304.0, read.bytesPerOp().orElseThrow(), 1e-9);
    Measurement generate = run.get(1);
    assertEquals(512_500_000.0, generate.nanosPerOp(), 1e-3);
    assertTrue(Double.isNaN(generate.errorNanos()));
    assertTrue(generate.bytesPerOp().isEmpty());
  }

  @Test
  void anEntryWithoutAScoreIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Ratios.fromJson("[{\"benchmark\":\"a.B.c\",\"primaryMetric\":{}}]"));
  }

  @Test
  void benchmarksAreNamedByClassAndMethod() {
    assertEquals(
        "ReadJsonBenchmark.hardened",
        Ratios.shortName("org.disclosurereport.benchmarks.ReadJsonBenchmark.hardened"));
    assertEquals("A.b", Ratios.shortName("A.b"));
  }

  @Test
  void theShortRunMeasuresEveryBenchmarkThatATargetComparesAndNoOther() {
    assertEquals(
        java.util.Set.of(
            "ReadJsonBenchmark.hardened",
            "ReadJsonBenchmark.pojo",
            "ReadJsonBenchmark.tokenScan",
            "ReadJsonBenchmark.readTree",
            "ReadJsonBenchmark.withFinding",
            "ReadJsonBenchmark.withError",
            "ValidateBenchmark.full",
            "ValidateBenchmark.identities",
            "PublishedPageBenchmark.html",
            "PublishedPageBenchmark.jsoupParse",
            "PublishedPageBenchmark.text",
            "PublishedPageBenchmark.textSplit",
            "DocumentBenchmark.pdf",
            "DocumentBenchmark.pdfboxText",
            "DocumentBenchmark.docx",
            "DocumentBenchmark.poiWalk",
            "ServeBenchmark.request",
            "ServeBenchmark.inProcess",
            "DashboardBenchmark.dashboard",
            "DashboardBenchmark.validation"),
        Ratios.targetBenchmarks());
  }
}
