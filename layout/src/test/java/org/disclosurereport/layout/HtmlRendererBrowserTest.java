package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.testkit.samples.SampleReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Opens the rendered HTML in a real headless browser and checks, after layout, that the tables show
 * the merged header cells of the national format: each merged heading covers exactly the cells
 * below or beside it. Also takes a screenshot (kept in {@code target/layout-screenshots} for a
 * person to look at) and checks it is not blank.
 *
 * <p>Needs Chromium; without it the test is skipped. Install it with {@code apt-get install
 * chromium} (Debian) to run this check.
 */
class HtmlRendererBrowserTest {
  private static final String PROBE =
      "<script>(function(){var out=[];"
          + "document.querySelectorAll('table.report-table').forEach(function(t){"
          + "t.querySelectorAll('th,td').forEach(function(c){var r=c.getBoundingClientRect();"
          + "out.push([t.getAttribute('data-table'),c.textContent.trim(),c.rowSpan,c.colSpan,"
          + "Math.round(r.left),Math.round(r.top),Math.round(r.right),Math.round(r.bottom)].join('\\t'));});});"
          + "var pre=document.createElement('pre');pre.id='layout-probe';pre.textContent=out.join('\\n');"
          + "document.body.appendChild(pre);})();</script>";

  @TempDir Path temp;

  /** A laid-out cell: its table, text, spans and box in CSS pixels. */
  private record Box(
      String table,
      String text,
      int rowSpan,
      int colSpan,
      int left,
      int top,
      int right,
      int bottom) {}

  @ParameterizedTest
  @EnumSource(Edition.class)
  void theBrowserShowsBothTablesWithTheirMergedHeaders(Edition edition) throws Exception {
    Path chromium = chromium();
    String html = HtmlRenderer.create().render(SampleReports.compact(edition));
    Path page = temp.resolve("report.html");
    Files.writeString(page, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);

    String dom = run(chromium, "--dump-dom", page);
    Element probe = Jsoup.parse(dom).getElementById("layout-probe");
    assertTrue(probe != null, "the probe script ran");
    List<Box> boxes = new ArrayList<>();
    for (String line : probe.wholeText().split("\n")) {
      String[] f = line.split("\t", -1);
      boxes.add(
          new Box(
              f[0],
              f[1],
              Integer.parseInt(f[2]),
              Integer.parseInt(f[3]),
              Integer.parseInt(f[4]),
              Integer.parseInt(f[5]),
              Integer.parseInt(f[6]),
              Integer.parseInt(f[7])));
    }

    // Section 三: 申请人情况 over all seven figures, 法人或其他组织 over its five, the corner over three rows.
    Box applicants = find(boxes, "applications", "申请人情况", 0);
    Box natural = find(boxes, "applications", "自然人", 0);
    Box total = find(boxes, "applications", "总计", 0);
    Box legal = find(boxes, "applications", "法人或其他组织", 0);
    Box commercial = find(boxes, "applications", "商业企业", 0);
    Box other = find(boxes, "applications", "其他", 0);
    assertEquals(7, applicants.colSpan());
    near(applicants.left(), natural.left());
    near(applicants.right(), total.right());
    near(legal.left(), commercial.left());
    near(legal.right(), other.right());
    near(natural.bottom(), commercial.bottom());
    Box corner =
        boxes.stream().filter(b -> b.table().equals("applications")).findFirst().orElseThrow();
    assertEquals(3, corner.rowSpan());
    near(corner.right(), natural.left());
    near(corner.bottom(), commercial.bottom());
    Box results = find(boxes, "applications", "三、本年度办理结果", 0);
    near(results.top(), find(boxes, "applications", "（一）予以公开", 0).top());
    near(results.bottom(), find(boxes, "applications", "（七）总计", 0).bottom());
    assertEquals(edition == Edition.V2019 ? 20 : 22, results.rowSpan());

    // Section 四: 行政诉讼 over the ten columns of its two groups.
    Box litigation = find(boxes, "reviewAndLitigation", "行政诉讼", 0);
    Box review = find(boxes, "reviewAndLitigation", "行政复议", 0);
    near(litigation.left(), find(boxes, "reviewAndLitigation", "结果维持", 1).left());
    near(litigation.right(), find(boxes, "reviewAndLitigation", "总计", 2).right());
    near(review.right(), find(boxes, "reviewAndLitigation", "总计", 0).right());
    near(review.bottom(), find(boxes, "reviewAndLitigation", "结果维持", 0).top());
    near(
        find(boxes, "reviewAndLitigation", "结果维持", 0).bottom(),
        find(boxes, "reviewAndLitigation", "结果维持", 1).bottom());

    Path shot = Path.of("target", "layout-screenshots", "report-" + edition.id() + ".png");
    Files.createDirectories(shot.getParent());
    Files.deleteIfExists(shot);
    Path plain = temp.resolve("plain.html");
    Files.writeString(plain, html, StandardCharsets.UTF_8);
    run(chromium, "--screenshot=" + shot.toAbsolutePath(), plain);
    assertTrue(Files.size(shot) > 20_000, "the screenshot shows something");
  }

  private static Box find(List<Box> boxes, String table, String text, int occurrence) {
    return boxes.stream()
        .filter(b -> b.table().equals(table) && b.text().equals(text))
        .skip(occurrence)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no laid-out cell " + text + " in " + table));
  }

  private static void near(int actual, int expected) {
    assertTrue(Math.abs(actual - expected) <= 2, () -> actual + " is not at " + expected);
  }

  private static Path chromium() {
    Optional<Path> found = Optional.empty();
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name :
        List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (found.isEmpty() && Files.isExecutable(candidate)) {
          found = Optional.of(candidate);
        }
      }
    }
    assumeTrue(
        found.isPresent(),
        "Chromium is not installed, so the browser check of the rendered HTML is skipped;"
            + " install it (apt-get install chromium) to run it");
    return found.get();
  }

  private String run(Path chromium, String action, Path page)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(temp, "profile");
    Path output = temp.resolve("chromium-output.txt");
    List<String> command =
        List.of(
            chromium.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile,
            "--window-size=1200,2400",
            action,
            page.toUri().toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(false)
            .redirectOutput(output.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      boolean done = process.waitFor(120, TimeUnit.SECONDS);
      assertTrue(done, "chromium finished within two minutes");
      assertEquals(0, process.exitValue(), "chromium exit status");
    } finally {
      process.destroyForcibly();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Files.readString(output, StandardCharsets.UTF_8);
  }
}
