package org.disclosurereport.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The main class of {@code benchmarks.jar}: runs the benchmarks with JMH and prints the figures and
 * the ratios of that same run.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar                      # everything, default settings
 * java -jar benchmarks/target/benchmarks.jar -f 2 -wi 3 -i 5 ReadJson   # any JMH option or filter
 * java -jar benchmarks/target/benchmarks.jar --from jmh-result.json     # the table of a saved run
 * java -jar benchmarks/target/benchmarks.jar --short                    # the guard: exit 1 on a missed target
 * </pre>
 *
 * <p>{@code --short} is the quick check for contributors: one fork, three warm-up and three
 * measured iterations (unless the command line says otherwise), only the benchmarks that some
 * target compares (unless it names others), and an exit code of 1 when a target is missed, 0 when
 * all are met.
 *
 * <p>Every JMH command-line option works as with JMH's own main class. Two defaults differ: the GC
 * profiler runs unless a profiler is named (the allocation ratio needs it), and the results are
 * also written as JSON to {@code jmh-result.json} unless {@code -rff} names another file, so that
 * the tables can be printed again from the file with {@code --from}.
 */
public final class Ratios {
  /** Where the results of a run go when the command line names no file. */
  public static final String DEFAULT_RESULT_FILE = "jmh-result.json";

  private static final String ALLOCATION = "gc.alloc.rate.norm";

  /** The option of the quick check. */
  static final String SHORT = "--short";

  private Ratios() {}

  /**
   * Runs the benchmarks, or prints the tables of a saved run.
   *
   * @param args JMH's options and filters, or {@code --from FILE}
   * @throws IOException if a result file cannot be read
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws IOException, RunnerException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    boolean quick = java.util.Arrays.asList(args).contains(SHORT);
    if (quick) {
      args = java.util.Arrays.stream(args).filter(a -> !a.equals(SHORT)).toArray(String[]::new);
    }
    if (args.length == 2 && args[0].equals("--from")) {
      print(RatioTable.of(fromJson(Files.readString(Path.of(args[1])))), out);
      return;
    }
    CommandLineOptions cli;
    try {
      cli = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("Error parsing command line: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (cli.shouldHelp()) {
      cli.showHelp();
      out.println("\n  --from FILE    print the figures and ratios of a saved JSON result file");
      out.println(
          "  --short        -f 1 -wi 3 -i 3 over the benchmarks of the targets; exit 1 on a missed target");
      return;
    }
    if (cli.shouldList() || cli.shouldListWithParams()) {
      new Runner(cli).list();
      return;
    }
    if (cli.shouldListProfilers()) {
      cli.listProfilers();
      return;
    }
    if (cli.shouldListResultFormats()) {
      cli.listResultFormats();
      return;
    }
    ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
    if (cli.getProfilers().isEmpty()) {
      options.addProfiler("gc");
    }
    if (!cli.getResultFormat().hasValue()) {
      options.resultFormat(ResultFormatType.JSON);
      if (!cli.getResult().hasValue()) {
        options.result(DEFAULT_RESULT_FILE);
      }
    }
    if (quick) {
      if (!cli.getForkCount().hasValue()) {
        options.forks(1);
      }
      if (!cli.getWarmupIterations().hasValue()) {
        options.warmupIterations(3);
      }
      if (!cli.getMeasurementIterations().hasValue()) {
        options.measurementIterations(3);
      }
      if (cli.getIncludes().isEmpty()) {
        targetBenchmarks().forEach(b -> options.include("\\." + b.replace(".", "\\.") + "$"));
      }
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    out.println();
    RatioTable table = RatioTable.of(fromRun(results));
    print(table, out);
    if (quick && !table.allTargetsMet()) {
      System.exit(1);
    }
  }

  /**
   * The benchmarks of the short run: those that the ratios with a target compare, and those of
   * {@link RatioTable#SHORT_RUN_EXTRAS}, each once.
   */
  static java.util.Set<String> targetBenchmarks() {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (RatioTable.Ratio r : RatioTable.RATIOS) {
      if (r.limit().isPresent() || RatioTable.SHORT_RUN_EXTRAS.contains(r)) {
        names.add(r.numerator());
        names.add(r.denominator());
      }
    }
    return names;
  }

  private static void print(RatioTable table, PrintStream out) {
    out.print(table.toMarkdown());
    List<String> missed = new ArrayList<>();
    for (RatioTable.Row row : table.rows()) {
      if (!row.met()) {
        missed.add(row.ratio().name());
      }
    }
    out.println();
    out.println(
        missed.isEmpty() ? "Every target of this run is met." : "Targets missed: " + missed);
  }

  /**
   * Turns JMH's results into measurements.
   *
   * @param results the results of a run
   * @return one measurement per benchmark
   */
  @SuppressWarnings("rawtypes") // JMH's secondary results are raw Results
  static List<Measurement> fromRun(Collection<RunResult> results) {
    List<Measurement> run = new ArrayList<>();
    for (RunResult r : results) {
      Result primary = r.getPrimaryResult();
      OptionalDouble bytes = OptionalDouble.empty();
      for (var e : r.getSecondaryResults().entrySet()) {
        if (e.getKey().endsWith(ALLOCATION)) {
          bytes = OptionalDouble.of(e.getValue().getScore());
        }
      }
      run.add(
          new Measurement(
              shortName(r.getParams().getBenchmark()),
              Measurement.toNanos(primary.getScore(), primary.getScoreUnit()),
              Measurement.toNanos(primary.getScoreError(), primary.getScoreUnit()),
              bytes));
    }
    return run;
  }

  /**
   * Reads the measurements of a JMH JSON result file ({@code -rf json}).
   *
   * @param json the file's content
   * @return one measurement per benchmark
   * @throws IOException if the text is not JSON
   * @throws IllegalArgumentException if an entry lacks its primary metric
   */
  static List<Measurement> fromJson(String json) throws IOException {
    List<Measurement> run = new ArrayList<>();
    for (JsonNode entry : JsonMapper.builder().build().readTree(json)) {
      JsonNode primary = entry.path("primaryMetric");
      if (!primary.path("score").isNumber()) {
        throw new IllegalArgumentException(
            "No primary metric for " + entry.path("benchmark").asText());
      }
      String unit = primary.path("scoreUnit").asText();
      OptionalDouble bytes = OptionalDouble.empty();
      for (Map.Entry<String, JsonNode> e : entry.path("secondaryMetrics").properties()) {
        if (e.getKey().endsWith(ALLOCATION)) {
          bytes = OptionalDouble.of(e.getValue().path("score").asDouble());
        }
      }
      JsonNode error = primary.path("scoreError");
      run.add(
          new Measurement(
              shortName(entry.path("benchmark").asText()),
              Measurement.toNanos(primary.path("score").asDouble(), unit),
              error.isNumber() ? Measurement.toNanos(error.asDouble(), unit) : Double.NaN,
              bytes));
    }
    return run;
  }

  /**
   * Returns {@code Class.method} of a benchmark's full name.
   *
   * @param benchmark the full name, such as {@code
   *     org.disclosurereport.benchmarks.ReadJsonBenchmark.hardened}
   * @return the short name, such as {@code ReadJsonBenchmark.hardened}
   */
  static String shortName(String benchmark) {
    int method = benchmark.lastIndexOf('.');
    int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
    return benchmark.substring(type + 1);
  }
}
