package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.layout.HtmlRenderer;
import org.disclosurereport.layout.PublishedReportReader;
import org.disclosurereport.layout.TextRenderer;
import org.disclosurereport.model.AnnualReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir Path dir;

  private Path json(AnnualReport report) throws Exception {
    Path p = dir.resolve("r.json");
    Files.write(p, Fixtures.json(report));
    return p;
  }

  @Test
  void rendersTheOfficialLayoutThatReadsBackAsTheSameReport() throws Exception {
    AnnualReport report = Fixtures.broken();
    Path html = dir.resolve("site/report.html");
    CliRun r = CliRun.run("render", json(report).toString(), "-o", html.toString());
    // Written, and told as validate tells it: the report's sums are broken.
    assertEquals(ExitCodes.ERRORS, r.exitCode(), r.toString());
    assertTrue(r.err().contains("not valid"), r.toString());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertEquals(HtmlRenderer.create().render(report), page);
    assertEquals(
        report.cells(),
        PublishedReportReader.create().readHtml(page).report().orElseThrow().cells());

    CliRun again = CliRun.run("validate", html.toString());
    assertEquals(ExitCodes.ERRORS, again.exitCode(), "the page has the same broken sums: " + again);
  }

  @Test
  void rendersToStandardOutputAndIsTheSameAsConvertToHtml() throws Exception {
    Path in = json(Fixtures.valid());
    CliRun render = CliRun.run("render", in.toString());
    CliRun convert = CliRun.run("convert", in.toString(), "--to", "html");
    assertEquals(ExitCodes.OK, render.exitCode());
    assertEquals(render.out(), convert.out());
    assertTrue(
        render.out().startsWith("<!doctype html>") || render.out().startsWith("<!DOCTYPE html>"),
        render.out());
  }

  @Test
  void convertsToTextThatReadsBack() throws Exception {
    AnnualReport report = Fixtures.valid();
    CliRun r = CliRun.run("convert", json(report).toString(), "--to", "txt");
    assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
    assertEquals(TextRenderer.create().render(report), r.out());
    Path txt = dir.resolve("r.txt");
    Files.writeString(txt, r.out(), StandardCharsets.UTF_8);
    CliRun back = CliRun.run("convert", txt.toString(), "--to", "json");
    assertEquals(ExitCodes.OK, back.exitCode(), back.toString());
    AnnualReport read =
        org.disclosurereport.serialization.ReportJson.create()
            .readString(back.out())
            .report()
            .orElseThrow();
    assertEquals(report.cells(), read.cells());
    assertEquals(
        report.metadata().organName().orElseThrow(), read.metadata().organName().orElseThrow());
    assertEquals(
        report.metadata().reportYear().getAsInt(), read.metadata().reportYear().getAsInt());
  }

  @Test
  void exitsTwoForAnUnreadableInputOrAUsageError() throws Exception {
    Path pdf = dir.resolve("r.pdf");
    Files.write(pdf, "%PDF-1.7 ...".getBytes(StandardCharsets.ISO_8859_1));
    CliRun r = CliRun.run("render", pdf.toString(), "-o", dir.resolve("x.html").toString());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode());
    assertTrue(r.err().contains("DR-L040"), "a damaged PDF: " + r);
    Path png = dir.resolve("r.png");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    CliRun image = CliRun.run("render", png.toString(), "-o", dir.resolve("x.html").toString());
    assertEquals(ExitCodes.UNREADABLE, image.exitCode());
    assertTrue(image.err().contains("DR-C003"), image.toString());
    assertTrue(!Files.exists(dir.resolve("x.html")), "nothing written");
    CliRun usage = CliRun.run("render");
    assertEquals(ExitCodes.UNREADABLE, usage.exitCode());
    assertTrue(usage.err().contains("Usage: disclosure render"), usage.toString());
  }

  @Test
  void exitsOneWhenThePageHadUnreadableCells() throws Exception {
    String page = HtmlRenderer.create().render(Fixtures.valid());
    // One count of the page has decimals: the reader leaves that cell blank and says so.
    String spoilt = page.replaceFirst("(<td class=\"num\"[^>]*>)0(</td>)", "$11.5$2");
    assertTrue(!spoilt.equals(page));
    Path html = dir.resolve("spoilt.html");
    Files.writeString(html, spoilt, StandardCharsets.UTF_8);
    CliRun r = CliRun.run("convert", html.toString(), "--to", "json");
    assertEquals(ExitCodes.ERRORS, r.exitCode(), r.toString());
    assertTrue(r.err().contains("DR-L022"), r.toString());
    assertTrue(r.out().startsWith("{"), "still written");
    Path out = dir.resolve("again.html");
    CliRun render = CliRun.run("render", html.toString(), "-o", out.toString());
    assertEquals(ExitCodes.ERRORS, render.exitCode(), render.toString());
    assertTrue(Files.exists(out), "still written");
  }
}
