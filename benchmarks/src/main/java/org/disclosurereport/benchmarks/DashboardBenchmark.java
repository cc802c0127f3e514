package org.disclosurereport.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.disclosurereport.cli.internal.audit.AuditDashboard;
import org.disclosurereport.cli.internal.audit.AuditEntry;
import org.disclosurereport.cli.internal.batch.ReportIdentity;
import org.disclosurereport.cli.internal.batch.ReportOutcome;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.testkit.ReportGenerator;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.ReportValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The audit dashboard of {@code validate --report} for 10,000 generated reports, against the
 * validation of those reports as the tool does it for each file: reading the JSON and checking
 * every rule. The dashboard's cost is what the tool adds: an entry per report (its cells as text,
 * its first findings) and the one file written with the chart library inlined. Target: the
 * dashboard below a tenth of the validation. One operation is 10,000 reports.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DashboardBenchmark extends BenchmarkDefaults {
  /** Reports per operation. */
  public static final int REPORTS = 10_000;

  private byte[][] json;
  private AnnualReport[] reports;
  private ReportOutcome[] outcomes;
  private ReportJson reader;
  private ReportValidator validator;
  private Path target;

  /** Generates the reports, their JSON and their findings, once per fork. */
  @Setup
  public void setUp() throws IOException {
    ReportGenerator generator = Fixture.generator();
    reader = ReportJson.create();
    validator = ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_IS_ERROR).build();
    json = new byte[REPORTS][];
    reports = new AnnualReport[REPORTS];
    outcomes = new ReportOutcome[REPORTS];
    for (int i = 0; i < REPORTS; i++) {
      AnnualReport r = generator.generate(RandomEntropy.seeded(i));
      reports[i] = r;
      json[i] = reader.writeBytes(r, Formatting.COMPACT);
      List<Finding> findings = new ArrayList<>(validator.validate(r).findings());
      outcomes[i] =
          new ReportOutcome(
              "reports/" + i + ".json",
              Optional.of(DocumentFormat.JSON),
              Optional.of(ReportIdentity.of(r)),
              findings);
    }
    target = Files.createTempFile("audit", ".html");
  }

  /** Removes the file written. */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(target);
  }

  /**
   * The baseline: each report read from its JSON and checked, as {@code validate} does.
   *
   * @param blackhole consumes the findings
   */
  @Benchmark
  public void validation(Blackhole blackhole) {
    for (int i = 0; i < REPORTS; i++) {
      ReadResult r = reader.read(json[i], "report.json");
      blackhole.consume(validator.validate(r.report().orElseThrow()).findings());
    }
  }

  /**
   * The dashboard: an entry per report, then the file.
   *
   * @return the file's size
   * @throws IOException if the file cannot be written
   */
  @Benchmark
  public long dashboard() throws IOException {
    AuditDashboard dashboard = new AuditDashboard(Locale.CHINA);
    for (int i = 0; i < REPORTS; i++) {
      AnnualReport r = reports[i];
      dashboard.add(
          AuditEntry.of(
              outcomes[i], Optional.of(r), Locale.CHINA, dashboard.cellIndex(r.edition())));
    }
    dashboard.write(target);
    return Files.size(target);
  }

  /**
   * Writes a dashboard of the 10,000 reports to a file, for the open-time measurement in Chromium
   * ({@code benchmarks/dashboard-open-time.sh}).
   *
   * @param args the file to write
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    DashboardBenchmark b = new DashboardBenchmark();
    b.setUp();
    b.tearDown();
    b.target = Path.of(args[0]);
    System.out.println(b.dashboard() + " bytes");
  }
}
