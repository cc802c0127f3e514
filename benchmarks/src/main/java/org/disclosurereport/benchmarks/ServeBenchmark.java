package org.disclosurereport.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.validation.ReportValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The validation service under a steady stream of requests: one {@code POST /api/v1/validate} of
 * the fixture's JSON to {@code disclosure serve} (started in its own process, with a fixed heap, as
 * {@code benchmarks/serve-load.sh} starts it), against reading and checking the same bytes in this
 * process. The ratio is what the service adds to the work itself: HTTP, the upload, the format
 * sniffing, the answer written as JSON.
 */
@State(Scope.Benchmark)
public class ServeBenchmark extends BenchmarkDefaults {
  private Process server;
  private HttpClient http;
  private URI validate;
  private byte[] json;
  private ReportJson reader;
  private ReportValidator validator;

  /**
   * Starts the service on a free port and waits until it answers, once per fork.
   *
   * @throws Exception if the service does not start within a minute
   */
  @Setup
  public void setUp() throws Exception {
    json = Fixture.get().json();
    reader = ReportJson.create();
    validator = ReportValidator.create();
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    server =
        new ProcessBuilder(
                java,
                "-Xms256m",
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.disclosurereport.cli.Main",
                "serve",
                "--port",
                String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    URI health = URI.create("http://127.0.0.1:" + port + "/health");
    validate = URI.create("http://127.0.0.1:" + port + "/api/v1/validate?lang=en");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (true) {
      try {
        if (http.send(
                    HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          break;
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (!server.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("disclosure serve did not start");
      }
      Thread.sleep(100);
    }
    if (!request().contains("\"valid\"")) {
      throw new IllegalStateException("the service gave no verdict for the fixture");
    }
  }

  /**
   * Stops the service as a load balancer would, with SIGTERM.
   *
   * @throws InterruptedException if interrupted while it stops
   */
  @TearDown
  public void tearDown() throws InterruptedException {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  /**
   * The service: one validation request, answered.
   *
   * @return the answer
   * @throws Exception if the request fails
   */
  @Benchmark
  public String request() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(validate)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("status " + r.statusCode());
    }
    return r.body();
  }

  /**
   * The work itself: the same bytes read and checked by every rule in this process.
   *
   * @return the findings
   */
  @Benchmark
  public List<Finding> inProcess() {
    return validator.validate(reader.read(json).report().orElseThrow()).findings();
  }
}
