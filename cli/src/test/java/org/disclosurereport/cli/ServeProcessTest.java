package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code disclosure serve} as a user runs it: a process of its own that says where it serves, in
 * the language asked for, answers there, and stops on SIGTERM (what Ctrl-C and a service manager
 * send) without a stack trace. Assertions are on in that process, so the message's placeholders are
 * checked against the arguments given.
 */
class ServeProcessTest {
  private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "en, 'Serving the page and the API at '",
    "zh-CN, '网页与 API 已在 '",
  })
  void saysWhereItServesAnswersThereAndStopsOnSigterm(String lang, String said) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-Xmx128m");
    command.add("-ea");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.add("--lang");
    command.add(lang);
    command.add("serve");
    command.add("--port");
    command.add("0");
    Path log = dir.resolve("serve.log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      String first = firstLine(log, process);
      assertTrue(first.startsWith(said), first);
      Matcher address = ADDRESS.matcher(first);
      assertTrue(address.find(), first);

      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(address.group())).GET().build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));

      process.destroy();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "stopped within a minute of SIGTERM");
      assertEquals(128 + 15, process.exitValue(), "the exit status says a signal ended it");
      String everything = Files.readString(log, StandardCharsets.UTF_8);
      assertFalse(everything.contains("\tat "), "no stack trace: " + everything);
      assertFalse(everything.contains("Exception"), "no exception: " + everything);
    } finally {
      process.destroyForcibly();
    }
  }

  /** Waits, for up to a minute, for the process to write its first whole line. */
  private static String firstLine(Path log, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline) {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      int end = text.indexOf('\n');
      if (end >= 0) {
        return text.substring(0, end);
      }
      if (!process.isAlive()) {
        throw new AssertionError("ended with " + process.exitValue() + " having said: " + text);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("said nothing within a minute");
  }
}
