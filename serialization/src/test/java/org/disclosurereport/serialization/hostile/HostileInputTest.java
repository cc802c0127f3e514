package org.disclosurereport.serialization.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.stream.XMLInputFactory;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportReadException;
import org.disclosurereport.serialization.ReportXml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents: each ends within a second with its own finding, without exhausting memory, and
 * never with an exception from inside a library. These are permanent regression tests.
 */
class HostileInputTest {
  private static final Duration BOUND = Duration.ofSeconds(1);
  private static final ReportJson JSON = ReportJson.create();
  private static final ReportXml XML = ReportXml.create();
  private static final String VALID_JSON_HEAD =
      "{\"schemaVersion\":1,\"edition\":\"2019\",\"metadata\":{\"organName\":\"某局\",\"reportYear\":2020}";
  private static final String VALID_XML_HEAD =
      "<annualReport><schemaVersion>1</schemaVersion><edition>2019</edition>"
          + "<metadata><organName>某局</organName><reportYear>2020</reportYear></metadata>";

  /** Loads and warms the parsers, so that the time bounds measure the inputs, not class loading. */
  @BeforeAll
  static void warmUp() {
    for (int i = 0; i < 20; i++) {
      JSON.readString(VALID_JSON_HEAD + "}");
      XML.readString(VALID_XML_HEAD + "</annualReport>");
      JSON.readString("[" + "[".repeat(100) + "]");
      XML.readString("<?xml version=\"1.0\"?><!DOCTYPE a><a/>");
    }
  }

  private static ReadResult within(Supplier<ReadResult> read) {
    return assertTimeoutPreemptively(BOUND, read::get);
  }

  private static void assertOnly(ReadResult r, String ruleId) {
    assertEquals(List.of(ruleId), r.ruleIds(), r::toString);
    assertTrue(r.report().isEmpty());
  }

  // ------------------------------------------------------------------ XML entities

