package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.ReportMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults a user meets without doing anything wrong, and hostile names: a full disk or closed pipe
 * on standard output, a writer failing half-way, an output that is also an input, limits set too
 * high, control characters in a report.
 */
class FaultsTest {
  @TempDir Path dir;

  private Path json(String name, AnnualReport report) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, Fixtures.json(report));
    return p;
  }

  private static int runOn(Fixtures.BrokenStdout t, String... args) {
    return Main.run(args, t.terminal(), Toolkit.standard());
  }

  @Test
  void aFailedWriteToStandardOutputFailsConvertRenderAndValidate() throws IOException {
    Path in = json("r.json", Fixtures.broken());
    for (String[] args :
        new String[][] {
          {"convert", in.toString(), "--to", "json"},
          {"render", in.toString()},
          {"validate", in.toString()},
          {"validate", "--output", "json", in.toString()},
        }) {
      Fixtures.BrokenStdout full = new Fixtures.BrokenStdout(0);
      assertEquals(
          ExitCodes.UNREADABLE, runOn(full, args), String.join(" ", args) + "\n" + full.err());
      assertTrue(full.err().contains("Could not write to standard output"), full.err());
    }
  }

  @Test
  void aBatchStopsSoonAfterItsReaderHasGone() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("many"));
    byte[] report = Fixtures.json(Fixtures.broken());
    for (int i = 0; i < 400; i++) {
      Files.write(folder.resolve(String.format(Locale.ROOT, "r%03d.json", i)), report);
    }
    AtomicInteger read = new AtomicInteger();
    Toolkit counting =
        Toolkit.standard()
            .withReader(
                DocumentFormat.JSON,
                (bytes, detection, source) -> {
                  read.incrementAndGet();
                  return Toolkit.standard()
                      .reader(DocumentFormat.JSON)
                      .orElseThrow()
                      .read(bytes, detection, source);
                });
    // `| head -1`: the pipe takes one line, then every write fails.
    Fixtures.BrokenStdout head = new Fixtures.BrokenStdout(80);
    int code =
        Main.run(
            new String[] {"validate", "--threads", "2", folder.toString()},
            head.terminal(),
            counting);
    assertEquals(ExitCodes.UNREADABLE, code, head.err());
    assertTrue(head.err().contains("Could not write to standard output after"), head.err());
    assertTrue(read.get() < 100, "files read after the reader had gone: " + read.get());
  }

  @Test
  void aWriterFailingHalfWayLeavesTheOldTargetWhole() throws IOException {
    Path in = json("r.json", Fixtures.valid());
    Path target = dir.resolve("target.xml");
    Files.writeString(target, "<old/>");
    Toolkit failing =
        Toolkit.standard()
            .withWriter(
                DocumentFormat.XML,
                (report, out) -> {
                  out.write(new byte[4096]);
                  throw new IllegalStateException("the writer broke after 4096 bytes");
                });
    CliRun r =
        CliRun.run(failing, "convert", in.toString(), "--to", "xml", "-o", target.toString());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.toString());
    assertTrue(r.err().contains("DR-C011"), r.toString());
    assertEquals("<old/>", Files.readString(target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void anOutputThatIsAlsoAnInputIsRefusedBeforeAnythingIsRead() throws IOException {
    Path in = json("r.json", Fixtures.valid());
    byte[] before = Files.readAllBytes(in);
    CliRun summary =
        CliRun.run("validate", "--summary", in.toString(), in.toString(), in.toString());
    assertEquals(ExitCodes.UNREADABLE, summary.exitCode(), summary.toString());
    assertTrue(summary.err().contains("is also an input"), summary.toString());
    Path same = dir.resolve("./r.json");
    CliRun convert = CliRun.run("convert", in.toString(), "--to", "json", "-o", same.toString());
    assertEquals(ExitCodes.UNREADABLE, convert.exitCode(), convert.toString());
    assertTrue(convert.err().contains("is also an input"), convert.toString());
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(in));
    assertEquals("", summary.out() + convert.out());
  }

  @Test
  void everyFailedWriteNamesItsFileEscapedAndSaysWhyInAFewWords() throws IOException {
    Path in = json("r.json", Fixtures.valid());
    // A "folder" that is a file, and a name that would drive a terminal if printed as it is.
    Path missing = in.resolve("out\u001b[31m");
    for (String[] args :
        List.of(
            new String[] {"validate", "--report", missing + ".html", in.toString()},
            new String[] {"validate", "--summary", missing + ".json", in.toString()},
            new String[] {"convert", in.toString(), "--to", "xml", "-o", missing + ".xml"})) {
      CliRun r = CliRun.run(args);
      assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.toString());
      assertTrue(r.err().contains("Could not write"), r.toString());
      // The reason in a few words, not the exception's text, which repeats the path unescaped.
      assertFalse(r.err().contains("Exception"), r.toString());
      assertFalse(r.err().contains("\u001b"), "an escape character reached the terminal: " + r);
    }
  }

  @Test
  void anEmptyOrFolderOutputIsNamedForWhatItIs() throws IOException {
    Path in = json("r.json", Fixtures.valid());
    CliRun empty = CliRun.run("convert", in.toString(), "--to", "json", "-o", "");
    assertEquals(ExitCodes.UNREADABLE, empty.exitCode(), empty.toString());
    assertTrue(empty.err().contains("The output file name is empty"), empty.toString());
    CliRun folder = CliRun.run("convert", in.toString(), "--to", "json", "-o", dir.toString());
    assertEquals(ExitCodes.UNREADABLE, folder.exitCode(), folder.toString());
    assertTrue(folder.err().contains("is a folder"), folder.toString());
  }

  @Test
  void limitsAboveTheirMaximumAreRefusedNotCapped() throws IOException {
    Path in = json("r.json", Fixtures.valid());
    for (String threads : new String[] {"100000", "536870912"}) {
      CliRun r = CliRun.run("validate", "--threads", threads, in.toString());
      assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.toString());
      assertTrue(
          r.err()
              .startsWith(
                  "DR-C017 --threads does not take "
                      + threads
                      + "; it takes 0 (one per core) to 256"),
          r.toString());
      assertFalse(r.err().contains("Unexpected"), r.toString());
    }
    CliRun none = CliRun.run("validate", "--max-size", "0", in.toString());
    assertEquals(ExitCodes.UNREADABLE, none.exitCode(), none.toString());
    assertTrue(
        none.err().startsWith("DR-C017 --max-size does not take 0; it takes 1 to 2047 (MiB)"),
        none.toString());
    CliRun size = CliRun.run("validate", "--max-size", "4096", in.toString());
    assertEquals(ExitCodes.UNREADABLE, size.exitCode(), size.toString());
    assertTrue(
        size.err().startsWith("DR-C017 --max-size does not take 4096; it takes 1 to 2047 (MiB)"),
        size.toString());
    CliRun most = CliRun.run("validate", "--max-size", "2047", "--threads", "256", in.toString());
    assertEquals(ExitCodes.OK, most.exitCode(), most.toString());
  }

  @Test
  void aDeviceOfUnknownSizeIsNotSaidToHaveZeroBytes() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero));
    CliRun r = CliRun.run("validate", "--max-size", "1", zero.toString());
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r.toString());
    assertTrue(r.out().contains("more than 1048576 bytes"), r.toString());
    assertFalse(r.out().contains("has 0 bytes"), r.toString());
  }

  @Test
  void controlCharactersInAnOrganNameCannotDriveTheTerminalOrForgeALine() throws IOException {
    AnnualReport valid = Fixtures.valid();
    String hostile = "测试县\u001b[2J\u001b[1;1H\rforged.json \u2014 valid\n人民政府";
    AnnualReport report =
        AnnualReport.copyOf(valid)
            .withMetadata(ReportMetadata.copyOf(valid.metadata()).withOrganName(hostile));
    Path in = json("r.json", report);
    CliRun r = CliRun.run("validate", in.toString());
    // The reader refuses the escape character (XML could not carry it either), and the refusal
    // quotes the name escaped: nothing in it reaches the terminal raw or forges a line.
    assertTrue(r.out().contains("DR-J037 /metadata/organName"), r.toString());
    assertFalse(r.out().contains("\u001b"), r.toString());
    assertFalse(r.out().contains("\r"), r.toString());
    assertTrue(r.out().contains("测试县\\u001B[2J\\u001B[1;1H"), r.toString());
    // The report is read without the name it could not take (incomplete, DR-V001): the heading
    // says so, and no line of the output is the forged one.
    assertFalse(r.out().lines().anyMatch(l -> l.startsWith("forged.json")), r.toString());
    assertTrue(r.out().contains("DR-V001"), r.toString());
  }

  @Test
  void aUtf8PageCutInsideACharacterIsStillReadAsUtf8WithAFindingPerBadSequence()
      throws IOException {
    String html = org.disclosurereport.layout.HtmlRenderer.create().render(Fixtures.valid());
    byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
    // Drop the last byte of the first Chinese character after the title: a cut inside it.
    int at = html.indexOf("一、");
    int offset = html.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    java.io.ByteArrayOutputStream broken = new java.io.ByteArrayOutputStream();
    broken.write(utf8, 0, offset + 2);
    broken.write(utf8, offset + 3, utf8.length - offset - 3);
    Path page = dir.resolve("cut.html");
    Files.write(page, broken.toByteArray());
    CliRun r = CliRun.run("validate", page.toString());
    assertTrue(r.out().contains("测试县人民政府"), r.toString());
    assertTrue(r.out().contains("DR-C014"), r.toString());
    assertTrue(r.out().contains("at byte " + offset), r.toString());
    assertTrue(
        r.out()
            .contains("The input was read as UTF-8: the page declares UTF-8 and the bytes agree"),
        r.toString());
    assertFalse(r.out().contains("DR-L002"), r.toString());
  }
}
