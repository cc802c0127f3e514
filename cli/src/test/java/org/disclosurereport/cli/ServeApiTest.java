package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.server.ReportServer;
import org.disclosurereport.server.ServerLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code disclosure serve}'s API as other systems use it: over a real socket, against the tool's
 * own engine, its answers compared with what the tool prints for the same files.
 */
@Timeout(120)
class ServeApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ReportServer server;
  private static HttpClient http;
  private static String base;

  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    server =
        ReportServer.start(
            new ToolEngine(Toolkit.standard(), 32L << 20), "127.0.0.1", 0, ServerLimits.defaults());
    base = "http://127.0.0.1:" + server.port();
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  static byte[] sample() throws Exception {
    try (InputStream in = ServeApiTest.class.getResourceAsStream("luoning-2020.json")) {
      return in.readAllBytes();
    }
  }

  private static HttpResponse<String> post(String path, byte[] body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static Path file(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static byte[] written(AnnualReport report, DocumentFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Toolkit.standard().writer(format).orElseThrow().write(report, out);
    return out.toByteArray();
  }

  @Test
  void validateAnswersWhatTheToolPrintsForTheSample() throws Exception {
    Path sample = file("luoning-2020.json", sample());
    HttpResponse<String> r = post("/api/v1/validate?lang=en&name=" + sample, sample());
    assertEquals(200, r.statusCode());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
    CliRun tool = CliRun.run("validate", "--output", "json", sample.toString());
    assertEquals(0, tool.exitCode(), tool::toString);
    assertEquals(tool.out(), r.body());
    assertTrue(JSON.readTree(r.body()).get(0).get("valid").asBoolean());
  }

  @Test
  void validateGivesTheErrorsOfABrokenReportAsTheToolDoes() throws Exception {
    byte[] broken = Fixtures.json(Fixtures.broken());
    Path file = file("broken.json", broken);
    for (String lang : new String[] {"en", "zh"}) {
      HttpResponse<String> r = post("/api/v1/validate?lang=" + lang + "&name=" + file, broken);
      assertEquals(200, r.statusCode());
      CliRun tool = CliRun.run("--lang", lang, "validate", "--output", "json", file.toString());
      assertEquals(1, tool.exitCode(), tool::toString);
      assertEquals(tool.out(), r.body());
      JsonNode outcome = JSON.readTree(r.body()).get(0);
      assertFalse(outcome.get("valid").asBoolean());
      assertTrue(outcome.get("counts").get("error").asInt() > 0);
      assertEquals("ERROR", outcome.get("findings").get(0).get("severity").asText());
    }
  }

  @Test
  void aMultipartUploadIsCheckedAsTheSameBody() throws Exception {
    byte[] broken = Fixtures.json(Fixtures.broken());
    String boundary = "----b" + System.nanoTime();
    ByteArrayOutputStream form = new ByteArrayOutputStream();
    form.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bad.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    form.write(broken);
    form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> multipart =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/validate?lang=en&blank=zero"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    HttpResponse<String> raw = post("/api/v1/validate?lang=en&blank=zero&name=bad.json", broken);
    assertEquals(200, multipart.statusCode(), multipart::body);
    assertEquals(raw.body(), multipart.body());
  }

  @Test
  void randomBytesGiveAProblemDocument() throws Exception {
    byte[] junk = new byte[4096];
    new Random(16).nextBytes(junk);
    HttpResponse<String> r = post("/api/v1/validate?lang=en", junk);
    assertEquals(422, r.statusCode());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
    JsonNode p = JSON.readTree(r.body());
    assertEquals(422, p.get("status").asInt());
    assertEquals("DR-S005", p.get("code").asText());
    assertTrue(p.get("type").asText().startsWith("urn:"), r.body());
    assertFalse(p.get("title").asText().isBlank());
    assertFalse(p.get("detail").asText().isBlank());
    assertEquals("/api/v1/validate", p.get("instance").asText());
    assertFalse(p.get("outcome").get(0).get("readable").asBoolean());
    assertEquals("ERROR", p.get("outcome").get(0).get("findings").get(0).get("severity").asText());
  }

  @Test
  void aHundredMegabyteBodyIsRefusedWithoutBeingRead() throws Exception {
    long declared = 100L << 20;
    long sent = 0;
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + declared
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[16 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      out.write(chunk);
      sent += chunk.length;
      out.flush();
      // The answer comes while 99.98 % of the body is still unsent.
      String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertEquals("HTTP/1.1 413", head);
    }
    assertTrue(sent < declared / 1000);
  }

  @Test
  void aCompressedBodyThatGrowsPastTheLimitIsRefused() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 40; i++) {
        gz.write(spaces);
      }
    }
    assertTrue(zipped.size() < 1 << 20);
    HttpResponse<String> bomb =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/validate?lang=en"))
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(413, bomb.statusCode());
    assertEquals("DR-S002", JSON.readTree(bomb.body()).get("code").asText());

    ByteArrayOutputStream sample = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(sample)) {
      gz.write(sample());
    }
    HttpResponse<String> ok =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/validate?lang=en"))
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ok.statusCode());
    assertEquals(post("/api/v1/validate?lang=en", sample()).body(), ok.body());
  }

  @Test
  void fiftyConcurrentMixedUploadsAllGetTheirAnswers() throws Exception {
    AnnualReport valid = Fixtures.valid();
    List<byte[]> bodies = new ArrayList<>();
    List<Integer> statuses = new ArrayList<>();
    List<Boolean> validity = new ArrayList<>();
    Random random = new Random(50);
    for (int i = 0; i < 50; i++) {
      switch (i % 5) {
        case 0 -> {
          bodies.add(sample());
          statuses.add(200);
          validity.add(true);
        }
        case 1 -> {
          bodies.add(written(valid, DocumentFormat.XML));
          statuses.add(200);
          validity.add(true);
        }
        case 2 -> {
          bodies.add(written(valid, DocumentFormat.HTML));
          statuses.add(200);
          validity.add(true);
        }
        case 3 -> {
          bodies.add(Fixtures.json(Fixtures.broken()));
          statuses.add(200);
          validity.add(false);
        }
        default -> {
          byte[] junk = new byte[4096];
          random.nextBytes(junk);
          bodies.add(junk);
          statuses.add(422);
          validity.add(false);
        }
      }
    }
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (byte[] body : bodies) {
      answers.add(
          http.sendAsync(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/validate?lang=en"))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    for (int i = 0; i < answers.size(); i++) {
      HttpResponse<String> r = answers.get(i).get();
      assertEquals(statuses.get(i), r.statusCode(), "upload " + i + ": " + r.body());
      JsonNode outcome =
          r.statusCode() == 200
              ? JSON.readTree(r.body()).get(0)
              : JSON.readTree(r.body()).get("outcome").get(0);
      assertEquals(validity.get(i), outcome.get("valid").asBoolean(), "upload " + i);
    }
    assertEquals(200, get("/health").statusCode());
    assertEquals(post("/api/v1/validate?lang=en", sample()).statusCode(), 200);
  }

  @Test
  void convertWritesWhatTheToolWrites() throws Exception {
    Path sample = file("convert.json", sample());
    for (String to : new String[] {"json", "xml", "html"}) {
      HttpResponse<String> r = post("/api/v1/convert?to=" + to, sample());
      assertEquals(200, r.statusCode(), r::body);
      CliRun tool = CliRun.run("convert", sample.toString(), "--to", to);
      assertEquals(tool.out(), r.body(), to);
      assertTrue(
          r.headers().firstValue("Content-Disposition").orElseThrow().contains("report." + to));
    }
    HttpResponse<String> bad = post("/api/v1/convert?to=pdf", sample());
    assertEquals(400, bad.statusCode());
    assertEquals("DR-S006", JSON.readTree(bad.body()).get("code").asText());
  }

  @Test
  void rulesAreTheToolsCatalogue() throws Exception {
    for (String lang : new String[] {"en", "zh"}) {
      HttpResponse<String> r = get("/api/v1/rules?lang=" + lang);
      assertEquals(200, r.statusCode());
      assertEquals(CliRun.run("--lang", lang, "rules", "--output", "json").out(), r.body());
    }
  }

  @Test
  void openApiDescribesEveryPath() throws Exception {
    HttpResponse<String> r = get("/api/v1/openapi.json");
    assertEquals(200, r.statusCode());
    JsonNode doc = JSON.readTree(r.body());
    assertEquals("3.1.0", doc.get("openapi").asText());
    for (String path :
        new String[] {
          "/api/v1/validate", "/api/v1/convert", "/api/v1/rules", "/api/v1/openapi.json", "/health"
        }) {
      assertNotNull(doc.get("paths").get(path), path);
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (HttpResponse<String> r :
        List.of(get("/"), get("/health"), get("/nothing"), post("/api/v1/validate", sample()))) {
      String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
      assertEquals("no-store", r.headers().firstValue("Cache-Control").orElseThrow());
      assertTrue(r.headers().firstValue("Server").isEmpty());
    }
    HttpResponse<String> missing = get("/nothing");
    assertEquals(404, missing.statusCode());
    assertEquals(
        "application/problem+json", missing.headers().firstValue("Content-Type").orElseThrow());
    HttpResponse<String> wrongMethod = get("/api/v1/validate");
    assertEquals(405, wrongMethod.statusCode());
    assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElseThrow());
  }

  @Test
  void thePageShowsTheReportsOwnTextAsText() throws Exception {
    AnnualReport hostile =
        AnnualReport.copyOf(Fixtures.valid())
            .withMetadata(
                org.disclosurereport.model.ReportMetadata.copyOf(Fixtures.valid().metadata())
                    .withOrganName("<script>alert('x')</script><img src=x onerror=alert(1)>县"));
    String boundary = "----p" + System.nanoTime();
    ByteArrayOutputStream form = new ByteArrayOutputStream();
    form.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"h.json\"\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    form.write(Fixtures.json(hostile));
    form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/?lang=en"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertFalse(page.body().contains("<script>alert"), "the organ's name became markup");
    assertFalse(page.body().contains("<img src=x"), "the organ's name became markup");
    assertTrue(page.body().contains("&lt;script&gt;alert"));
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page.body());
    assertEquals(1, doc.select("script").size());
    assertEquals("/static/app.js", doc.selectFirst("script").attr("src"));
    assertTrue(doc.select("[style]").isEmpty(), "no inline style: the policy would block it");
  }

  @Test
  void thePageSaysWhenNoReportCouldBeReadFromAnUpload() throws Exception {
    String boundary = "----u" + System.nanoTime();
    String form =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"u.json\"\r\n\r\n"
            + "{\"not\": \"a report\"}"
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/?lang=en"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page.body());
    assertEquals(
        "u.json: no report could be read from this file",
        doc.getElementById("status").text(),
        page.body());
  }

  @Test
  void thePageSaysWhatIsWrongAsAPage() throws Exception {
    String boundary = "----q" + System.nanoTime();
    String form =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\nen\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> noFile =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/?lang=en"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(400, noFile.statusCode());
    assertTrue(noFile.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(noFile.body().contains("The request carries no document"), noFile.body());

    HttpResponse<String> badForm =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/form?edition=1999&lang=en")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(400, badForm.statusCode());
    assertTrue(badForm.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(badForm.body().contains("1999"), badForm.body());
  }
}
