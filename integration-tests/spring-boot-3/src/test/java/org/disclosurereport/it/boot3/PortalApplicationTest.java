package org.disclosurereport.it.boot3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring Boot 3 portal (Jackson 2) that adds only the starter: the sample report is accepted,
 * a report whose total does not add up is answered 422 with the rule ids, an unreadable document
 * 400, both as RFC 9457 problems in the request's language (Chinese by default), and the
 * application's own DTO keeps its interpolated, localized messages. The application starts once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalApplicationTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Value("${local.server.port}")
  private int port;

  @Autowired private ObjectMapper applicationMapper;

  @Test
  void theApplicationsOwnMapperHasTheReportModule() throws Exception {
    AnnualReport read = applicationMapper.readValue(resource("luoning-2020.json"), AnnualReport.class);
    assertEquals(2020, read.metadata().reportYear().getAsInt());
    byte[] canonical = ReportJson.create().writeBytes(read, Formatting.COMPACT);
    assertEquals(
        new String(canonical, StandardCharsets.UTF_8), applicationMapper.writeValueAsString(read));
  }

  @Test
  void theSampleIsAccepted() throws Exception {
    HttpResponse<String> r = post("/reports", resource("luoning-2020.json"), null);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = JSON.readTree(r.body());
    assertEquals("洛宁县人民政府", body.get("organName").asText());
    assertEquals(2020, body.get("reportYear").asInt());
  }

  @Test
  void aBrokenTotalIsAProblemNamingTheRulesInChineseByDefault() throws Exception {
    HttpResponse<String> r = post("/reports", resource("luoning-2020-broken-total.json"), null);
    assertEquals(422, r.statusCode(), r.body());
    assertEquals("application/problem+json", mediaType(r));
    JsonNode problem = JSON.readTree(r.body());
    assertEquals(422, problem.get("status").asInt());
    assertEquals("年度报告不符合格式规则", problem.get("title").asText());
    List<String> ids = ruleIds(problem);
    assertTrue(ids.contains("DR-V102"), ids.toString());
    assertEquals(ids.stream().sorted().toList(), ids, "findings in rule order");
    JsonNode first = problem.get("findings").get(0);
    assertEquals("ERROR", first.get("severity").asText());
    assertTrue(first.get("location").get("pointer").asText().startsWith("/tables/"), r.body());
    assertTrue(hasChinese(first.get("message").asText()), r.body());
  }

  @Test
  void theProblemSpeaksTheRequestsLanguage() throws Exception {
    HttpResponse<String> r = post("/reports", resource("luoning-2020-broken-total.json"), "en");
    assertEquals(422, r.statusCode(), r.body());
    JsonNode problem = JSON.readTree(r.body());
    assertEquals("The annual report breaks rules of the format", problem.get("title").asText());
    String english = problem.get("findings").get(0).get("message").asText();
    JsonNode chinese = JSON.readTree(post("/reports", resource("luoning-2020-broken-total.json"), "zh-CN").body());
    String zh = chinese.get("findings").get(0).get("message").asText();
    assertTrue(english.matches("(?s).*[A-Za-z]{4,}.*"), english);
    assertFalse(english.equals(zh), english);
  }

  @Test
  void anUnreadableDocumentIsA400ProblemWithTheReadersFindings() throws Exception {
    HttpResponse<String> r =
        post("/reports", "{\"schemaVersion\":1,\"edition\":\"2019\",,}".getBytes(StandardCharsets.UTF_8), "en");
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("application/problem+json", mediaType(r));
    List<String> ids = ruleIds(JSON.readTree(r.body()));
    assertFalse(ids.isEmpty(), r.body());
    assertTrue(ids.stream().allMatch(id -> id.startsWith("DR-J")), ids.toString());

    HttpResponse<String> negative =
        post("/reports", resource("luoning-2020.json", "\"newlyMade\": 4", "\"newlyMade\": -4"), null);
    assertEquals(400, negative.statusCode(), negative.body());
    assertTrue(ruleIds(JSON.readTree(negative.body())).contains("DR-J023"), negative.body());
  }

  @Test
  void anotherDtoKeepsTheApplicationsMessages() throws Exception {
    byte[] contact = "{\"name\":\"\",\"email\":\"nobody\"}".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> en = post("/contacts", contact, "en");
    assertEquals(400, en.statusCode(), en.body());
    assertEquals(
        List.of("A name is required", "Not an e-mail address: nobody"),
        texts(JSON.readTree(en.body()).get("messages")));
    HttpResponse<String> zh = post("/contacts", contact, "zh-CN");
    assertEquals(
        List.of("不是电子邮件地址：nobody", "必须填写姓名"),
        texts(JSON.readTree(zh.body()).get("messages")));
    HttpResponse<String> ok =
        post("/contacts", "{\"name\":\"张三\",\"email\":\"a@b.cn\"}".getBytes(StandardCharsets.UTF_8), null);
    assertEquals(200, ok.statusCode(), ok.body());
  }

  private HttpResponse<String> post(String path, byte[] body, String language) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String mediaType(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("").split(";")[0];
  }

  private static List<String> ruleIds(JsonNode problem) {
    List<String> ids = new ArrayList<>();
    problem.get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
    return ids;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static boolean hasChinese(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = PortalApplicationTest.class.getResourceAsStream("/" + name)) {
      return in.readAllBytes();
    }
  }

  private static byte[] resource(String name, String from, String to) throws IOException {
    String text = new String(resource(name), StandardCharsets.UTF_8);
    assertTrue(text.contains(from));
    return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
  }
}
