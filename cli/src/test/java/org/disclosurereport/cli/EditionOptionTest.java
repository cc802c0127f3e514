package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.server.ReportServer;
import org.disclosurereport.server.ServerLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --edition} of {@code validate}, {@code convert} and {@code render}: the edition policy of
 * the service's {@code ?edition=}, on the command line. Pages, text and documents are read as the
 * edition asked for; JSON and XML keep the edition they state, with a note when it is another.
 */
@Timeout(120)
class EditionOptionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path file(String name, AnnualReport report, DocumentFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Toolkit.standard().writer(format).orElseThrow().write(report, out);
    Path p = dir.resolve(name);
    Files.write(p, out.toByteArray());
    return p;
  }

  private static JsonNode outcome(CliRun run) throws Exception {
    return JSON.readTree(run.out()).get(0);
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
  void aTextOfThe2021EditionIsReadAs2019WhenThatIsAskedFor() throws Exception {
    Path text =
        file("2022.txt", Fixtures.valid("示例县人民政府", Edition.V2021, 2022), DocumentFormat.TEXT);
    String in = text.toString();
    CliRun detected = CliRun.run("validate", "--output", "json", in);
    assertEquals(ExitCodes.OK, detected.exitCode(), detected.toString());
    assertEquals("2021", outcome(detected).get("edition").asText());
    assertEquals(
        detected.out(), CliRun.run("validate", "--output", "json", "--edition", "auto", in).out());
    assertEquals(
        detected.out(),
        CliRun.run("validate", "--output", "json", "--edition", "2021", in).out(),
        "asking for the edition detected changes nothing");

    CliRun forced = CliRun.run("validate", "--output", "json", "--edition", "2019", in);
    assertEquals(ExitCodes.ERRORS, forced.exitCode(), forced.toString());
    JsonNode asked = outcome(forced);
    assertEquals("2019", asked.get("edition").asText(), forced.out());
    assertFalse(asked.get("valid").asBoolean(), "2021 tables read as 2019 do not fit");
    assertFalse(has(asked, "DR-C016"), "a text states no edition of its own");

    CliRun converted = CliRun.run("convert", in, "--to", "json", "--edition", "2019");
    assertTrue(converted.exitCode() != ExitCodes.UNREADABLE, converted.toString());
    AnnualReport read = ReportJson.create().readString(converted.out()).report().orElseThrow();
    assertEquals(Edition.V2019, read.edition());
  }

  @Test
  void aPageOfThe2019EditionIsReadAs2021WhenThatIsAskedFor() throws Exception {
    Path page =
        file("2020.html", Fixtures.valid("示例县人民政府", Edition.V2019, 2020), DocumentFormat.HTML);
    CliRun detected = CliRun.run("convert", page.toString(), "--to", "json");
    assertEquals(ExitCodes.OK, detected.exitCode(), detected.toString());
    assertEquals(
        Edition.V2019,
        ReportJson.create().readString(detected.out()).report().orElseThrow().edition());

    Path out = dir.resolve("as-2021.html");
    CliRun rendered =
        CliRun.run("render", page.toString(), "--edition", "2021", "-o", out.toString());
    assertTrue(rendered.exitCode() != ExitCodes.UNREADABLE, rendered.toString());
    CliRun reread = CliRun.run("convert", out.toString(), "--to", "json");
    assertEquals(
        Edition.V2021,
        ReportJson.create().readString(reread.out()).report().orElseThrow().edition(),
        "rendered in the layout of the edition it was read as");
  }

  @Test
  void jsonKeepsTheEditionItStatesAndSaysSo() throws Exception {
    Path json = dir.resolve("2020.json");
    Files.write(json, Fixtures.json(Fixtures.valid("示例县人民政府", Edition.V2019, 2020)));
    String in = json.toString();
    CliRun run = CliRun.run("validate", "--output", "json", "--edition", "2021", in);
    assertEquals(ExitCodes.OK, run.exitCode(), "an INFO finding only: " + run);
    JsonNode o = outcome(run);
    assertEquals("2019", o.get("edition").asText());
    JsonNode first = o.get("findings").get(0);
    assertEquals("DR-C016", first.get("ruleId").asText(), run.out());
    assertEquals("INFO", first.get("severity").asText());
    assertTrue(first.get("message").asText().contains("2021"), run.out());
    assertFalse(
        has(
            outcome(CliRun.run("validate", "--output", "json", "--edition", "2019", in)),
            "DR-C016"),
        "no finding when the edition asked for is the one stated");
    assertFalse(has(outcome(CliRun.run("validate", "--output", "json", in)), "DR-C016"));

    CliRun zh =
        CliRun.run(
            Toolkit.standard(), Locale.CHINA, "validate", "--edition", "2021", "--lang", "zh", in);
    assertTrue(zh.out().contains("DR-C016") && zh.out().contains("所选的 2021 版"), zh.toString());

    CliRun converted = CliRun.run("convert", in, "--to", "xml", "--edition", "2021");
    assertEquals(ExitCodes.OK, converted.exitCode(), converted.toString());
    assertTrue(converted.err().contains("DR-C016"), converted.toString());
    assertTrue(converted.out().contains("2019"), "written as the edition it states");
  }

  @Test
  void eachLineOfJsonLinesKeepsTheEditionItStatesAndSaysSo() throws Exception {
    String lines =
        new String(
                    Fixtures.json(Fixtures.valid("示例县人民政府", Edition.V2019, 2020)),
                    StandardCharsets.UTF_8)
                .replaceAll("\\s*\n\\s*", "")
            + "\n"
            + new String(
                    Fixtures.json(Fixtures.valid("示例县人民政府", Edition.V2021, 2022)),
                    StandardCharsets.UTF_8)
                .replaceAll("\\s*\n\\s*", "")
            + "\n";
    Path p = dir.resolve("reports.jsonl");
    Files.writeString(p, lines);
    CliRun run = CliRun.run("validate", "--output", "json", "--edition", "2021", p.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    JsonNode out = JSON.readTree(run.out());
    assertEquals(2, out.size(), run.out());
    assertEquals("DR-C016", out.get(0).get("findings").get(0).get("ruleId").asText(), run.out());
    assertFalse(has(out.get(1), "DR-C016"), "the second line states the edition asked for");
  }

  @Test
  void anUnknownEditionIsAUsageErrorInTheLanguageOfTheOutput() throws Exception {
    Path json = dir.resolve("2020.json");
    Files.write(json, Fixtures.json(Fixtures.valid("示例县人民政府", Edition.V2019, 2020)));
    Path out = dir.resolve("out.html");
    String[][] commands = {
      {"validate", json.toString()},
      {"convert", json.toString(), "--to", "html", "-o", out.toString()},
      {"render", json.toString(), "-o", out.toString()},
    };
    for (String[] command : commands) {
      String[] en = append(command, "--edition", "2020");
      CliRun run = CliRun.run(en);
      assertEquals(ExitCodes.UNREADABLE, run.exitCode(), run.toString());
      assertTrue(
          run.err().contains("DR-C017 --edition does not take 2020; it takes auto, 2019, 2021"),
          run.toString());
      assertEquals("", run.out(), "nothing read, nothing printed");
      assertFalse(Files.exists(out), "nothing written");

      CliRun zh = CliRun.run(Toolkit.standard(), Locale.CHINA, append(en, "--lang", "zh"));
      assertEquals(ExitCodes.UNREADABLE, zh.exitCode(), zh.toString());
      assertTrue(
          zh.err().contains("DR-C017 --edition 不接受取值 2020；可用的取值为 auto, 2019, 2021"), zh.toString());
    }
  }

  @Test
  void theValueIsReadAsTheServiceReadsIt() throws Exception {
    Path text =
        file("2022.txt", Fixtures.valid("示例县人民政府", Edition.V2021, 2022), DocumentFormat.TEXT);
    String in = text.toString();
    CliRun forced = CliRun.run("validate", "--output", "json", "--edition", "2019", in);
    for (String same : new String[] {" 2019 ", "2019\t"}) {
      assertEquals(
          forced.out(), CliRun.run("validate", "--output", "json", "--edition", same, in).out());
    }
    CliRun detected = CliRun.run("validate", "--output", "json", in);
    assertNotEquals(detected.out(), forced.out(), "2019 is forced, not detected");
    for (String auto : new String[] {"AUTO", "Auto", ""}) {
      assertEquals(
          detected.out(), CliRun.run("validate", "--output", "json", "--edition", auto, in).out());
    }
  }

  @Test
  void theCommandLineAnswersWhatTheServiceAnswersForTheSameValue() throws Exception {
    Path page =
        file("2022.html", Fixtures.valid("示例县人民政府", Edition.V2021, 2022), DocumentFormat.HTML);
    Path json = dir.resolve("2020.json");
    Files.write(json, Fixtures.json(Fixtures.valid("示例县人民政府", Edition.V2019, 2020)));
    ReportServer server =
        ReportServer.start(
            new ToolEngine(Toolkit.standard(), 32L << 20), "127.0.0.1", 0, ServerLimits.defaults());
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      for (String[] c : new String[][] {{"2019", page.toString()}, {"2021", json.toString()}}) {
        Path in = Path.of(c[1]);
        HttpResponse<String> api =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + server.port()
                                + "/api/v1/validate?lang=en&edition="
                                + c[0]
                                + "&name="
                                + URLEncoder.encode(c[1], StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(in)))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, api.statusCode(), api.body());
        CliRun tool = CliRun.run("validate", "--output", "json", "--edition", c[0], c[1]);
        assertEquals(tool.out(), api.body(), c[0] + " " + c[1]);
        // The page is read as 2019, as asked; the JSON states 2019 and is read so, with a note.
        assertEquals("2019", outcome(tool).get("edition").asText(), tool.out());
        assertEquals(c[0].equals("2021"), has(outcome(tool), "DR-C016"), tool.out());
      }
    } finally {
      server.stop();
    }
  }

  private static String[] append(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
