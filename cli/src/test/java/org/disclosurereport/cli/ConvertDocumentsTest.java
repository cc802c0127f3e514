package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.testkit.ReadAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code convert} reads reports published as PDF and Word documents, told by their content whatever
 * their name, into exactly the report of the sample's JSON.
 */
class ConvertDocumentsTest {
  @TempDir Path dir;

  private Path copy(String resource, String asName) throws Exception {
    Path p = dir.resolve(asName);
    try (InputStream in =
        Objects.requireNonNull(
            getClass().getResourceAsStream("/documents/" + resource), resource)) {
      Files.write(p, in.readAllBytes());
    }
    return p;
  }

  /** The sample's report less what a document does not print (organ level and kind, fees). */
  private AnnualReport expected(String name) throws Exception {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/documents/" + name + ".json")) {
      bytes = in.readAllBytes();
    }
    return ReadAssertions.asPublished(ReportJson.create().read(bytes, name).report().orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({
    "luoning-2020, .docx",
    "luoning-2020, .doc",
    "luoning-2020, .pdf",
    "luoning-2020, -from-word.pdf",
    "example-district-2024, .docx",
    "example-district-2024, .doc",
    "example-district-2024, .pdf",
    "example-district-2024, -from-word.pdf",
  })
  void convertsEachSampleDocumentToItsJson(String name, String suffix) throws Exception {
    // Saved without an extension: the content alone tells the format.
    Path in = copy(name + suffix, "report-" + suffix.replace('.', '_'));
    CliRun r = CliRun.run("convert", in.toString(), "--to", "json");
    assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
    ReadAssertions.assertReadsBack(expected(name), ReportJson.create().readString(r.out()));
  }

  @Test
  void rendersAWordDocumentThatReadsBackIntoTheReport() throws Exception {
    Path json = dir.resolve("luoning.json");
    Files.write(
        json,
        ReportJson.create()
            .writeBytes(
                expected("luoning-2020"), org.disclosurereport.serialization.Formatting.PRETTY));
    Path docx = dir.resolve("out/luoning.docx");
    CliRun render = CliRun.run("render", json.toString(), "--to", "docx", "-o", docx.toString());
    assertEquals(ExitCodes.OK, render.exitCode(), render.toString());
    CliRun back = CliRun.run("convert", docx.toString(), "--to", "json");
    assertEquals(ExitCodes.OK, back.exitCode(), back.toString());
    ReadAssertions.assertReadsBack(
        expected("luoning-2020"), ReportJson.create().readString(back.out()));
    CliRun wrong = CliRun.run("render", json.toString(), "--to", "xml");
    assertEquals(ExitCodes.UNREADABLE, wrong.exitCode(), wrong.toString());
  }

  @Test
  void aScannedPdfSaysItHasNoTextLayerAndExitsTwo() throws Exception {
    Path in = dir.resolve("scan.pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      doc.save(in.toFile());
    }
    CliRun r = CliRun.run("convert", in.toString(), "--to", "json");
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.toString());
    assertTrue(r.err().contains("DR-L041") && r.err().contains("no text layer"), r.toString());
    assertEquals("", r.out());
  }

  @Test
  void aPdfThatIsNotAReportSaysSoAndExitsTwo() throws Exception {
    Path in = dir.resolve("broken.pdf");
    Files.writeString(in, "%PDF-1.7\nnot really a PDF\n");
    CliRun r = CliRun.run("convert", in.toString(), "--to", "json");
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.toString());
    assertTrue(r.err().contains("DR-L040"), r.toString());
  }
}
