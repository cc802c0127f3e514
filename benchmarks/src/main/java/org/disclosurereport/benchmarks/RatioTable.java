package org.disclosurereport.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of one run and the ratios the project publishes, each against its target where it has
 * one. Ratios are only ever taken between benchmarks of the same run, so that the machine's speed
 * and load cancel out.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RatioTable {
  /** What a ratio compares. */
  public enum Metric {
    /** Mean time per operation. */
    TIME,
    /** Bytes allocated per operation ({@code -prof gc}). */
    ALLOCATION
  }

  /**
   * One published ratio: numerator over denominator, and the most it may be.
   *
   * @param name what the ratio says
   * @param numerator the benchmark measured
   * @param denominator the baseline of the same run
   * @param metric time or allocation
   * @param limit the target, empty for ratios published without one
   * @param strict true when the target is "under" the limit, false for "at most"
   */
  public record Ratio(
      String name,
      String numerator,
      String denominator,
      Metric metric,
      OptionalDouble limit,
      boolean strict) {

    /**
     * Whether a value meets the target; true when there is none.
     *
     * @param value the measured ratio
     * @return whether it is within the target
     */
    public boolean meets(double value) {
      if (limit.isEmpty()) {
        return true;
      }
      return strict ? value < limit.getAsDouble() : value <= limit.getAsDouble();
    }

    /**
     * @return the target as printed, such as {@code ≤ 1.40} or {@code < 0.10}, or {@code -}
     */
    public String target() {
      return limit.isEmpty()
          ? "-"
          : (strict ? "< " : "≤ ") + String.format(Locale.ROOT, "%.2f", limit.getAsDouble());
    }
  }

  /**
   * A ratio as measured.
   *
   * @param ratio the ratio
   * @param value the measured value
   */
  public record Row(Ratio ratio, double value) {
    /**
     * @return whether the target is met (always true without a target)
     */
    public boolean met() {
      return ratio.meets(value);
    }
  }

  /** The ratios published in the README, in the order printed. */
  public static final List<Ratio> RATIOS =
      List.of(
          target(
              "read JSON: hardened / plain databind POJO",
              "ReadJsonBenchmark.hardened",
              "ReadJsonBenchmark.pojo",
              Metric.TIME,
              1.4,
              false),
          target(
              "read JSON: hardened / token scan",
              "ReadJsonBenchmark.hardened",
              "ReadJsonBenchmark.tokenScan",
              Metric.TIME,
              3.0,
              false),
          target(
              "read JSON: bytes allocated, hardened / readTree",
              "ReadJsonBenchmark.hardened",
              "ReadJsonBenchmark.readTree",
              Metric.ALLOCATION,
              4.0,
              false),
          info(
              "read JSON: plain databind POJO / token scan",
              "ReadJsonBenchmark.pojo",
              "ReadJsonBenchmark.tokenScan",
              Metric.TIME),
          target(
              "read JSON with one finding / plain databind POJO",
              "ReadJsonBenchmark.withFinding",
              "ReadJsonBenchmark.pojo",
              Metric.TIME,
              1.6,
              false),
          target(
              "read JSON with one error / plain databind POJO",
              "ReadJsonBenchmark.withError",
              "ReadJsonBenchmark.pojo",
              Metric.TIME,
              1.6,
              false),
          target(
              "validate: Bean Validation + all rules / read JSON",
              "ValidateBenchmark.full",
              "ReadJsonBenchmark.hardened",
              Metric.TIME,
              1.0,
              false),
          info(
              "validate: all rules / read JSON",
              "ValidateBenchmark.rules",
              "ReadJsonBenchmark.hardened",
              Metric.TIME),
          target(
              "validate: identity rules / read JSON",
              "ValidateBenchmark.identities",
              "ReadJsonBenchmark.hardened",
              Metric.TIME,
              0.1,
              true),
          info(
              "write JSON: SDK / plain databind POJO",
              "WriteBenchmark.json",
              "WriteBenchmark.jsonPojo",
              Metric.TIME),
          info(
              "write XML: SDK / plain databind POJO",
              "WriteBenchmark.xml",
              "WriteBenchmark.xmlPojo",
              Metric.TIME),
          target(
              "read HTML page: reader / bare jsoup parse",
              "PublishedPageBenchmark.html",
              "PublishedPageBenchmark.jsoupParse",
              Metric.TIME,
              2.5,
              false),
          target(
              "read text: reader / bare split into cells",
              "PublishedPageBenchmark.text",
              "PublishedPageBenchmark.textSplit",
              Metric.TIME,
              10.0,
              false),
          target(
              "read PDF: reader / PDFBox text extraction",
              "DocumentBenchmark.pdf",
              "DocumentBenchmark.pdfboxText",
              Metric.TIME,
              1.5,
              false),
          target(
              "read .docx: reader / POI open and walk tables",
              "DocumentBenchmark.docx",
              "DocumentBenchmark.poiWalk",
              Metric.TIME,
              1.5,
              false),
          info(
              "generate 10,000: testkit / random cells",
              "GenerateBenchmark.testkit",
              "GenerateBenchmark.randomCells",
              Metric.TIME),
          info(
              "serve: one validate request over HTTP / read + rules in process",
              "ServeBenchmark.request",
              "ServeBenchmark.inProcess",
              Metric.TIME),
          target(
              "audit dashboard of 10,000 / their validation (read + rules)",
              "DashboardBenchmark.dashboard",
              "DashboardBenchmark.validation",
              Metric.TIME,
              0.1,
              true));

  /**
   * The ratios without a target that the short run measures too: the service's line, so that what
   * the service adds to the work shows next to the readers' figures.
   */
  public static final List<Ratio> SHORT_RUN_EXTRAS =
      RATIOS.stream().filter(r -> r.numerator().startsWith("ServeBenchmark.")).toList();

  private final Map<String, Measurement> measurements;

  private RatioTable(Map<String, Measurement> measurements) {
    this.measurements = measurements;
  }

  private static Ratio target(
      String name, String num, String den, Metric metric, double limit, boolean strict) {
    return new Ratio(name, num, den, metric, OptionalDouble.of(limit), strict);
  }

  private static Ratio info(String name, String num, String den, Metric metric) {
    return new Ratio(name, num, den, metric, OptionalDouble.empty(), false);
  }

  /**
   * Builds the table of one run.
   *
   * @param run the measurements of the run; one per benchmark
   * @return the table
   * @throws IllegalArgumentException if a benchmark appears twice
   */
  public static RatioTable of(Collection<Measurement> run) {
    Map<String, Measurement> byName = new LinkedHashMap<>();
    for (Measurement m : run) {
      if (byName.put(m.benchmark(), m) != null) {
        throw new IllegalArgumentException("Benchmark measured twice in one run: " + m.benchmark());
      }
    }
    return new RatioTable(byName);
  }

  /**
   * @return the measurements, in the order given
   */
  public Collection<Measurement> measurements() {
    return measurements.values();
  }

  /**
   * Computes one ratio.
   *
   * @param ratio the ratio
   * @return its value, empty when the run lacks a benchmark or an allocation figure it needs
   */
  public Optional<Row> row(Ratio ratio) {
    Measurement num = measurements.get(ratio.numerator());
    Measurement den = measurements.get(ratio.denominator());
    if (num == null || den == null) {
      return Optional.empty();
    }
    if (ratio.metric() == Metric.TIME) {
      return Optional.of(new Row(ratio, num.nanosPerOp() / den.nanosPerOp()));
    }
    if (num.bytesPerOp().isEmpty()
        || den.bytesPerOp().isEmpty()
        || den.bytesPerOp().getAsDouble() <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Row(ratio, num.bytesPerOp().getAsDouble() / den.bytesPerOp().getAsDouble()));
  }

  /**
   * @return every published ratio the run can give, in order
   */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Ratio r : RATIOS) {
      row(r).ifPresent(rows::add);
    }
    return rows;
  }

  /**
   * @return whether every ratio with a target that the run can give meets it
   */
  public boolean allTargetsMet() {
    return rows().stream().allMatch(Row::met);
  }

  /**
   * Returns the figures and the ratios as two Markdown tables, as the README prints them.
   *
   * @return the text
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder();
    out.append("| Benchmark | Time per op | ± (99.9%) | Allocated per op |\n");
    out.append("|---|---:|---:|---:|\n");
    for (Measurement m : measurements.values()) {
      out.append("| ")
          .append(m.benchmark())
          .append(" | ")
          .append(time(m.nanosPerOp()))
          .append(" | ")
          .append(Double.isNaN(m.errorNanos()) ? "-" : time(m.errorNanos()))
          .append(" | ")
          .append(m.bytesPerOp().isPresent() ? bytes(m.bytesPerOp().getAsDouble()) : "-")
          .append(" |\n");
    }
    out.append("\n| Ratio (same run) | Measured | Target | Met |\n");
    out.append("|---|---:|---:|:---:|\n");
    for (Row row : rows()) {
      out.append("| ")
          .append(row.ratio().name())
          .append(" | ")
          .append(String.format(Locale.ROOT, "%.2f", row.value()))
          .append(" | ")
          .append(row.ratio().target())
          .append(" | ")
          .append(row.ratio().limit().isEmpty() ? "" : row.met() ? "yes" : "**no**")
          .append(" |\n");
    }
    return out.toString();
  }

  /**
   * Formats a time per operation with a unit that keeps three or four significant digits.
   *
   * @param nanos the time in nanoseconds
   * @return the text, such as {@code 41.2 µs}
   */
  static String time(double nanos) {
    if (nanos >= 1e9) {
      return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
    if (nanos >= 1e6) {
      return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
    if (nanos >= 1e3) {
      return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f ns", nanos);
  }

  /**
   * Formats a number of bytes in binary units.
   *
   * @param bytes the bytes
   * @return the text, such as {@code 96.0 KiB}
   */
  static String bytes(double bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024 * 1024));
    }
    if (bytes >= 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024);
    }
    return String.format(Locale.ROOT, "%.0f B", bytes);
  }
}
