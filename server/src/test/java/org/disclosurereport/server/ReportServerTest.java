package org.disclosurereport.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The server's bounds and lifecycle, over a real socket. */
@Timeout(60)
class ReportServerTest {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private CompletableFuture<HttpResponse<String>> validate(ReportServer server, String body) {
    return http.sendAsync(
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/v1/validate?lang=en"))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aRequestBeyondTheConcurrencyLimitIsToldToRetry() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    TestEngine engine = new TestEngine(gate, 0);
    ServerLimits limits =
        ServerLimits.builder().maxConcurrentRequests(1).queueWait(Duration.ofMillis(200)).build();
    try (ReportServer server = ReportServer.start(engine, "127.0.0.1", 0, limits)) {
      CompletableFuture<HttpResponse<String>> first = validate(server, "{}");
      assertTrue(engine.entered.await(10, TimeUnit.SECONDS));
      HttpResponse<String> second = validate(server, "{}").get();
      assertEquals(503, second.statusCode());
      assertEquals("5", second.headers().firstValue("Retry-After").orElseThrow());
      assertEquals(
          "application/problem+json", second.headers().firstValue("Content-Type").orElseThrow());
      assertTrue(second.body().contains("\"code\":\"DR-S003\""), second.body());
      gate.countDown();
      assertEquals(200, first.get().statusCode());
      assertEquals(200, validate(server, "{}").get().statusCode(), "the turn is given back");
    }
  }

  @Test
  void workThatTakesTooLongIsAbandonedWith408AndRetryAfter() throws Exception {
    TestEngine engine = new TestEngine(new CountDownLatch(0), 5_000);
    ServerLimits limits = ServerLimits.builder().requestTime(Duration.ofMillis(300)).build();
    try (ReportServer server = ReportServer.start(engine, "127.0.0.1", 0, limits)) {
      long start = System.nanoTime();
      HttpResponse<String> r = validate(server, "{}").get();
      assertEquals(408, r.statusCode());
      assertEquals("5", r.headers().firstValue("Retry-After").orElseThrow());
      assertEquals(
          "application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
      assertTrue(r.body().contains("\"code\":\"DR-S004\""), r.body());
      assertTrue(r.body().contains("\"status\":408"), r.body());
      assertTrue(
          System.nanoTime() - start < TimeUnit.SECONDS.toNanos(4),
          "answered before the work ended");
    }
  }

  /** Sends a request's head and the start of its body, then the rest a byte at a time, slowly. */
  private static String slowRequest(ReportServer server, String path, String contentType)
      throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(20_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                  + contentType
                  + "\r\nContent-Length: 1000\r\n\r\n{")
              .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.flush();
      java.io.InputStream in = socket.getInputStream();
      java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
      // Trickle the body, a byte every 100 ms: never silent long enough for the idle timeout.
      long start = System.nanoTime();
      while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(15)) {
        if (in.available() > 0) {
          break;
        }
        try {
          out.write(' ');
          out.flush();
        } catch (java.io.IOException closed) {
          break;
        }
        Thread.sleep(100);
      }
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) {
        answer.write(buffer, 0, n);
      }
      return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void aBodyThatArrivesTooSlowlyGets408AndTheConnectionCloses() throws Exception {
    TestEngine engine = new TestEngine(new CountDownLatch(0), 0);
    ServerLimits limits = ServerLimits.builder().requestTime(Duration.ofMillis(800)).build();
    try (ReportServer server = ReportServer.start(engine, "127.0.0.1", 0, limits)) {
      long start = System.nanoTime();
      String answer = slowRequest(server, "/api/v1/validate?lang=en", "application/json");
      long took = System.nanoTime() - start;
      assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
      String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
      assertTrue(head.contains("content-type: application/problem+json"), head);
      assertTrue(head.contains("connection: close"), head);
      assertFalse(head.contains("retry-after"), head);
      assertTrue(answer.contains("\"code\":\"DR-S014\""), answer);
      assertTrue(answer.contains("\"status\":408"), answer);
      assertEquals(1, engine.entered.getCount(), "the engine never saw the request");
      assertTrue(took < TimeUnit.SECONDS.toNanos(8), "answered at the request time: " + took);
      // The turn was given back: the server goes on answering.
      HttpResponse<String> next = validate(server, "{}").get();
      assertEquals(200, next.statusCode());
    }
  }

