package org.disclosurereport.serialization.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.serialization.Limits;
import org.junit.jupiter.api.Test;

/**
 * Documents in memory are read by Jackson's byte parser after a UTF-8 check, streams by its
 * character parser: both must give the same findings, at the same lines and character columns.
 */
class ReadingTest {
  private static final ReadSettings OPTIONS = ReadSettings.DEFAULTS;
  private static final com.fasterxml.jackson.core.JsonFactory FACTORY =
      JsonEngine.factory(Limits.defaults());
  private static final String HEAD =
      "{\"schemaVersion\":1,\"edition\":\"2019\",\"metadata\":{\"organName\":\"洛宁县人民政府\",\"reportYear\":2020";

  private static ReadResult fromBytes(byte[] b) throws IOException {
    return Reading.json(b, "doc", OPTIONS, FACTORY);
  }

  private static ReadResult fromStream(byte[] b) throws IOException {
    return Reading.json(new ByteArrayInputStream(b), "doc", OPTIONS, FACTORY);
  }

  private static List<String> described(ReadResult r) {
    return r.findings().stream().map(ReadingTest::describe).toList();
  }

  private static String describe(Finding f) {
    return f.ruleId()
        + "@"
        + f.location().line().orElse(0)
        + ":"
        + f.location().columnNumber().orElse(0)
        + f.location().jsonPointer().map(p -> " " + p).orElse("");
  }

  private static void assertSameAsStream(String what, byte[] document, String... expected)
      throws IOException {
    ReadResult bytes = fromBytes(document);
    assertEquals(List.of(expected), bytes.ruleIds(), what + ": " + described(bytes));
    assertEquals(described(fromStream(document)), described(bytes), what);
    assertEquals(fromStream(document).report(), bytes.report(), what);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void contentProblemsAfterChineseTextAreLocatedInCharacters() throws IOException {
    // One line: every column after the organ's name would be off by 14 if counted in bytes.
    assertSameAsStream(
        "compact",
        utf8(HEAD + ",\"organLevel\":\"GALAXY\"},\"vendor\":[true]}"),
        "DR-J034",
        "DR-J029");
    assertSameAsStream("syntax", utf8(HEAD + "},\"tables\":{,}}"), "DR-J001");
    assertSameAsStream("truncated", utf8(HEAD + "},\"general\":[{\"body\":\"未完"), "DR-J006");
    assertSameAsStream("trailing", utf8(HEAD + "}} {}"), "DR-J003");
    assertSameAsStream("duplicate", utf8(HEAD + ",\"reportYear\":2021}}"), "DR-J002");
    assertSameAsStream("empty", utf8("  \n "), "DR-J007");
    assertSameAsStream("clean", utf8(HEAD + "}}"));
  }

  @Test
  void aRepeatedNameIsFoundWhereverItIsAndOnlyThen() {
    // Names from a small set, so that repeats and shared hash bits are common, in objects both
    // shorter and longer than the reader's small-object path.
    qt().withExamples(2_000)
        .forAll(lists().of(integers().between(0, 90)).ofSizeBetween(0, 40))
        .checkAssert(
            picks -> {
              StringBuilder member = new StringBuilder("{");
              for (int i = 0; i < picks.size(); i++) {
                member.append(i == 0 ? "" : ",").append("\"n").append(picks.get(i)).append("\":1");
              }
              member.append('}');
              boolean repeated = new java.util.HashSet<>(picks).size() < picks.size();
              try {
                ReadResult read = fromBytes(utf8(HEAD + "},\"x-note\":" + member + "}"));
                assertEquals(
                    repeated, read.ruleIds().contains("DR-J002"), picks + ": " + read.ruleIds());
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  @Test
  void encodingsAreJudgedAsTheStreamJudgesThem() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] doc = utf8(HEAD + ",\"organLevel\":\"GALAXY\"}}");
    byte[] withBom = new byte[bom.length + doc.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(doc, 0, withBom, bom.length, doc.length);
    assertSameAsStream("byte order mark", withBom, "DR-J005", "DR-J034");
    assertSameAsStream("UTF-16", (HEAD + "}}").getBytes(StandardCharsets.UTF_16), "DR-J004");
    byte[] reference = utf8(HEAD + ",\"title\":\"ab\"}}");
    int a = new String(reference, StandardCharsets.UTF_8).indexOf("ab");
    byte[] bad = utf8(HEAD + ",\"title\":\"\0\0\"}}");
    bad[bad.length - 5] = (byte) 0xC0;
    bad[bad.length - 4] = (byte) 0xAF;
    assertEquals(List.of("DR-J004"), fromBytes(bad).ruleIds(), "an overlong form is malformed");
    assertEquals(List.of("DR-J004"), fromStream(bad).ruleIds());
    assertEquals(1, fromBytes(bad).findings().get(0).location().line().orElseThrow());
    assertEquals(a + 1, fromBytes(bad).findings().get(0).location().columnNumber().orElseThrow());
  }

  @Test
  void aDocumentLargerThanTheLimitIsRefusedBeforeParsing() throws IOException {
    ReadSettings small =
        new ReadSettings(OPTIONS.options(), Limits.builder().maxDocumentBytes(64).build());
    byte[] doc = utf8(HEAD + ",\"title\":\"" + "题".repeat(40) + "\"}}");
    ReadResult r = Reading.json(doc, "doc", small, JsonEngine.factory(small.limits()));
    assertEquals(List.of("DR-J010"), r.ruleIds());
  }
}
