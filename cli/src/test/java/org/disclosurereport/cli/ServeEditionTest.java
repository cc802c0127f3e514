package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.server.ReportServer;
import org.disclosurereport.server.ServerLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The edition policy of {@code disclosure serve}'s API: detected by default, or the edition asked
 * for, applied by the page, text and document readers; JSON and XML keep the edition they state,
 * with a finding when it is not the one asked for.
 */
@Timeout(120)
class ServeEditionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ReportServer server;
  private static HttpClient http;
  private static String base;

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

  private static HttpResponse<String> post(String path, byte[] body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static byte[] written(AnnualReport report, DocumentFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Toolkit.standard().writer(format).orElseThrow().write(report, out);
    return out.toByteArray();
  }

  /** The outcome of an answer: the array's first object, or a problem document's. */
  private static JsonNode outcome(HttpResponse<String> r) throws Exception {
    JsonNode json = JSON.readTree(r.body());
    return json.isArray() ? json.get(0) : json.get("outcome").get(0);
  }

  private static boolean has(JsonNode outcome, String ruleId) {
    for (JsonNode f : outcome.get("findings")) {
      if (f.get("ruleId").asText().equals(ruleId)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aPageIsReadAsTheEditionAskedFor() throws Exception {
    byte[] page = written(Fixtures.valid("示例县人民政府", Edition.V2021, 2022), DocumentFormat.HTML);
    HttpResponse<String> detected = post("/api/v1/validate?lang=en", page);
    assertEquals(200, detected.statusCode(), detected.body());
    assertEquals("2021", outcome(detected).get("edition").asText());
    assertTrue(outcome(detected).get("valid").asBoolean(), detected.body());
    assertEquals(
        detected.body(), post("/api/v1/validate?lang=en&edition=auto", page).body(), "the default");
    assertEquals(
        detected.body(),
        post("/api/v1/validate?lang=en&edition=2021", page).body(),
        "asking for the edition detected changes nothing");

    HttpResponse<String> forced = post("/api/v1/validate?lang=en&edition=2019", page);
    JsonNode asked = outcome(forced);
    assertEquals("2019", asked.get("edition").asText(), forced.body());
    assertFalse(asked.get("valid").asBoolean(), "2021 tables read as 2019 do not fit");
  }

  @Test
  void aWordDocumentIsReadAsTheEditionAskedFor() throws Exception {
    byte[] docx = written(Fixtures.valid("示例县人民政府", Edition.V2021, 2022), DocumentFormat.DOCX);
    HttpResponse<String> detected = post("/api/v1/validate?lang=en", docx);
    assertEquals(200, detected.statusCode(), detected.body());
    assertEquals("2021", outcome(detected).get("edition").asText());
    assertEquals("docx", outcome(detected).get("format").asText());
    HttpResponse<String> forced = post("/api/v1/validate?lang=en&edition=2019", docx);
    assertEquals("2019", outcome(forced).get("edition").asText(), forced.body());
    assertFalse(has(outcome(forced), "DR-C016"), "a document states no edition of its own");
  }

  @Test
  void jsonKeepsTheEditionItStatesAndSaysSo() throws Exception {
    byte[] json = Fixtures.json(Fixtures.valid("示例县人民政府", Edition.V2019, 2020));
    HttpResponse<String> r = post("/api/v1/validate?lang=en&edition=2021", json);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode o = outcome(r);
    assertEquals("2019", o.get("edition").asText());
    assertTrue(has(o, "DR-C016"), r.body());
    assertTrue(o.get("valid").asBoolean(), "an INFO finding only");
    assertTrue(o.get("findings").get(0).get("message").asText().contains("2021"), r.body());
    assertFalse(
        has(outcome(post("/api/v1/validate?lang=en&edition=2019", json)), "DR-C016"),
        "no finding when the edition asked for is the one stated");
    assertFalse(has(outcome(post("/api/v1/validate?lang=en", json)), "DR-C016"));
  }

  @Test
  void convertReadsAsTheEditionAskedFor() throws Exception {
    byte[] page = written(Fixtures.valid("示例县人民政府", Edition.V2021, 2022), DocumentFormat.HTML);
    HttpResponse<String> r = post("/api/v1/convert?to=json&edition=2021", page);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("2021", JSON.readTree(r.body()).at("/edition").asText(), r.body());
  }

  @Test
  void anUnknownEditionIsABadParameter() throws Exception {
    HttpResponse<String> r = post("/api/v1/validate?lang=en&edition=2020", "{}".getBytes());
    assertEquals(400, r.statusCode());
    JsonNode problem = JSON.readTree(r.body());
    assertEquals("DR-S006", problem.get("code").asText());
    assertTrue(problem.get("detail").asText().contains("auto, 2019, 2021"), r.body());
  }

  @Test
  void theOpenApiDocumentDescribesTheEditionPolicy() throws Exception {
    JsonNode api =
        JSON.readTree(
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/openapi.json")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    JsonNode edition = api.at("/components/parameters/edition");
    assertEquals("query", edition.get("in").asText());
    assertEquals("[\"auto\",\"2019\",\"2021\"]", edition.at("/schema/enum").toString());
    for (String path : new String[] {"/api/v1/validate", "/api/v1/convert"}) {
      assertTrue(
          api.at("/paths/" + path.replace("/", "~1") + "/post/parameters")
              .toString()
              .contains("#/components/parameters/edition"),
          path);
      assertEquals(
          "#/components/responses/timeout",
          api.at("/paths/" + path.replace("/", "~1") + "/post/responses/408/$ref").asText());
    }
  }

  @Test
  void thePageOffersTheEditionPolicyAndKeepsTheChoice() throws Exception {
    String page =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/?lang=en&edition=2019")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page);
    assertEquals(
        java.util.List.of("auto", "2019", "2021"),
        doc.select("select#edition option").eachAttr("value"));
    assertEquals("2019", doc.selectFirst("select#edition option[selected]").val());
    assertTrue(doc.selectFirst("label[for=edition]").text().startsWith("Edition"));
  }
}
