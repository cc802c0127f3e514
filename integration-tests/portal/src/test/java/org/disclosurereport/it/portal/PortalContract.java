package org.disclosurereport.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What a portal that adds only the starter does, on any Spring Boot line: the sample report is
 * accepted, a report whose total does not add up is answered 422 with the rule ids, an unreadable
 * document 400, both as RFC 9457 problems in the request's language (Chinese by default), and the
 * application's own DTO keeps its interpolated, localized messages. The application starts once.
 *
 * <p>Each Boot line's test extends it and parses answers with its own Jackson, into maps and lists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PortalContract {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  private int port;

  /**
   * Parses a JSON answer with the application's Jackson.
   *
   * @param json the answer
   * @return its value: maps, lists, strings, numbers
   * @throws Exception if it is not JSON
   */
  protected abstract Object parse(String json) throws Exception;

  @Test
  void theSampleIsAccepted() throws Exception {
    HttpResponse<String> r = post("/reports", resource("luoning-2020.json"), null);
    assertEquals(200, r.statusCode(), r.body());
    Map<?, ?> body = (Map<?, ?>) parse(r.body());
    assertEquals("洛宁县人民政府", body.get("organName"));
    assertEquals(2020, body.get("reportYear"));
  }

  @Test
  void aBrokenTotalIsAProblemNamingTheRulesInChineseByDefault() throws Exception {
    HttpResponse<String> r = post("/reports", resource("luoning-2020-broken-total.json"), null);
    assertEquals(422, r.statusCode(), r.body());
    assertEquals("application/problem+json", mediaType(r));
    Map<?, ?> problem = (Map<?, ?>) parse(r.body());
    assertEquals(422, problem.get("status"));
    assertEquals("年度报告不符合格式规则", problem.get("title"));
    List<String> ids = ruleIds(problem);
    assertTrue(ids.contains("DR-V102"), ids.toString());
    assertEquals(ids.stream().sorted().toList(), ids, "findings in rule order");
    Map<?, ?> first = findings(problem).get(0);
    assertEquals("ERROR", first.get("severity"));
    assertTrue(
        ((String) ((Map<?, ?>) first.get("location")).get("pointer")).startsWith("/tables/"),
        r.body());
    assertTrue(hasChinese((String) first.get("message")), r.body());
  }

  @Test
  void theProblemSpeaksTheRequestsLanguage() throws Exception {
    HttpResponse<String> r = post("/reports", resource("luoning-2020-broken-total.json"), "en");
    assertEquals(422, r.statusCode(), r.body());
    Map<?, ?> problem = (Map<?, ?>) parse(r.body());
    assertEquals("The annual report breaks rules of the format", problem.get("title"));
    String english = (String) findings(problem).get(0).get("message");
    Map<?, ?> chinese =
        (Map<?, ?>)
            parse(post("/reports", resource("luoning-2020-broken-total.json"), "zh-CN").body());
    String zh = (String) findings(chinese).get(0).get("message");
    assertTrue(english.matches("(?s).*[A-Za-z]{4,}.*"), english);
    assertFalse(english.equals(zh), english);
  }

  @Test
  void anUnreadableDocumentIsA400ProblemWithTheReadersFindings() throws Exception {
    HttpResponse<String> r =
        post(
            "/reports",
            "{\"schemaVersion\":1,\"edition\":\"2019\",,}".getBytes(StandardCharsets.UTF_8),
            "en");
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("application/problem+json", mediaType(r));
    List<String> ids = ruleIds((Map<?, ?>) parse(r.body()));
    assertFalse(ids.isEmpty(), r.body());
    assertTrue(ids.stream().allMatch(id -> id.startsWith("DR-J")), ids.toString());

    HttpResponse<String> negative =
        post(
            "/reports",
            resource("luoning-2020.json", "\"newlyMade\": 4", "\"newlyMade\": -4"),
            null);
    assertEquals(400, negative.statusCode(), negative.body());
    assertTrue(
        ruleIds((Map<?, ?>) parse(negative.body())).contains("DR-J023"), negative.body());
  }

  @Test
  void anotherDtoKeepsTheApplicationsMessages() throws Exception {
    byte[] contact = "{\"name\":\"\",\"email\":\"nobody\"}".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> en = post("/contacts", contact, "en");
    assertEquals(400, en.statusCode(), en.body());
    assertEquals(
        List.of("A name is required", "Not an e-mail address: nobody"),
        ((Map<?, ?>) parse(en.body())).get("messages"));
    HttpResponse<String> zh = post("/contacts", contact, "zh-CN");
    assertEquals(
        List.of("不是电子邮件地址：nobody", "必须填写姓名"), ((Map<?, ?>) parse(zh.body())).get("messages"));
    HttpResponse<String> ok =
        post(
            "/contacts",
            "{\"name\":\"张三\",\"email\":\"a@b.cn\"}".getBytes(StandardCharsets.UTF_8),
            null);
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

  private static List<Map<?, ?>> findings(Map<?, ?> problem) {
    return ((List<?>) problem.get("findings")).stream().<Map<?, ?>>map(f -> (Map<?, ?>) f).toList();
  }

  private static List<String> ruleIds(Map<?, ?> problem) {
    return findings(problem).stream().map(f -> (String) f.get("ruleId")).toList();
  }

  private static boolean hasChinese(String s) {
    return s.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * Returns a test resource.
   *
   * @param name its name
   * @return its bytes
   * @throws IOException if it cannot be read
   */
  protected static byte[] resource(String name) throws IOException {
    try (InputStream in = PortalContract.class.getResourceAsStream("/" + name)) {
      return in.readAllBytes();
    }
  }

  private static byte[] resource(String name, String from, String to) throws IOException {
    String text = new String(resource(name), StandardCharsets.UTF_8);
    assertTrue(text.contains(from));
    return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
  }
}
