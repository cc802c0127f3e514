package org.disclosurereport.serialization.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8Test {

  /** What the JDK's strict decoder says, as the reference. */
  private static boolean jdkAccepts(byte[] b) {
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

  private static byte[] bytes(List<Integer> values) {
    byte[] b = new byte[values.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = values.get(i).byteValue();
    }
    return b;
  }

  @Test
  void acceptsExactlyWhatTheStrictDecoderAccepts() {
    // Bytes biased to the interesting range (lead and continuation bytes), with ASCII runs long
    // enough for the eight-byte fast path.
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0x70, 0xF7)).ofSizeBetween(0, 24))
        .checkAssert(
            values -> {
              byte[] b = bytes(values);
              assertEquals(
                  jdkAccepts(b), Utf8.firstMalformed(b, 0, b.length) < 0, values::toString);
            });
  }

  @Test
  void screensEveryRareLeadByteAtAnyOffsetAndExactlyItsNibbleSet() {
    qt().withExamples(20_000)
        .forAll(
            lists().of(integers().between(0x00, 0xFF)).ofSizeBetween(0, 40),
            integers().between(0, 8))
        .checkAssert(
            (values, from) -> {
              byte[] b = bytes(values);
              int start = Math.min(from, b.length);
              boolean rare = false;
              boolean screened = false;
              for (int i = start; i < b.length; i++) {
                int c = b[i] & 0xFF;
                rare |= c == 0xC0 || c == 0xC1 || c == 0xE0 || c == 0xED || c == 0xF0 || c >= 0xF4;
                screened |= Utf8.mayBeRare(c);
              }
              boolean answer = Utf8.hasRareLeadByte(b, start, b.length);
              assertTrue(answer || !rare, values::toString);
              assertEquals(screened, answer, values::toString);
            });
  }

  @Test
  void letsThroughAsciiContinuationBytesAndTheLeadBytesOfChineseText() {
    for (int c = 0; c < 0xC0; c++) {
      assertTrue(!Utf8.mayBeRare(c), Integer.toHexString(c));
    }
    for (int c : new int[] {0xC2, 0xC3, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEF}) {
      assertTrue(!Utf8.mayBeRare(c), Integer.toHexString(c));
    }
    byte[] text = "二、主动公开政府信息情况（一）：“依申请公开”——第1项。".getBytes(StandardCharsets.UTF_8);
    assertTrue(!Utf8.hasRareLeadByte(text, 0, text.length));
  }

  @Test
  void everyMalformedSequenceStartsWithARareLeadByteOrOneJacksonRefuses() {
    // The screen is sound only if each sequence the strict check refuses either starts with a
    // rare lead byte or is malformed in its length or continuation bytes, which Jackson checks.
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0x80, 0xFF)).ofSizeBetween(1, 4))
        .checkAssert(
            values -> {
              byte[] b = bytes(values);
              if (Utf8.firstMalformed(b, 0, b.length) < 0 || Utf8.hasRareLeadByte(b, 0, 1)) {
                return;
              }
              int lead = b[0] & 0xFF;
              int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
              boolean continuationsOk = length > 0 && b.length >= length;
              for (int i = 1; continuationsOk && i < length; i++) {
                continuationsOk = (b[i] & 0xC0) == 0x80;
              }
              // Well-formed in length and continuations, yet refused: only if a later sequence is.
              if (continuationsOk) {
                assertTrue(Utf8.firstMalformed(b, length, b.length) >= 0, values::toString);
              }
            });
  }

  @Test
  void refusesOverlongFormsSurrogatesAndCodePointsAboveTheLast() {
    for (int[] seq :
        new int[][] {
          {0xC0, 0xAF},
          {0xC1, 0xBF},
          {0xE0, 0x80, 0xAF},
          {0xED, 0xA0, 0x80},
          {0xF0, 0x80, 0x80, 0xAF},
          {0xF4, 0x90, 0x80, 0x80},
          {0xF5, 0x80, 0x80, 0x80},
          {0xFF},
          {0x80},
          {0xE4, 0xB8}
        }) {
      byte[] b = new byte[seq.length + 9];
      for (int i = 0; i < 9; i++) {
        b[i] = 'a';
      }
      for (int i = 0; i < seq.length; i++) {
        b[9 + i] = (byte) seq[i];
      }
      assertEquals(9, Utf8.firstMalformed(b, 0, b.length), java.util.Arrays.toString(seq));
    }
  }

  @Test
  void linesAndColumnsCountCharactersNotBytes() {
    byte[] b = "{\n  \"名称\": x".getBytes(StandardCharsets.UTF_8);
    int x = b.length - 1;
    assertEquals(2, Utf8.line(b, 0, x));
    assertEquals(9, Utf8.column(b, 0, x));
    byte[] astral = "😀x".getBytes(StandardCharsets.UTF_8);
    assertEquals(3, Utf8.column(astral, 0, 4), "a four-byte character is two UTF-16 characters");
  }
}