  @Test
  void thePageAnswersASlowUploadWith408() throws Exception {
    TestEngine engine = new TestEngine(new CountDownLatch(0), 0);
    ServerLimits limits = ServerLimits.builder().requestTime(Duration.ofMillis(800)).build();
    try (ReportServer server = ReportServer.start(engine, "127.0.0.1", 0, limits)) {
      String answer = slowRequest(server, "/?lang=en", "multipart/form-data; boundary=XyZ");
      assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
      assertTrue(answer.contains("text/html"), answer);
      assertTrue(answer.contains("Request body too slow"), answer);
    }
  }

  @Test
  void aBusyServiceStillAnswers503NotATimeOut() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    TestEngine engine = new TestEngine(gate, 0);
    ServerLimits limits =
        ServerLimits.builder()
            .maxConcurrentRequests(1)
            .queueWait(Duration.ofMillis(100))
            .requestTime(Duration.ofSeconds(20))
            .build();
    try (ReportServer server = ReportServer.start(engine, "127.0.0.1", 0, limits)) {
      CompletableFuture<HttpResponse<String>> first = validate(server, "{}");
      assertTrue(engine.entered.await(10, TimeUnit.SECONDS));
      String answer = slowRequest(server, "/api/v1/validate?lang=en", "application/json");
      assertTrue(answer.startsWith("HTTP/1.1 503 "), answer);
      assertTrue(answer.toLowerCase(Locale.ROOT).contains("retry-after: 5"), answer);
      assertTrue(answer.contains("\"code\":\"DR-S003\""), answer);
      gate.countDown();
      assertEquals(200, first.get().statusCode());
    }
  }

  @Test
  void stoppingFinishesTheRequestsInFlight() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    TestEngine engine = new TestEngine(gate, 0);
    ReportServer server = ReportServer.start(engine, "127.0.0.1", 0, ServerLimits.defaults());
    int port = server.port();
    CompletableFuture<HttpResponse<String>> inFlight = validate(server, "{\"a\":1}");
    assertTrue(engine.entered.await(10, TimeUnit.SECONDS));
    CompletableFuture<Void> stopping =
        CompletableFuture.runAsync(
            () -> {
              try {
                server.stop();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(300);
    gate.countDown();
    HttpResponse<String> r = inFlight.get(20, TimeUnit.SECONDS);
    assertEquals(200, r.statusCode());
    assertEquals("[{\"source\":\"upload\",\"bytes\":7}]\n", r.body());
    stopping.get(20, TimeUnit.SECONDS);
    Exception refused =
        assertThrows(
            Exception.class,
            () ->
                http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString()));
    assertTrue(
        refused instanceof ConnectException
            || refused.getCause() instanceof ConnectException
            || refused instanceof java.io.IOException,
        refused.toString());
  }

  @Test
  void healthAnswersWhileRequestsWait() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    TestEngine engine = new TestEngine(gate, 0);
    ServerLimits limits = ServerLimits.builder().maxConcurrentRequests(1).build();
    try (ReportServer server = ReportServer.start(engine, "127.0.0.1", 0, limits)) {
      CompletableFuture<HttpResponse<String>> busy = validate(server, "{}");
      assertTrue(engine.entered.await(10, TimeUnit.SECONDS));
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertEquals("{\"status\":\"UP\"}\n", health.body());
      gate.countDown();
      assertEquals(200, busy.get().statusCode());
    }
  }

  @Test
  void aBodyWithoutADeclaredLengthIsCutOffAtTheLimit() throws Exception {
    TestEngine engine = new TestEngine(new CountDownLatch(0), 0);
    ServerLimits limits = ServerLimits.builder().maxBodyBytes(64 * 1024).build();
    try (ReportServer server = ReportServer.start(engine, "127.0.0.1", 0, limits)) {
      byte[] body = new byte[80 * 1024];
      java.util.Arrays.fill(body, (byte) ' ');
      // An input stream of unknown length: the client sends it chunked, with no Content-Length.
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + server.port() + "/api/v1/validate?lang=en"))
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(
                          () -> new java.io.ByteArrayInputStream(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(413, r.statusCode());
      assertTrue(r.body().contains("\"code\":\"DR-S001\""), r.body());
      assertEquals(1, engine.entered.getCount(), "the engine never saw the body");
    }
  }
}
