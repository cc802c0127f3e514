package org.disclosurereport.benchmarks.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.disclosurereport.benchmarks.Fixture;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.layout.HtmlRenderer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;

/**
 * Posts reports to a running {@code disclosure serve} from concurrent clients for a bounded time,
 * checks every answer, and prints the throughput and the 50th and 99th percentile latency.
 *
 * <p>The documents are the benchmark fixture's report (a 2021-edition report of 26 KB of JSON,
 * valid), the same report with one figure broken (its ERROR findings expected), and its official
 * layout as an HTML page (read by the page reader): a third each, in turn. An answer with another
 * status or validity than expected is an error; the exit code is 1 when there was any.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.disclosurereport.benchmarks.serve.ServeLoad \
 *     http://127.0.0.1:8080 [SECONDS=10] [CLIENTS=16]
 * </pre>
 */
public final class ServeLoad {
  private static final java.util.regex.Pattern VALID =
      java.util.regex.Pattern.compile("\"valid\"\\s*:\\s*true");
  private static final java.util.regex.Pattern INVALID =
      java.util.regex.Pattern.compile("\"valid\"\\s*:\\s*false");

  private ServeLoad() {}

  /** One kind of document and what the service must answer. */
  private record Document(String name, byte[] bytes, boolean valid) {}

  /**
   * Runs the load.
   *
   * @param args the service's base URL, the seconds to run (default 10), the clients (default 16)
   * @throws Exception if the clients cannot run
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ServeLoad BASE_URL [SECONDS=10] [CLIENTS=16]");
      System.exit(2);
    }
    String base = args[0].replaceAll("/+$", "");
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    List<Document> documents = documents();
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    URI uri = URI.create(base + "/api/v1/validate?lang=en");

    // Warm-up: a few requests of each kind, not counted.
    for (int i = 0; i < 30; i++) {
      Document d = documents.get(i % documents.size());
      http.send(
          HttpRequest.newBuilder(uri)
              .POST(HttpRequest.BodyPublishers.ofByteArray(d.bytes()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicLong errors = new AtomicLong();
    Map<String, Long> errorKinds = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> results = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int client = c;
      results.add(
          pool.submit(
              () -> {
                long[] latencies = new long[1024];
                int n = 0;
                int turn = client;
                while (System.nanoTime() < end) {
                  Document d = documents.get(turn++ % documents.size());
                  long t0 = System.nanoTime();
                  String problem;
                  try {
                    HttpResponse<String> r =
                        http.send(
                            HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(d.bytes()))
                                .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    problem = check(d, r);
                  } catch (Exception e) {
                    problem = e.getClass().getSimpleName();
                  }
                  long t1 = System.nanoTime();
                  if (problem != null) {
                    errors.incrementAndGet();
                    errorKinds.merge(problem, 1L, Long::sum);
                  }
                  if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, n * 2);
                  }
                  latencies[n++] = t1 - t0;
                }
                return Arrays.copyOf(latencies, n);
              }));
    }
    long[] all = new long[0];
    for (Future<long[]> f : results) {
      long[] l = f.get();
      int at = all.length;
      all = Arrays.copyOf(all, at + l.length);
      System.arraycopy(l, 0, all, at, l.length);
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Arrays.sort(all);
    System.out.printf(Locale.ROOT, "clients            %d%n", clients);
    System.out.printf(Locale.ROOT, "duration           %.1f s%n", elapsed);
    System.out.printf(
        Locale.ROOT,
        "requests           %d (a third each: valid JSON, broken JSON, HTML page)%n",
        all.length);
    System.out.printf(Locale.ROOT, "throughput         %.0f requests/s%n", all.length / elapsed);
    System.out.printf(Locale.ROOT, "latency p50        %.1f ms%n", percentile(all, 50) / 1e6);
    System.out.printf(Locale.ROOT, "latency p99        %.1f ms%n", percentile(all, 99) / 1e6);
    System.out.printf(
        Locale.ROOT,
        "latency max        %.1f ms%n",
        all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    System.out.printf(
        Locale.ROOT,
        "errors             %d %s%n",
        errors.get(),
        errorKinds.isEmpty() ? "" : errorKinds);
    System.exit(errors.get() == 0 && all.length > 0 ? 0 : 1);
  }

  private static String check(Document d, HttpResponse<String> r) {
    if (r.statusCode() != 200) {
      return "status " + r.statusCode();
    }
    boolean valid = VALID.matcher(r.body()).find();
    boolean invalid = INVALID.matcher(r.body()).find();
    if (valid == invalid) {
      return "no verdict";
    }
    return valid == d.valid() ? null : "wrong verdict for " + d.name();
  }

  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static List<Document> documents() {
    AnnualReport report = Fixture.get().report();
    CellAddress total = CellAddress.of("applications", "resultsTotal", "naturalPerson");
    java.util.Map<CellAddress, CellValue> cells = new java.util.LinkedHashMap<>(report.cells());
    long reported = report.cell(total).wholeNumber().orElse(0) + 7;
    cells.put(total, CellValue.count(reported));
    AnnualReport broken = AnnualReport.copyOf(report).withCells(cells);
    return List.of(
        new Document("valid.json", Fixture.get().json(), true),
        new Document(
            "broken.json", ReportJson.create().writeBytes(broken, Formatting.PRETTY), false),
        new Document(
            "page.html",
            HtmlRenderer.create().render(report).getBytes(StandardCharsets.UTF_8),
            true));
  }
}
