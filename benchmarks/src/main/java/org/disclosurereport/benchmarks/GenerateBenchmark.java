package org.disclosurereport.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.testkit.ReportGenerator;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Generating 10,000 reports with the testkit (consistent by construction, with narratives), against
 * filling the same builder with random figures that need not add up: what a test author would write
 * without the testkit. One operation is 10,000 reports.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GenerateBenchmark extends BenchmarkDefaults {
  /** Reports per operation. */
  public static final int REPORTS = 10_000;

  private ReportGenerator generator;
  private EditionSpec spec;
  private List<CellAddress> cells;
  private long seed;

  /** Prepares the generator, once per fork. */
  @Setup
  public void setUp() {
    generator = Fixture.generator();
    spec = Edition.V2021.spec();
    cells = spec.cells();
  }

  /**
   * 10,000 testkit reports, each from its own seed.
   *
   * @param blackhole consumes the reports
   */
  @Benchmark
  public void testkit(Blackhole blackhole) {
    for (int i = 0; i < REPORTS; i++) {
      blackhole.consume(generator.generate(RandomEntropy.seeded(seed++)));
    }
  }

  /**
   * 10,000 reports whose every cell holds a random figure, built with the model's builder.
   *
   * @param blackhole consumes the reports
   */
  @Benchmark
  public void randomCells(Blackhole blackhole) {
    SplittableRandom random = new SplittableRandom(seed++);
    for (int i = 0; i < REPORTS; i++) {
      AnnualReport.Builder b =
          AnnualReport.builder()
              .metadata(
                  ReportMetadata.builder()
                      .organName("benchmark")
                      .edition(Edition.V2021)
                      .reportYear(2021 + random.nextInt(5))
                      .build());
      for (CellAddress cell : cells) {
        long v = random.nextLong(Fixture.MAX_COUNT);
        b.putCell(
            cell,
            switch (spec.kind(cell)) {
              case COUNT -> CellValue.count(v);
              case CHANGE -> CellValue.change(v - Fixture.MAX_COUNT / 2);
              case AMOUNT ->
                  CellValue.amount(BigDecimal.valueOf(v, 2), MoneyUnit.TEN_THOUSAND_YUAN);
            });
      }
      blackhole.consume(b.build());
    }
  }
}
