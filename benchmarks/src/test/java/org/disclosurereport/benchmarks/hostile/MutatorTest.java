package org.disclosurereport.benchmarks.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.disclosurereport.benchmarks.hostile.Mutator.Kind;
import org.disclosurereport.benchmarks.hostile.Mutator.Mutant;
import org.junit.jupiter.api.Test;

class MutatorTest {
  private static final byte[] JSON =
      SeedCorpus.seeds(DocumentReader.JSON).values().iterator().next();
  private static final byte[] XML = SeedCorpus.seeds(DocumentReader.XML).values().iterator().next();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static boolean isUtf8(byte[] b) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void theSameSeedGivesTheSameMutants() {
    Mutator a = new Mutator(7);
    Mutator b = new Mutator(7);
    Mutator c = new Mutator(8);
    boolean differs = false;
    for (int i = 0; i < 200; i++) {
      Mutant x = a.mutate(DocumentReader.JSON, JSON);
      Mutant y = b.mutate(DocumentReader.JSON, JSON);
      assertEquals(x.kind(), y.kind());
      assertArrayEquals(x.bytes(), y.bytes());
      differs |= !Arrays.equals(x.bytes(), c.mutate(DocumentReader.JSON, JSON).bytes());
    }
    assertTrue(differs, "another seed gives other mutants");
  }

  @Test
  void onlyChangesOfFormKeepTheMeaning() {
    Set<Kind> kept = EnumSet.noneOf(Kind.class);
    for (Kind k : Kind.values()) {
      if (k.isMeaningKept()) {
        kept.add(k);
      }
    }
    assertEquals(EnumSet.of(Kind.REFORMAT, Kind.ESCAPE, Kind.COMMENT, Kind.BYTE_ORDER_MARK), kept);
  }

  @Test
  void kindsThatAFormatCannotHaveAreRefused() {
    assertFalse(Mutator.kinds(DocumentReader.JSON).contains(Kind.COMMENT));
    assertFalse(Mutator.kinds(DocumentReader.TEXT).contains(Kind.ESCAPE));
    assertTrue(
        Mutator.kinds(DocumentReader.HTML).containsAll(EnumSet.of(Kind.COMMENT, Kind.ESCAPE)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Mutator(1).apply(Kind.COMMENT, DocumentReader.JSON, JSON));
  }

  @Test
  void byteLevelKindsBreakTheDocumentAsNamed() {
    Mutator m = new Mutator(3);
    for (int i = 0; i < 20; i++) {
      byte[] cut = m.apply(Kind.TRUNCATE, DocumentReader.JSON, JSON);
      assertTrue(cut.length < JSON.length);
      assertArrayEquals(Arrays.copyOf(JSON, cut.length), cut);
      byte[] deep = m.apply(Kind.DEEP_NESTING, DocumentReader.JSON, JSON);
      assertTrue(deep.length - JSON.length >= 1000);
      assertTrue(utf8(deep).contains("[".repeat(1000)));
      assertFalse(isUtf8(m.apply(Kind.BAD_UTF8, DocumentReader.JSON, JSON)));
      byte[] grown = m.apply(Kind.REPEAT, DocumentReader.XML, XML);
      assertTrue(grown.length > XML.length && grown.length <= XML.length + Mutator.MAX_GROWTH);
      String huge = utf8(m.apply(Kind.HUGE_NUMBER, DocumentReader.JSON, JSON));
      assertTrue(
          huge.contains("9".repeat(20))
              || huge.contains("e999999999")
              || huge.contains("E-2147483648")
              || huge.contains("0".repeat(500))
              || huge.contains("1234567890123")
              || huge.contains("１２３"),
          "a huge number was written");
      assertFalse(Arrays.equals(JSON, m.apply(Kind.TRANSCODE, DocumentReader.JSON, JSON)));
      assertEquals(JSON.length, m.apply(Kind.FLIP_BITS, DocumentReader.JSON, JSON).length);
    }
  }

  @Test
  void changesOfFormKeepTheDocument() throws IOException {
    Mutator m = new Mutator(5);
    for (int i = 0; i < 20; i++) {
      byte[] reformatted = m.apply(Kind.REFORMAT, DocumentReader.JSON, JSON);
      assertEquals(MAPPER.readTree(JSON), MAPPER.readTree(reformatted));
      byte[] escaped = m.apply(Kind.ESCAPE, DocumentReader.JSON, JSON);
      assertEquals(MAPPER.readTree(JSON), MAPPER.readTree(escaped));
      assertTrue(utf8(escaped).chars().allMatch(c -> c < 0x80), "only ASCII is left");
      byte[] marked = m.apply(Kind.BYTE_ORDER_MARK, DocumentReader.XML, XML);
      assertArrayEquals(XML, Arrays.copyOfRange(marked, 3, marked.length));
    }
    String commented = utf8(m.apply(Kind.COMMENT, DocumentReader.XML, XML));
    assertTrue(commented.contains("<!--"));
    assertEquals(utf8(XML), commented.replace("<!-- 注释 -->", ""));
    String references = utf8(m.apply(Kind.ESCAPE, DocumentReader.XML, XML));
    assertTrue(references.contains("&#"));
  }
}
