package org.disclosurereport.benchmarks.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.disclosurereport.benchmarks.hostile.HostileInputFailure.Kind;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.ReadCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReaderOracleTest {
  private static final byte[] INPUT = {1, 2, 3};
  private final ReaderOracle oracle = new ReaderOracle(Duration.ofMillis(200));

  @AfterEach
  void stop() {
    oracle.close();
  }

  private static Finding error() {
    return Finding.builder()
        .code(ReadCode.SYNTAX)
        .ruleId(ReadCode.SYNTAX.id(DocumentFormat.XML))
        .severity(Severity.ERROR)
        .location(FindingLocation.none())
        .build();
  }

  private Kind failure(ReaderOracle.Target target) {
    return assertThrows(HostileInputFailure.class, () -> oracle.check("fake", target, INPUT))
        .kind();
  }

  @Test
  void anInputWithAReportOrAnErrorPasses() {
    Outcome refused = new Outcome(Optional.empty(), List.of(error()));
    assertEquals(refused, oracle.check("fake", b -> refused, INPUT));
  }

  @Test
  void anExceptionIsAFailure() {
    assertEquals(
        Kind.EXCEPTION,
        failure(
            b -> {
              throw new IllegalStateException("from inside a library");
            }));
  }

  @Test
  void runningOutOfMemoryIsAFailure() {
    assertEquals(
        Kind.OUT_OF_MEMORY,
        failure(
            b -> {
              throw new OutOfMemoryError("Java heap space");
            }));
  }

  @Test
  void nothingAndNoErrorIsASilentLoss() {
    assertEquals(Kind.SILENT_LOSS, failure(b -> new Outcome(Optional.empty(), List.of())));
    assertEquals(Kind.SILENT_LOSS, failure(b -> null));
  }

  @Test
  void aReaderThatSpinsIsStoppedAtTheLimitAndTheNextInputIsReadAgain() {
    oracle.check("spinning", b -> new Outcome(Optional.empty(), List.of(error())), INPUT);
    long start = System.nanoTime();
    Kind kind =
        assertThrows(
                HostileInputFailure.class,
                () ->
                    oracle.check(
                        "spinning",
                        b -> {
                          long x = 0;
                          while (!Thread.currentThread().isInterrupted()) {
                            x += b.length;
                          }
                          return x < 0 ? null : new Outcome(Optional.empty(), List.of(error()));
                        },
                        INPUT))
            .kind();
    assertEquals(Kind.TOO_SLOW, kind);
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos());
    Outcome after =
        oracle.check("spinning", b -> new Outcome(Optional.empty(), List.of(error())), INPUT);
    assertTrue(after.hasErrors(), "a new worker reads the next input");
  }

  @Test
  void waitingIsNotSpendingProcessorTime() {
    Outcome refused = new Outcome(Optional.empty(), List.of(error()));
    oracle.check("sleeping", b -> refused, INPUT);
    assertEquals(
        refused,
        oracle.check(
            "sleeping",
            b -> {
              try {
                Thread.sleep(400);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return refused;
            },
            INPUT));
  }

  @Test
  void aDocumentThatKeptItsMeaningMustGiveTheSameReport() {
    byte[] seed = SeedCorpus.seeds(DocumentReader.JSON).values().iterator().next();
    try (ReaderOracle real = new ReaderOracle()) {
      AnnualReport report = real.check(DocumentReader.JSON, seed).report().orElseThrow();
      assertEquals(
          Optional.of(report), real.checkSameReport(DocumentReader.JSON, seed, report).report());
      AnnualReport other = report.withMetadata(report.metadata().withOrganName("另一机关"));
      assertEquals(
          Kind.CHANGED_MEANING,
          assertThrows(
                  HostileInputFailure.class,
                  () -> real.checkSameReport(DocumentReader.JSON, seed, other))
              .kind());
    }
  }
}
