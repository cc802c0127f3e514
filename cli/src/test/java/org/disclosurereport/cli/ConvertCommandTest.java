package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportXml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path dir;

  private Path json(String name, AnnualReport report) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, Fixtures.json(report));
    return p;
  }

  @Test
  void convertsJsonToXmlAndBackWithoutLoss() throws Exception {
    AnnualReport report = Fixtures.broken();
    Path in = json("r.json", report);
    Path xml = dir.resolve("out/r.xml");
    CliRun toXml = CliRun.run("convert", in.toString(), "--to", "xml", "-o", xml.toString());
    // Written whole, and told as validate tells it: the broken report is not valid.
    assertEquals(ExitCodes.ERRORS, toXml.exitCode(), toXml.toString());
    assertTrue(toXml.err().contains("not valid"), toXml.toString());
    assertArrayEquals(
        ReportXml.create().writeBytes(report, Formatting.PRETTY), Files.readAllBytes(xml));
    assertTrue(toXml.err().contains("Wrote " + xml + " (xml)"), toXml.toString());
    assertEquals("", toXml.out());

    CliRun back = CliRun.run("convert", xml.toString(), "--to", "JSON");
    assertEquals(ExitCodes.ERRORS, back.exitCode(), back.toString());
    assertEquals(new String(Fixtures.json(report), StandardCharsets.UTF_8), back.out());
    assertEquals(report, ReportJson.create().readString(back.out()).report().orElseThrow());
  }

  @Test
  void runsTheChecksOfValidateAndSaysWhatTheySay() throws Exception {
    Path valid = json("valid.json", Fixtures.valid());
    CliRun ok = CliRun.run("convert", valid.toString(), "--to", "xml");
    assertEquals(ExitCodes.OK, ok.exitCode(), ok.toString());
    assertFalse(ok.err().contains("not valid"), ok.toString());

    Path broken = json("broken.json", Fixtures.broken());
    CliRun validate = CliRun.run("validate", broken.toString());
    CliRun convert = CliRun.run("convert", broken.toString(), "--to", "xml");
    assertEquals(ExitCodes.ERRORS, validate.exitCode(), validate.toString());
    assertEquals(ExitCodes.ERRORS, convert.exitCode(), convert.toString());
    for (String rule : java.util.List.of("DR-V")) {
      assertTrue(convert.err().contains(rule), convert.toString());
    }
    assertTrue(convert.out().startsWith("<?xml"), convert.toString());
  }

  @Test
  void exitsOneWhenTheReaderReportedAnErrorButStillWrites() throws Exception {
    String text = new String(Fixtures.json(Fixtures.valid()), StandardCharsets.UTF_8);
    Path in = dir.resolve("extra.json");
    Files.writeString(in, text.replaceFirst("\\{", "{\"vendorTrackingId\": \"x-1\","));
    CliRun r = CliRun.run("convert", in.toString(), "--to", "xml");
    assertEquals(ExitCodes.ERRORS, r.exitCode(), r.toString());
    assertTrue(r.err().contains("DR-J029"), r.toString());
    assertTrue(r.out().startsWith("<?xml"), r.toString());
  }

  @Test
  void refusesTextThatXmlCannotCarryWhenReadingNotWhenWriting() throws Exception {
    String text = new String(Fixtures.json(Fixtures.valid()), StandardCharsets.UTF_8);
    String body = Fixtures.valid().general().blocks().get(0).body();
    assertTrue(text.contains(body), text);
    for (String escape : java.util.List.of("\\u0000", "\\ud800", "\\u001b")) {
      Path in = dir.resolve("control.json");
      Files.writeString(in, text.replace(body, body + escape));
      CliRun r = CliRun.run("convert", in.toString(), "--to", "xml");
      // The reader's finding, located, and the rest written: not an unexpected failure.
      assertEquals(ExitCodes.ERRORS, r.exitCode(), r.toString());
      assertTrue(r.err().contains("DR-J037"), r.toString());
      assertTrue(r.err().contains("/general/0/body"), r.toString());
      assertFalse(r.err().contains("Unexpected"), r.toString());
      assertTrue(r.out().startsWith("<?xml"), r.toString());
      assertFalse(r.out().contains(body), r.toString());
    }
  }

  @Test
  void exitsTwoWhenNothingCanBeReadOrWritten() throws Exception {
    Path in = json("r.json", Fixtures.valid());
    CliRun missing = CliRun.run("convert", dir.resolve("none.json").toString(), "--to", "xml");
    assertEquals(ExitCodes.UNREADABLE, missing.exitCode());
    assertTrue(missing.err().contains("DR-C001"), missing.toString());
    assertEquals("", missing.out());

    Path blocked = dir.resolve("file");
    Files.writeString(blocked, "x");
    CliRun unwritable =
        CliRun.run(
            "convert", in.toString(), "--to", "xml", "-o", blocked.resolve("out.xml").toString());
    assertEquals(ExitCodes.UNREADABLE, unwritable.exitCode(), unwritable.toString());
    assertTrue(unwritable.err().contains("Could not write"), unwritable.toString());

    CliRun noWriter =
        CliRun.run(
            Toolkit.empty()
                .withReader(
                    DocumentFormat.JSON,
                    Toolkit.standard().reader(DocumentFormat.JSON).orElseThrow()),
            "convert",
            in.toString(),
            "--to",
            "txt");
    assertEquals(ExitCodes.UNREADABLE, noWriter.exitCode());
    assertTrue(noWriter.err().contains("cannot write txt"), noWriter.toString());
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    Path in = json("r.json", Fixtures.valid());
    for (String[] args :
        new String[][] {
          {"convert", in.toString()},
          {"convert", in.toString(), "--to", "pdf"},
          {"convert", "--to", "xml"},
          {"convert", in.toString(), in.toString(), "--to", "xml"}
        }) {
      CliRun r = CliRun.run(args);
      assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.toString());
      assertTrue(r.err().contains("Usage: disclosure convert"), r.toString());
      assertFalse(r.out().contains("Usage"), "usage errors go to standard error");
    }
  }
}
