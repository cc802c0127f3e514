package org.disclosurereport.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.internal.ReadSettings;
import org.disclosurereport.testkit.Entropy;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The read of JSON documents in memory (Jackson's byte parser, with a screen of the bytes for
 * malformed UTF-8) against the read of the same document from a stream (decoded to characters
 * first), which it must never contradict.
 *
 * <p>So the same document read both ways must give the same report and the same findings, for every
 * document: the testkit's varied reports (which must read clean, without a finding) and thousands
 * of mutants of them, each changed in one place the way a hand-edited or foreign document is (a
 * member removed, renamed, added or repeated, a value of another type, negative, huge, fractional
 * or null, members reordered), some of which stay clean and some not.
 */
class CleanReadPropertiesTest {
  private static final ReadSettings STRICT = ReadSettings.DEFAULTS;
  private static final ReadSettings LENIENT =
      new ReadSettings(ReadOptions.lenient(), Limits.defaults());
  private static final int REPORTS = 150;
  private static final int MUTANTS_PER_REPORT = 20;
  private static final ObjectMapper TREES = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(Edition.class)
  void everyCanonicalDocumentIsReadInOnePassToTheSameReport(Edition edition) throws IOException {
    for (long seed = 0; seed < REPORTS; seed++) {
      AnnualReport report = ReportGenerators.report(edition, seed).withExtensions(Map.of());
      for (Formatting formatting : Formatting.values()) {
        byte[] json = ReportJson.create().writeBytes(report, formatting);
        assertEquals(report, onePass(json), "seed " + seed + ", " + formatting);
        assertSameBothWays(json, STRICT, "seed " + seed);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void mutantsReadTheSameInMemoryAsFromAStream(Edition edition) {
    int stayedClean = 0;
    int needFullRead = 0;
    for (long seed = 0; seed < REPORTS; seed++) {
      AnnualReport report = ReportGenerators.report(edition, seed);
      ObjectNode document = tree(ReportJson.create().writeBytes(report, Formatting.COMPACT));
      Entropy entropy = RandomEntropy.seeded(seed * 7919 + edition.ordinal());
      for (int i = 0; i < MUTANTS_PER_REPORT; i++) {
        byte[] mutant = mutate(document.deepCopy(), entropy);
        String name =
            "seed " + seed + ", mutant " + i + ": " + new String(mutant, StandardCharsets.UTF_8);
        for (ReadSettings options : List.of(STRICT, LENIENT)) {
          assertSameBothWays(mutant, options, name);
        }
        if (onePass(mutant) != null) {
          stayedClean++;
        } else {
          needFullRead++;
        }
      }
    }
    // Both outcomes must occur, or the property would say nothing about one of them.
    assertTrue(stayedClean > REPORTS, "mutants read in one pass: " + stayedClean);
    assertTrue(needFullRead > REPORTS, "mutants that needed the full read: " + needFullRead);
  }

  @Test
  void givesUpOnWhatTheFullReadHasSomethingToSayAbout() throws IOException {
    AnnualReport report = ReportGenerators.report(Edition.V2021, 7).withExtensions(Map.of());
    String json = ReportJson.create().write(report, Formatting.COMPACT);
    assertNotNull(onePass(json.getBytes(StandardCharsets.UTF_8)));
    String firstTable = Edition.V2021.spec().tables().get(0).key();
    List<String> unclean =
        List.of(
            json.replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
            json.replace("\"schemaVersion\":1", "\"schemaVersion\":1,\"x-vendor\":true"),
            json.replace("\"metadata\":{", "\"metadata\":{\"organName\":\"A\","),
            json.replaceFirst(":([0-9]+)", ":-$1"),
            json.replaceFirst(":([0-9]+)([,}])", ":$1.5$2"),
            json.replaceFirst(":([0-9]+)([,}])", ":null$2"),
            json.replaceFirst(":([0-9]+)([,}])", ":1000000000000$2"),
            json.substring(0, json.length() - 1),
            json + " {}",
            // Repeated members that put no cell twice, and one that does.
            json.replace("\"tables\":{", "\"tables\":{\"" + firstTable + "\":{},"),
            json.replaceFirst(
                "\"tables\":\\{\"([^\"]+)\":\\{\"([^\"]+)\":\\{",
                "\"tables\":{\"$1\":{\"$2\":{},\"$2\":{"),
            json.replaceFirst(
                "\"tables\":\\{\"([^\"]+)\":\\{\"([^\"]+)\":\\{\"([^\"]+)\":([0-9]+)",
                "\"tables\":{\"$1\":{\"$2\":{\"$3\":$4,\"$3\":$4"));
    for (String document : unclean) {
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      assertNull(onePass(bytes), document);
      assertSameBothWays(bytes, STRICT, document);
      assertTrue(
          ReportJson.create().read(bytes, "test").findings().size() > 0,
          "the full read has something to say about " + document);
    }
  }

  @Test
  void malformedUtf8ThatJacksonLetsThroughIsStillRefused() {
    AnnualReport report = ReportGenerators.report(Edition.V2021, 5).withExtensions(Map.of());
    byte[] json = ReportJson.create().writeBytes(report, Formatting.COMPACT);
    // The organ's name is a string of the document: its first character is replaced by an
    // overlong form, an encoded surrogate, or a code point above U+10FFFF.
    String organ = report.metadata().organName().orElseThrow();
    byte[] name = organ.substring(0, 1).getBytes(StandardCharsets.UTF_8);
    int at = indexOf(json, name);
    for (int[] malformed :
        new int[][] {
          {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}
        }) {
      byte[] mutant = new byte[json.length - name.length + malformed.length];
      System.arraycopy(json, 0, mutant, 0, at);
      for (int i = 0; i < malformed.length; i++) {
        mutant[at + i] = (byte) malformed[i];
      }
      System.arraycopy(
          json, at + name.length, mutant, at + malformed.length, json.length - at - name.length);
      ReadResult result = ReportJson.create().read(mutant, "document");
      assertTrue(result.report().isEmpty(), java.util.Arrays.toString(malformed));
      assertEquals(
          ReadCode.ENCODING.id(DocumentFormat.JSON),
          result.findings().get(0).ruleId(),
          java.util.Arrays.toString(malformed));
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }

  @Test
  void unknownMembersAreKeptInOnePassWhenReadingLeniently() {
    AnnualReport report = ReportGenerators.report(Edition.V2021, 5).withExtensions(Map.of());
    String json = ReportJson.create().write(report, Formatting.PRETTY);
    String vendor = "\"x-vendor\": {\"a\": [1, {\"b/c~\": null}], \"n\": 1.50}";
    List<String> documents =
        List.of(
            json.substring(0, json.lastIndexOf('}')) + ", " + vendor + "}",
            json.replaceFirst("\"metadata\": \\{", "\"metadata\": {" + vendor + ", "),
            json.replaceFirst("\"body\": ", vendor + ", \"body\": "),
            json.replaceFirst("\"unit\": ", vendor + ", \"unit\": "),
            json.replaceFirst("\"otherMatters\": \\{", "\"otherMatters\": {" + vendor + ","));
    for (String document : documents) {
      assertTrue(!document.equals(json), "the member was put in: " + document);
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      ReadResult read = onePass(bytes, LENIENT);
      assertNotNull(read, document);
      assertEquals(List.of("DR-J029"), read.findings().stream().map(f -> f.ruleId()).toList());
      assertEquals(1, read.report().orElseThrow().extensions().size(), document);
      // The same report and the same findings, at the same places, as the full read.
      assertSameBothWays(bytes, LENIENT, document);
      // Strictly, an unknown member is an error, which is the full read's to say.
      assertNull(onePass(bytes, STRICT), document);
    }
  }

  @Test
  void givesUpWhenTheLimitsAreTighterThanACanonicalDocumentNeeds() throws IOException {
    AnnualReport report = ReportGenerators.report(Edition.V2019, 11).withExtensions(Map.of());
    byte[] json = ReportJson.create().writeBytes(report, Formatting.COMPACT);
    Limits tight = Limits.builder().maxTokenCount(150).build();
    assertNull(onePass(json, new ReadSettings(ReadOptions.defaults(), tight)));
    assertSameBothWays(json, new ReadSettings(ReadOptions.defaults(), tight), "150 tokens");
  }

  @Test
  void aFileReadsAsItsBytesAndALargerOneAsAStream(@TempDir Path dir) throws Exception {
    AnnualReport report = ReportGenerators.report(Edition.V2019, 13).withExtensions(Map.of());
    byte[] json = ReportJson.create().writeBytes(report, Formatting.PRETTY);
    Path file = Files.write(dir.resolve("report.json"), json);
    assertSameResult(
        ReportJson.create().read(json, file.toString()), ReportJson.create().read(file));
    // A limit below the file's size: read as a stream, which stops at the limit.
    ReportJson small =
        ReportJson.create(
            ReadOptions.defaults(), Limits.builder().maxDocumentBytes(json.length / 2).build());
    ReadResult fromFile = small.read(file);
    assertSameResult(small.read(new ByteArrayInputStream(json), file.toString()), fromFile);
    assertEquals(
        ReadCode.LIMIT_DOCUMENT_SIZE.id(DocumentFormat.JSON), fromFile.findings().get(0).ruleId());
  }

  // ------------------------------------------------------------------ helpers

  /** The report of a document read clean, strictly; null when the read has anything to say. */
  private static AnnualReport onePass(byte[] json) {
    ReadResult read = onePass(json, STRICT);
    return read == null ? null : read.report().orElseThrow();
  }

  /**
   * A document read in memory when it is clean (at most information findings, with a report); null
   * when the read has a warning or an error to say.
   */
  private static ReadResult onePass(byte[] json, ReadSettings options) {
    ReadResult read = ReportJson.create(options.options(), options.limits()).read(json, "document");
    boolean clean =
        read.report().isPresent()
            && read.findings().stream().allMatch(f -> f.severity() == Severity.INFO);
    return clean ? read : null;
  }

  private static void assertSameBothWays(byte[] json, ReadSettings options, String name) {
    ReportJson codec = ReportJson.create(options.options(), options.limits());
    ReadResult inMemory = codec.read(json, "document");
    ReadResult streamed;
    try {
      streamed = codec.read(new ByteArrayInputStream(json), "document");
    } catch (ReportReadException e) {
      throw new AssertionError(e);
    }
    assertEquals(streamed.report(), inMemory.report(), name);
    assertEquals(streamed.findings(), inMemory.findings(), name);
  }

  private static void assertSameResult(ReadResult expected, ReadResult actual) {
    assertEquals(expected.source(), actual.source());
    assertEquals(expected.report(), actual.report());
    assertEquals(expected.findings(), actual.findings());
  }

  private static ObjectNode tree(byte[] json) {
    try {
      return (ObjectNode) TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Changes a document in one place, chosen at random among its containers and members. */
  private static byte[] mutate(ObjectNode document, Entropy entropy) {
    List<JsonNode> containers = new ArrayList<>();
    collect(document, containers);
    JsonNode target = entropy.pick(containers);
    if (target instanceof ObjectNode obj && obj.size() > 0) {
      List<String> names = new ArrayList<>();
      obj.fieldNames().forEachRemaining(names::add);
      String name = entropy.pick(names);
      switch (entropy.intBetween(0, 9)) {
        case 0 -> obj.remove(name);
        case 1 -> obj.set(name + "x", obj.remove(name));
        case 2 -> obj.put("x-added", entropy.intBetween(0, 9));
        case 3, 4 -> obj.set(name, replacement(obj.get(name), entropy));
        case 5 -> {
          // Reversed member order: a clean document still, in another order.
          List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
          obj.fields().forEachRemaining(entries::add);
          obj.removeAll();
          for (int i = entries.size() - 1; i >= 0; i--) {
            obj.set(entries.get(i).getKey(), entries.get(i).getValue());
          }
        }
        case 6 -> {
          // A repeated member, which a tree cannot hold: made in the text.
          String text = document.toString();
          String member = "\"" + name + "\":";
          int at = text.indexOf(member);
          if (at >= 0) {
            return (text.substring(0, at) + member + "0," + text.substring(at))
                .getBytes(StandardCharsets.UTF_8);
          }
        }
        default -> {
          if (obj.get(name).isIntegralNumber()) {
            // Another figure in range: the document stays clean.
            obj.put(name, entropy.intBetween(0, 1_000_000));
          } else {
            obj.set(name, replacement(obj.get(name), entropy));
          }
        }
      }
    } else if (target instanceof ArrayNode arr && arr.size() > 0) {
      int i = entropy.intBetween(0, arr.size() - 1);
      switch (entropy.intBetween(0, 2)) {
        case 0 -> arr.remove(i);
        case 1 -> arr.add(arr.get(i).deepCopy());
        default -> arr.set(i, replacement(arr.get(i), entropy));
      }
    } else {
      document.putNull("x-empty");
    }
    return document.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode replacement(JsonNode before, Entropy entropy) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (entropy.intBetween(0, 9)) {
      case 0 -> f.nullNode();
      case 1 -> f.numberNode(-entropy.intBetween(1, 100));
      case 2 -> f.numberNode(new java.math.BigDecimal("1.5"));
      case 3 -> f.numberNode(new java.math.BigInteger("12345678901234567890"));
      case 4 -> f.textNode(before.isTextual() ? before.asText() + " " : "12");
      case 5 -> f.textNode("");
      case 6 -> f.booleanNode(true);
      case 7 -> f.objectNode();
      case 8 -> f.arrayNode();
      default -> f.textNode("2021-02-30");
    };
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), out);
      }
    }
  }
}
