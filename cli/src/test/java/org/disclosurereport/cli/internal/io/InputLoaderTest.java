package org.disclosurereport.cli.internal.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.input.InputItem;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputLoaderTest {
  @TempDir Path dir;

  private final InputLoader loader = new InputLoader(Toolkit.standard(), 1 << 20);

  private static List<String> ids(Loaded l) {
    return l.result().findings().stream().map(Finding::ruleId).toList();
  }

  private Loaded load(String name, byte[] bytes, boolean explicit) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return loader.load(new InputItem.File(p, name, explicit));
  }

  @Test
  void readsAReportWhateverItsFileName() throws Exception {
    Loaded l = load("report.txt", Fixtures.json(Fixtures.valid()), true);
    assertEquals(Optional.of(DocumentFormat.JSON), l.format());
    assertEquals(Optional.of(Fixtures.valid()), l.result().report());
    assertEquals(List.of(), ids(l));
  }

  @Test
  void convertsUtf16JsonToUtf8AndSaysSo() throws Exception {
    String text = new String(Fixtures.json(Fixtures.valid()), StandardCharsets.UTF_8);
    byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    Loaded l = load("r.json", utf16, true);
    assertEquals(Optional.of(Fixtures.valid()), l.result().report());
    assertEquals(List.of("DR-C007"), ids(l));
    assertTrue(l.result().findings().get(0).messageEn().contains("UTF-16LE"));
  }

  @Test
  void binaryContentIsAnErrorWhenNamedAndPassedOverWhenFound() throws Exception {
    byte[] png = "\u0089PNG\r\n\u001a\n....".getBytes(StandardCharsets.ISO_8859_1);
    Loaded named = load("report.png", png, true);
    assertEquals(List.of("DR-C003"), ids(named));
    assertTrue(named.result().findings().get(0).messageEn().contains("PNG"));
    assertFalse(named.skipped());
    assertTrue(load("found.png", png, false).skipped());
  }

  @Test
  void aDamagedPdfIsReadAsAPdfAndSaysSoWhetherNamedOrFound() throws Exception {
    byte[] pdf = "%PDF-1.4 ...".getBytes(StandardCharsets.ISO_8859_1);
    Loaded named = load("report.pdf", pdf, true);
    assertEquals(List.of("DR-L040"), ids(named));
    assertFalse(named.skipped());
    Loaded found = load("found.pdf", pdf, false);
    assertFalse(found.skipped());
    assertEquals(List.of("DR-L040"), ids(found));
  }

  @Test
  void refusesTooLargeEmptyAndUnreadableInputs() throws Exception {
    Loaded large = load("big.json", new byte[(1 << 20) + 1], true);
    assertEquals(List.of("DR-C004"), ids(large));
    assertEquals(List.of("DR-C008"), ids(load("empty", new byte[0], true)));
    Loaded missing =
        loader.load(
            new InputItem.Problem(
                dir.resolve("nope"), "nope", new java.nio.file.NoSuchFileException("nope")));
    assertEquals(List.of("DR-C001"), ids(missing));
    Loaded io = loader.load(new InputItem.Problem(dir, "d", new java.io.IOException("denied")));
    assertEquals(List.of("DR-C002"), ids(io));
    assertTrue(io.result().findings().get(0).messageEn().contains("denied"));
  }

  @Test
  void anEmptyFileWithAKnownExtensionGoesToItsReader() throws Exception {
    Loaded l = load("empty.json", "  ".getBytes(StandardCharsets.UTF_8), true);
    assertEquals(Optional.of(DocumentFormat.JSON), l.format());
    assertEquals(List.of("DR-J007"), ids(l));
  }

  @Test
  void saysWhenNoReaderExistsOrTheReaderFoundNothing() throws Exception {
    InputLoader none = new InputLoader(Toolkit.empty(), 1 << 20);
    assertEquals(
        List.of("DR-C010"), ids(none.read("x.json", "{}".getBytes(StandardCharsets.UTF_8), true)));
    InputLoader silent =
        new InputLoader(
            Toolkit.empty()
                .withReader(
                    DocumentFormat.JSON, (b, d, s) -> new ReadAttempt(Optional.empty(), List.of())),
            1 << 20);
    assertEquals(
        List.of("DR-C009"),
        ids(silent.read("x.json", "{}".getBytes(StandardCharsets.UTF_8), true)));
  }

  @Test
  void handsTheReaderTheBytesAndTheDetection() throws Exception {
    AtomicReference<byte[]> seen = new AtomicReference<>();
    InputLoader spy =
        new InputLoader(
            Toolkit.empty()
                .withReader(
                    DocumentFormat.TEXT,
                    (b, d, s) -> {
                      seen.set(b);
                      assertEquals(DocumentFormat.TEXT, d.format().orElseThrow());
                      return new ReadAttempt(Optional.of(Fixtures.valid()), List.of());
                    }),
            1 << 20);
    byte[] text = "一、总体情况".getBytes(StandardCharsets.UTF_8);
    spy.read("r.html", text, true);
    assertArrayEquals(text, seen.get());
  }
}
