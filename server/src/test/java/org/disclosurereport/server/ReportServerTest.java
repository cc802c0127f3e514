package org.disclosurereport.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
  void workThatTakesTooLongIsAbandonedWith503() throws Exception {
    TestEngine engine = new TestEngine(new CountDownLatch(0), 5_000);
    ServerLimits limits = ServerLimits.builder().requestTime(Duration.ofMillis(300)).build();
    try (ReportServer server = ReportServer.start(engine, "127.0.0.1", 0, limits)) {
      long start = System.nanoTime();
      HttpResponse<String> r = validate(server, "{}").get();
      assertEquals(503, r.statusCode());
      assertTrue(r.body().contains("\"code\":\"DR-S004\""), r.body());
      assertTrue(
          System.nanoTime() - start < TimeUnit.SECONDS.toNanos(4),
          "answered before the work ended");
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