  private static final String XXE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE annualReport [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <annualReport><schemaVersion>1</schemaVersion><edition>2019</edition>
      <metadata><organName>&xxe;</organName><reportYear>2020</reportYear></metadata></annualReport>
      """;

  private static final String BILLION_LAUGHS =
      """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [
       <!ENTITY lol "lol">
       <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
       <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
       <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
       <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
       <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
       <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
       <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
       <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
       <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
      ]>
      <annualReport><schemaVersion>1</schemaVersion><edition>2019</edition>
      <metadata><organName>&lol9;</organName><reportYear>2020</reportYear></metadata></annualReport>
      """;

  @Test
  void anXxeFileReadIsRefused() {
    ReadResult r = within(() -> XML.readString(XXE));
    assertOnly(r, "DR-X017");
    assertEquals(2, r.findings().get(0).location().line().orElseThrow());
  }

  @Test
  void aBillionLaughsDocumentIsRefused() {
    assertOnly(within(() -> XML.readString(BILLION_LAUGHS)), "DR-X017");
  }

  @Test
  void anEntityReferenceWithoutADtdIsRefused() {
    ReadResult r =
        within(() -> XML.readString(VALID_XML_HEAD.replace("某局", "&xxe;") + "</annualReport>"));
    assertFalse(r.isClean());
    assertTrue(r.ruleIds().contains("DR-X017") || r.ruleIds().contains("DR-X001"), r::toString);
  }

  @Test
  void aCallersPermissiveFactoryIsHardenedToo() {
    XMLInputFactory permissive = new WstxInputFactory();
    permissive.setProperty(XMLInputFactory.SUPPORT_DTD, true);
    permissive.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, true);
    permissive.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    ReportXml xml = ReportXml.builder().inputFactory(permissive).build();
    assertEquals(Boolean.FALSE, permissive.getProperty(XMLInputFactory.SUPPORT_DTD));
    assertOnly(within(() -> xml.readString(XXE)), "DR-X017");
    assertOnly(within(() -> xml.readString(BILLION_LAUGHS)), "DR-X017");
  }

  @Test
  void theJdkDefaultFactoryIsHardenedToo() {
    ReportXml xml = ReportXml.builder().inputFactory(XMLInputFactory.newDefaultFactory()).build();
    assertOnly(within(() -> xml.readString(XXE)), "DR-X017");
    assertOnly(within(() -> xml.readString(BILLION_LAUGHS)), "DR-X017");
    ReadResult ok = within(() -> xml.readString(VALID_XML_HEAD + "</annualReport>"));
    assertTrue(ok.isClean(), ok::toString);
  }

  // ------------------------------------------------------------------ nesting

  @Test
  void jsonNested100000DeepIsRefusedAtTheDepthLimit() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertOnly(within(() -> JSON.readString(deep)), "DR-J011");
    String deepObjects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    assertOnly(within(() -> JSON.readString(deepObjects)), "DR-J011");
  }

  @Test
  void xmlNested100000DeepIsRefusedAtTheDepthLimit() {
    String deep = "<a>".repeat(100_000) + "</a>".repeat(100_000);
    assertOnly(within(() -> XML.readString(deep)), "DR-X011");
  }

  // ------------------------------------------------------------------ numbers

  @Test
  void aHugeExponentIsOutOfRangeAtOnce() {
    String count =
        VALID_JSON_HEAD
            + ",\"tables\":{\"article20Item1\":{\"regulations\":{\"newlyMade\":1e1000000}}}}";
    ReadResult r = within(() -> JSON.readString(count));
    assertEquals(List.of("DR-J025"), r.ruleIds());
    assertEquals(
        "/tables/article20Item1/regulations/newlyMade",
        r.findings().get(0).location().jsonPointer().orElseThrow().toString());
    String bigger = count.replace("1e1000000", "1e1000000000");
    assertEquals(List.of("DR-J025"), within(() -> JSON.readString(bigger)).ruleIds());
    String amount =
        VALID_JSON_HEAD
            + ",\"tables\":{\"article20Item9\":{\"centralizedProcurement\":{\"procurementAmount\":"
            + "{\"value\":1e1000000,\"unit\":\"YUAN\"}}}}}";
    assertEquals(List.of("DR-J021"), within(() -> JSON.readString(amount)).ruleIds());
    String amountText = amount.replace("1e1000000", "\"1e1000000\"");
    assertEquals(List.of("DR-J027"), within(() -> JSON.readString(amountText)).ruleIds());
    String xml =
        VALID_XML_HEAD
            + "<tables><article20Item1><regulations><newlyMade>1e1000000</newlyMade>"
            + "</regulations></article20Item1></tables></annualReport>";
    assertEquals(List.of("DR-X025"), within(() -> XML.readString(xml)).ruleIds());
  }

  @Test
  void aVeryLongNumberIsRefusedAtTheNumberLimit() {
    String json = VALID_JSON_HEAD + ",\"x\":" + "9".repeat(100_000) + "}";
    assertOnly(within(() -> JSON.readString(json)), "DR-J014");
  }

  @Test
  void nullOrAFractionForACountIsNeitherZeroNorTruncated() {
    String json =
        VALID_JSON_HEAD
            + ",\"tables\":{\"article20Item1\":{\"regulations\":{\"newlyMade\":null,\"newlyPublished\":1.9}}}}";
    ReadResult r = within(() -> JSON.readString(json));
    assertEquals(List.of("DR-J022", "DR-J024"), r.ruleIds());
    assertTrue(r.report().orElseThrow().cells().isEmpty());
  }

  // ------------------------------------------------------------------ size

  /** An input stream of a head, {@code count} copies of one byte, and a tail, never in memory. */
  private static final class Repeating extends InputStream {
    private final byte[] head;
    private final byte fill;
    private final byte[] tail;
    private final long count;
    private long position;

    Repeating(String head, char fill, long count, String tail) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.fill = (byte) fill;
      this.count = count;
      this.tail = tail.getBytes(StandardCharsets.UTF_8);
    }

    long consumed() {
      return position;
    }

    @Override
    public int read() {
      long total = head.length + count + tail.length;
      if (position >= total) {
        return -1;
      }
      long p = position++;
      if (p < head.length) {
        return head[(int) p] & 0xFF;
      }
      if (p < head.length + count) {
        return fill & 0xFF;
      }
      return tail[(int) (p - head.length - count)] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        b[off + n++] = (byte) c;
      }
      return n;
    }
  }

  private static final long HUNDRED_MB = 100L * 1024 * 1024;

  @Test
  void aHundredMegabyteStringStopsEarly() {
    Repeating in =
        new Repeating(
            "{\"schemaVersion\":1,\"edition\":\"2019\",\"metadata\":{\"organName\":\"",
            'a',
            HUNDRED_MB,
            "\"}}");
    ReadResult r = within(() -> readQuietly(() -> JSON.read(in, "huge.json")));
    assertOnly(r, "DR-J013");
    assertTrue(in.consumed() < 2L * 1024 * 1024, "read " + in.consumed() + " bytes");
    Repeating xml =
        new Repeating("<annualReport><metadata><organName>", 'a', HUNDRED_MB, "</organName>");
    ReadResult rx = within(() -> readQuietly(() -> XML.read(xml, "huge.xml")));
    assertEquals(1, rx.findings().size(), rx::toString);
    assertTrue(List.of("DR-X013", "DR-X010").contains(rx.ruleIds().get(0)), rx::toString);
    assertTrue(xml.consumed() < 2L * 1024 * 1024, "read " + xml.consumed() + " bytes");
  }

  @Test
  void aHundredMegabyteDocumentStopsAtTheSizeLimit() {
    Repeating in = new Repeating("{", ' ', HUNDRED_MB, "}");
    assertOnly(within(() -> readQuietly(() -> JSON.read(in, "padded.json"))), "DR-J010");
    assertTrue(in.consumed() < 2L * 1024 * 1024, "read " + in.consumed() + " bytes");
    // White space inside the start tag: no text node, so only the size limit applies.
    Repeating xml = new Repeating("<annualReport", ' ', HUNDRED_MB, "></annualReport>");
    assertOnly(within(() -> readQuietly(() -> XML.read(xml, "padded.xml"))), "DR-X010");
    assertTrue(xml.consumed() < 2L * 1024 * 1024, "read " + xml.consumed() + " bytes");
  }

  @Test
  void tooManyTokensAreRefused() {
    String json = VALID_JSON_HEAD + ",\"x\":[" + "1,".repeat(60_000) + "1]}";
    assertOnly(within(() -> JSON.readString(json)), "DR-J012");
    String xml = VALID_XML_HEAD + "<x>" + "<y/>".repeat(60_000) + "</x></annualReport>";
    assertOnly(within(() -> XML.readString(xml)), "DR-X012");
  }

  @Test
  void tooManyAttributesAreRefused() {
    StringBuilder attributes = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      attributes.append(" a").append(i).append("=\"1\"");
    }
    assertOnly(within(() -> XML.readString("<annualReport" + attributes + "/>")), "DR-X016");
  }

  // ------------------------------------------------------------------ syntax and encoding

  @Test
  void duplicateKeysAreRefused() {
    ReadResult r = within(() -> JSON.readString("{\"schemaVersion\":1,\"schemaVersion\":1}"));
    assertOnly(r, "DR-J002");
    assertTrue(r.findings().get(0).messageEn().contains("schemaVersion"));
    ReadResult x =
        within(
            () ->
                XML.readString(
                    VALID_XML_HEAD.replace(
                            "<organName>某局</organName>",
                            "<organName>甲</organName><organName>乙</organName>")
                        + "</annualReport>"));
    assertEquals(List.of("DR-X002"), x.ruleIds());
    assertEquals(
        "/metadata/organName",
        x.findings().get(0).location().jsonPointer().orElseThrow().toString());
  }

  @Test
  void aTruncatedDocumentIsNamedAsSuch() {
    byte[] whole =
        JSON.writeBytes(
            JSON.readString(VALID_JSON_HEAD + "}").report().orElseThrow(), Formatting.PRETTY);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    assertOnly(within(() -> JSON.read(cut, "cut.json")), "DR-J006");
    byte[] xml =
        XML.writeBytes(
            XML.readString(VALID_XML_HEAD + "</annualReport>").report().orElseThrow(),
            Formatting.PRETTY);
    byte[] cutXml = java.util.Arrays.copyOf(xml, xml.length / 2);
    assertOnly(within(() -> XML.read(cutXml, "cut.xml")), "DR-X006");
  }

  @Test
  void aUtf8ByteOrderMarkIsAcceptedAndSaidSo() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] json = concat(bom, (VALID_JSON_HEAD + "}").getBytes(StandardCharsets.UTF_8));
    ReadResult r = within(() -> JSON.read(json, "bom.json"));
    assertEquals(List.of("DR-J005"), r.ruleIds());
    assertEquals(Severity.INFO, r.findings().get(0).severity());
    assertEquals("某局", r.report().orElseThrow().metadata().organName().orElseThrow());
    byte[] xml = concat(bom, (VALID_XML_HEAD + "</annualReport>").getBytes(StandardCharsets.UTF_8));
    ReadResult rx = within(() -> XML.read(xml, "bom.xml"));
    assertTrue(rx.isClean(), rx::toString);
  }

  @Test
  void utf16IsRefusedForJsonAndAcceptedForXml() {
    byte[] json = (VALID_JSON_HEAD + "}").getBytes(StandardCharsets.UTF_16);
    assertOnly(within(() -> JSON.read(json, "utf16.json")), "DR-J004");
    byte[] bare = (VALID_JSON_HEAD + "}").getBytes(StandardCharsets.UTF_16LE);
    assertOnly(within(() -> JSON.read(bare, "utf16le.json")), "DR-J004");
    byte[] xml =
        ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + VALID_XML_HEAD + "</annualReport>")
            .getBytes(StandardCharsets.UTF_16);
    ReadResult rx = within(() -> XML.read(xml, "utf16.xml"));
    assertTrue(rx.isClean(), rx::toString);
    assertEquals("某局", rx.report().orElseThrow().metadata().organName().orElseThrow());
  }

  @Test
  void malformedUtf8IsAnEncodingFinding() {
    byte[] json =
        concat(
            (VALID_JSON_HEAD + ",\"x\":\"").getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, 0x28, '"', '}'});
    assertOnly(within(() -> JSON.read(json, "bad.json")), "DR-J004");
  }

  @Test
  void malformedUtf8InXmlIsAnEncodingFinding() {
    byte[] xml =
        concat(
            (VALID_XML_HEAD + "<x>").getBytes(StandardCharsets.UTF_8),
            concat(
                new byte[] {(byte) 0xC3, 0x28},
                "</x></annualReport>".getBytes(StandardCharsets.UTF_8)));
    assertOnly(within(() -> XML.read(xml, "bad.xml")), "DR-X004");
  }

  @Test
  void aVeryLongNameIsRefusedAtTheNameLimit() {
    String name = "n".repeat(100_000);
    assertOnly(within(() -> JSON.readString(VALID_JSON_HEAD + ",\"" + name + "\":1}")), "DR-J015");
    assertOnly(
        within(() -> XML.readString(VALID_XML_HEAD + "<" + name + "/></annualReport>")), "DR-X015");
  }

  @Test
  void anArrayWhereAnObjectBelongsIsAWrongType() {
    ReadResult r = within(() -> JSON.readString(VALID_JSON_HEAD + ",\"tables\":[]}"));
    assertEquals(List.of("DR-J021"), r.ruleIds());
    assertEquals("/tables", r.findings().get(0).location().jsonPointer().orElseThrow().toString());
    assertOnly(within(() -> JSON.readString("[{\"schemaVersion\":1}]")), "DR-J021");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  private interface Read {
    ReadResult read() throws ReportReadException;
  }

  private static ReadResult readQuietly(Read read) {
    try {
      return read.read();
    } catch (ReportReadException e) {
      throw new AssertionError("a generated stream cannot fail", e);
    }
  }
}
