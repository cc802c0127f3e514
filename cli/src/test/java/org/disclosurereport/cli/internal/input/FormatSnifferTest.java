package org.disclosurereport.cli.internal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.disclosurereport.document.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class FormatSnifferTest {
  private static final String JSON =
      "{\"schemaVersion\": 1, \"edition\": \"2021\", \"metadata\": {\"organName\": \"测试县人民政府\"}}";
  private static final String XML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<annualReport edition=\"2021\"/>";
  private static final String HTML =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>年度报告</title></head><body></body></html>";
  private static final String TEXT = "测试县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年依法推进。";

  private static Optional<DocumentFormat> format(String content, String name) {
    return FormatSniffer.detect(content.getBytes(StandardCharsets.UTF_8), name).format();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '¦',
      value = {
        "{\"a\":1} ¦ data.txt ¦ JSON",
        "  \n [ {\"a\": 1} ] ¦ x ¦ JSON",
        "[] ¦ x ¦ JSON",
        "<annualReport/> ¦ r.json ¦ XML",
        "<?xml version='1.0'?><annualReport/> ¦ r.html ¦ XML",
        "<!-- c --><annualReport/> ¦ r ¦ XML",
        "<!DOCTYPE html><p>x</p> ¦ r.xml ¦ HTML",
        "<html><body>x</body></html> ¦ r.json ¦ HTML",
        "<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'/> ¦ r ¦ HTML",
        "<table><tr><td>1</td></tr></table> ¦ r.txt ¦ HTML",
        "<meta charset='gbk'><div>x</div> ¦ r ¦ HTML",
        "<report-page>x</report-page> ¦ r.htm ¦ HTML",
        "<report-page>x</report-page> ¦ r.xml ¦ XML",
        "一、总体情况<br>全年依法推进。<p>x</p> ¦ r.html ¦ HTML",
        "一、总体情况<br>全年依法推进。<p>x</p> ¦ r.txt ¦ TEXT",
        "一、总体情况<p>全年依法推进。</p><p>x</p><div>y</div> ¦ r ¦ HTML",
        "信息内容|本年新<br />制作数量|本年新<br/>公开数量 ¦ r ¦ TEXT",
        "信息内容\t本年新<br />制作数量\t本年新<span>公开</span>数量 ¦ r.txt ¦ TEXT",
        "一、总体情况 ¦ r.html ¦ TEXT",
        "[公开] 一、总体情况 ¦ r.json ¦ TEXT",
        "二、主动公开政府信息情况 | 规章 | 0 ¦ r ¦ TEXT",
      })
  void recognisesTheFormatByContent(String content, String name, DocumentFormat expected) {
    Detection d = FormatSniffer.detect(content.getBytes(StandardCharsets.UTF_8), name);
    assertEquals(Optional.of(expected), d.format(), content);
    assertEquals(Detection.Basis.CONTENT, d.basis());
  }

  @Test
  void theNameOnlyDecidesForEmptyContent() {
    Detection empty =
        FormatSniffer.detect(" \n\t".getBytes(StandardCharsets.UTF_8), "a/b/report.xml");
    assertEquals(Optional.of(DocumentFormat.XML), empty.format());
    assertEquals(Detection.Basis.FILE_NAME, empty.basis());
    Detection unknown = FormatSniffer.detect(new byte[0], "report");
    assertEquals(Optional.empty(), unknown.format());
    assertEquals(Detection.Basis.NONE, unknown.basis());
    assertFalse(unknown.isBinary());
  }

  @ParameterizedTest
  @CsvSource({
    "'\u0089PNG', PNG",
    "'PK\u0003\u0004', ZIP",
  })
  void refusesBinaryByMagicNumber(String start, String kind) {
    byte[] bytes = (start + " rest of file").getBytes(StandardCharsets.ISO_8859_1);
    Detection d = FormatSniffer.detect(bytes, "report.json");
    assertEquals(Optional.of(kind), d.binaryKind());
    assertEquals(Optional.empty(), d.format());
  }

  @Test
  void tellsPdfAndWordDocumentsByContentWhateverTheName() {
    byte[] pdf = "%PDF-1.7 rest of file".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        Optional.of(DocumentFormat.PDF), FormatSniffer.detect(pdf, "report.json").format());
    assertFalse(FormatSniffer.detect(pdf, "report.json").isBinary());
  }

  @Test
  void refusesContentWithNulBytesOrMostlyControlCharacters() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertEquals(Optional.of("PNG"), FormatSniffer.detect(png, "x.html").binaryKind());
    byte[] nul = {'{', 0, 1, 2, 3, 'a', 'b', 'c', 'd', 'e', 'f', 0, 0, 'x'};
    assertTrue(FormatSniffer.detect(nul, "x.json").isBinary());
    byte[] control = new byte[100];
    for (int i = 0; i < control.length; i++) {
      control[i] = (byte) (i % 2 == 0 ? 1 : 'a');
    }
    assertTrue(FormatSniffer.detect(control, "x.txt").isBinary());
  }

  @Test
  void readsByteOrderMarksAndBomlessUtf16() {
    for (Charset cs :
        List.of(
            StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE,
            Charset.forName("UTF-32LE"),
            Charset.forName("UTF-32BE"),
            StandardCharsets.UTF_8)) {
      for (String content : List.of(JSON, XML, HTML, TEXT)) {
        byte[] bytes = withBom(content, cs);
        Detection d = FormatSniffer.detect(bytes, "no-extension");
        assertEquals(cs, d.charset(), cs + " " + content);
        assertEquals(content, FormatSniffer.decode(bytes, d));
      }
    }
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] bytes = JSON.getBytes(cs);
      Detection d = FormatSniffer.detect(bytes, "x");
      assertEquals(cs, d.charset());
      assertEquals(0, d.bomLength());
      assertEquals(Optional.of(DocumentFormat.JSON), d.format());
    }
  }

  @Test
  void fallsBackToGb18030AndHonoursADeclaredCharset() {
    byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
    Detection d = FormatSniffer.detect(gbk, "report.txt");
    assertEquals(FormatSniffer.GB18030, d.charset());
    assertEquals(TEXT, FormatSniffer.decode(gbk, d));

    String big5Page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head><body>政府資訊公開</body></html>";
    byte[] big5 = big5Page.getBytes(Charset.forName("Big5"));
    Detection b = FormatSniffer.detect(big5, "page.htm");
    assertEquals(Charset.forName("Big5"), b.charset());
    assertEquals(big5Page, FormatSniffer.decode(big5, b));

    // Valid UTF-8 wins over a stale declaration (a page saved by a browser that re-encoded it).
    String stale = "<html><head><meta charset=\"gb2312\"></head><body>政府信息公开</body></html>";
    assertEquals(
        StandardCharsets.UTF_8,
        FormatSniffer.detect(stale.getBytes(StandardCharsets.UTF_8), "p.html").charset());
  }

  @Test
  void tellsJsonLinesFromOneDocument() {
    assertTrue(FormatSniffer.isJsonLines("{\"a\":1}\n{\"a\":2}\n"));
    assertTrue(FormatSniffer.isJsonLines("\n  {\"a\":1}  \r\n\n{\"a\":2}"));
    assertFalse(FormatSniffer.isJsonLines("{\"a\":1}\n"));
    assertFalse(FormatSniffer.isJsonLines("{\n  \"a\": 1\n}\n"));
    assertFalse(FormatSniffer.isJsonLines("[{\"a\":1},\n{\"a\":2}]"));
  }

  /** Whatever the text, its format and text survive every Unicode encoding with a BOM. */
  @Test
  void detectionDoesNotDependOnTheUnicodeEncoding() {
    Gen<String> bodies =
        SourceDSL.strings().betweenCodePoints(0x20, 0x9FFF).ofLengthBetween(0, 200);
    Gen<String> documents =
        Generate.pick(List.of(JSON, XML, HTML, TEXT))
            .zip(bodies, (head, body) -> head + "\n" + body);
    Gen<Charset> charsets =
        Generate.pick(
            List.of(
                StandardCharsets.UTF_8,
                StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE,
                Charset.forName("UTF-32LE"),
                Charset.forName("UTF-32BE")));
    qt().withExamples(1000)
        .forAll(documents, charsets)
        .checkAssert(
            (doc, cs) -> {
              Optional<DocumentFormat> reference = format(doc, "x");
              byte[] bytes = withBom(doc, cs);
              Detection d = FormatSniffer.detect(bytes, "x");
              assertEquals(reference, d.format(), cs.name());
              assertEquals(doc, FormatSniffer.decode(bytes, d));
            });
  }

  /** The byte check of UTF-8 agrees with a strict decoder, on text and on mangled text. */
  @Test
  void checksUtf8AsAStrictDecoderDoes() {
    Gen<String> texts = SourceDSL.strings().allPossible().ofLengthBetween(0, 40);
    qt().withExamples(5000)
        .forAll(
            texts,
            SourceDSL.integers().between(0, 2),
            SourceDSL.integers().allPositive(),
            SourceDSL.integers().between(0, 255))
        .checkAssert(
            (text, mode, position, value) -> {
              byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
              if (mode == 1 && bytes.length > 0) {
                bytes[position % bytes.length] = (byte) (int) value;
              } else if (mode == 2 && bytes.length > 0) {
                bytes =
                    java.util.Arrays.copyOf(
                        bytes, bytes.length - 1 - position % Math.min(3, bytes.length));
              }
              byte[] input = bytes;
              assertEquals(
                  strictlyDecodes(input),
                  FormatSniffer.isValidUtf8(input),
                  () -> java.util.HexFormat.of().formatHex(input));
            });
    for (String hex :
        List.of(
            "c0af",
            "e080af",
            "eda080",
            "f4908080",
            "f8888080",
            "c2",
            "e4b8",
            "e4b8ad",
            "f09f9880",
            "eda0bdedb880")) {
      byte[] bytes = java.util.HexFormat.of().parseHex(hex);
      assertEquals(strictlyDecodes(bytes), FormatSniffer.isValidUtf8(bytes), hex);
    }
  }

  /** JSON Lines told from UTF-8 bytes is JSON Lines told from the decoded text. */
  @Test
  void tellsJsonLinesFromBytesAsFromText() {
    Gen<String> pieces =
        Generate.pick(
            List.of(
                "{", "}", "\"a\":1", "\n", "\r", "\r\n", " ", "\t", "\u3000", "\u2003", "测", "[",
                "\u001f"));
    Gen<String> texts =
        SourceDSL.lists().of(pieces).ofSizeBetween(0, 12).map(l -> String.join("", l));
    qt().withExamples(5000)
        .forAll(texts)
        .checkAssert(
            text -> {
              byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
              assertEquals(
                  FormatSniffer.isJsonLines(text),
                  FormatSniffer.isJsonLines(bytes, 0, bytes.length),
                  text);
            });
  }

  /** JSON is UTF-8: told by its first byte, its bytes are the JSON reader's to check. */
  @Test
  void takesJsonAsUtf8WithoutDecodingIt() {
    byte[] gbk = ("{\"organName\": \"" + TEXT + "\"}").getBytes(Charset.forName("GBK"));
    Detection d = FormatSniffer.detect(gbk, "x.txt");
    assertEquals(Optional.of(DocumentFormat.JSON), d.format());
    assertEquals(StandardCharsets.UTF_8, d.charset());
    byte[] controls = new byte[100];
    java.util.Arrays.fill(controls, (byte) 1);
    controls[0] = '{';
    assertTrue(FormatSniffer.detect(controls, "x.json").isBinary());
  }

  /**
   * JSON is taken as binary by the share of control characters among its first characters, counted
   * on its bytes eight at a time where it can: the same decision as counting byte by byte, on
   * content of every mix of ASCII, control bytes, the lead and continuation bytes of Chinese and of
   * four-byte characters, around the length where counting stops.
   */
  @Test
  void tellsBinaryJsonAsCountingEachByteDoes() {
    byte[] pieces = {
      ' ', 'a', '\n', '\t', 1, 2, 0x1B, (byte) 0xE4, (byte) 0xB8, (byte) 0xF0, '\r', '\f', 0x1F
    };
    qt().withExamples(400)
        .forAll(
            SourceDSL.integers().between(1, 12_000),
            SourceDSL.integers().between(1, pieces.length),
            SourceDSL.longs().all())
        .checkAssert(
            (length, kinds, seed) -> {
              java.util.Random random = new java.util.Random(seed);
              byte[] bytes = new byte[length];
              bytes[0] = '{';
              for (int i = 1; i < length; i++) {
                // Runs of one kind, so that both long stretches and mixed words occur.
                bytes[i] = random.nextInt(8) == 0 ? pieces[random.nextInt(kinds)] : bytes[i - 1];
              }
              assertEquals(
                  binaryByEachByte(bytes),
                  FormatSniffer.detect(bytes, "x.json").isBinary(),
                  () -> length + " " + kinds + " " + seed);
            });
  }

  /** The JSON binary rule, a byte at a time. */
  private static boolean binaryByEachByte(byte[] b) {
    int chars = 0;
    int control = 0;
    for (int i = 0; i < b.length && chars < FormatSniffer.SNIFF_CHARS; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x20) {
        chars++;
        if (c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
          control++;
        }
      } else if (c < 0x80 || c >= 0xC0) {
        chars += c >= 0xF0 ? 2 : 1;
      }
    }
    return control * 10 > Math.min(chars, FormatSniffer.SNIFF_CHARS);
  }

  /**
   * A zero byte anywhere in the first 32 KiB makes the content binary, wherever it falls (in 64
   * bytes or more, where one zero byte cannot make them look like UTF-16).
   */
  @Test
  void findsAZeroByteAtAnyPosition() {
    qt().withExamples(500)
        .forAll(SourceDSL.integers().between(64, 300), SourceDSL.integers().between(0, 299))
        .checkAssert(
            (length, at) -> {
              byte[] bytes = new byte[length];
              java.util.Arrays.fill(bytes, (byte) 'a');
              assertFalse(FormatSniffer.detect(bytes, "x.txt").isBinary());
              bytes[at % length] = 0;
              assertTrue(FormatSniffer.detect(bytes, "x.txt").isBinary(), length + " " + at);
            });
  }

  private static boolean strictlyDecodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] withBom(String s, Charset cs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("\uFEFF".getBytes(cs));
    out.writeBytes(s.getBytes(cs));
    return out.toByteArray();
  }
}
