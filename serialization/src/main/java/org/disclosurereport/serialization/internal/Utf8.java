package org.disclosurereport.serialization.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.disclosurereport.finding.Finding;

/**
 * Checks UTF-8 on bytes, and turns the byte columns of Jackson's byte parser into the character
 * columns an editor shows.
 *
 * <p>JSON is checked on its bytes before parsing so that Jackson's byte parser, which is faster
 * than decoding to characters first, can read it: that parser accepts some malformed sequences
 * (overlong forms, encoded surrogates), which this check refuses as RFC 3629 requires. The parser
 * counts columns in bytes; findings are only ever located on the path of a bad document, so their
 * columns are converted there, and a good document pays nothing.
 */
final class Utf8 {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Utf8() {}

  /**
   * Finds the first malformed UTF-8 sequence.
   *
   * @param b the bytes
   * @param from the first byte to check
   * @param to the end of the bytes to check (exclusive)
   * @return the offset of the first byte of the first malformed sequence, or -1 when all is UTF-8
   */
  static int firstMalformed(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      // Runs of ASCII (JSON's structure and indentation) eight bytes at a time.
      while (i + Long.BYTES <= to && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += Long.BYTES;
      }
      if (i >= to) {
        break;
      }
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      if (c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF) {
        // Three bytes without special cases: most of CJK text.
        if (i + 2 >= to || (b[i + 1] & 0xC0) != 0x80 || (b[i + 2] & 0xC0) != 0x80) {
          return i;
        }
        i += 3;
      } else if (c >= 0xC2 && c <= 0xDF) {
        if (i + 1 >= to || (b[i + 1] & 0xC0) != 0x80) {
          return i;
        }
        i += 2;
      } else if (c == 0xE0 || c == 0xED) {
        // E0: no overlong forms; ED: no surrogates.
        int min = c == 0xE0 ? 0xA0 : 0x80;
        int max = c == 0xED ? 0x9F : 0xBF;
        if (i + 2 >= to || !within(b[i + 1], min, max) || (b[i + 2] & 0xC0) != 0x80) {
          return i;
        }
        i += 3;
      } else if (c >= 0xF0 && c <= 0xF4) {
        // F0: no overlong forms; F4: nothing above U+10FFFF.
        int min = c == 0xF0 ? 0x90 : 0x80;
        int max = c == 0xF4 ? 0x8F : 0xBF;
        if (i + 3 >= to
            || !within(b[i + 1], min, max)
            || (b[i + 2] & 0xC0) != 0x80
            || (b[i + 3] & 0xC0) != 0x80) {
          return i;
        }
        i += 4;
      } else {
        return i;
      }
    }
    return -1;
  }

  private static final long HIGHS = 0x8080808080808080L;

  /**
   * Whether bytes may hold a lead byte that only some well-formed sequences start with, or none:
   * {@code C0}, {@code C1}, {@code E0}, {@code ED}, {@code F0}, or {@code F4} to {@code FF}.
   *
   * <p>Jackson's byte parser checks the length and the continuation bytes of every sequence in a
   * string or a name, and refuses any other byte above ASCII; what it lets through are overlong
   * forms, encoded surrogates and code points above U+10FFFF, and each of them starts with one of
   * these bytes. So bytes that Jackson parsed and for which this screen answers false are
   * well-formed UTF-8, and the screen, eight bytes at a time, is all a document that Jackson parsed
   * needs. When it answers true, {@link #firstMalformed} decides.
   *
   * <p>The screen answers true for a few more lead bytes than those, for it tests nibbles, which
   * takes fewer operations per word than testing the bytes exactly: a lead byte ({@code C0} and
   * above) whose high nibble is {@code F} or whose low nibble is {@code 0}, {@code 1} or {@code D}.
   * The others it lets in, {@code C1}-like {@code D0}, {@code D1}, {@code DD}, {@code CD}, {@code
   * E1}, {@code F1} to {@code F3}, are rare in Chinese text (CJK ideographs and punctuation start
   * with {@code E2} to {@code E9} and {@code EF}), and cost only the full check.
   *
   * @param b the bytes
   * @param from the first byte to check
   * @param to the end of the bytes to check (exclusive)
   * @return false when no byte of the range is one of those lead bytes
   */
  static boolean hasRareLeadByte(byte[] b, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long w = (long) LONGS.get(b, i);
      // Each test below leaves its answer in the high bit of each byte: shifting the word left by
      // k moves bit 7 - k of a byte to its bit 7.
      long lead = w & (w << 1) & HIGHS;
      if (lead == 0) {
        continue;
      }
      long s4 = w << 4;
      long s5 = w << 5;
      long s6 = w << 6;
      long highF = (w << 2) & (w << 3);
      long low0or1 = ~(s4 | s5 | s6);
      long lowD = s4 & s5 & ~s6 & (w << 7);
      if ((lead & (highF | low0or1 | lowD)) != 0) {
        return true;
      }
    }
    for (; i < to; i++) {
      if (mayBeRare(b[i] & 0xFF)) {
        return true;
      }
    }
    return false;
  }

  /** The screen of {@link #hasRareLeadByte} for one byte. */
  static boolean mayBeRare(int c) {
    int low = c & 0x0F;
    return c >= 0xC0 && (c >= 0xF0 || low <= 1 || low == 0x0D);
  }

  private static boolean within(byte b, int min, int max) {
    int v = b & 0xFF;
    return v >= min && v <= max;
  }

  /**
   * Returns the 1-based line of a byte.
   *
   * @param b the bytes
   * @param from where the document starts
   * @param at the byte's offset
   * @return the line
   */
  static int line(byte[] b, int from, int at) {
    int line = 1;
    for (int i = from; i < at; i++) {
      if (b[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * Returns the 1-based character column of a byte: the UTF-16 characters before it on its line,
   * plus one, as Jackson's character parser counts.
   *
   * @param b well-formed UTF-8 up to {@code at}
   * @param from where the document starts
   * @param at the byte's offset
   * @return the column
   */
  static int column(byte[] b, int from, int at) {
    int start = at;
    while (start > from && b[start - 1] != '\n') {
      start--;
    }
    return chars(b, start, at) + 1;
  }

  /**
   * Rewrites the byte columns of findings as character columns.
   *
   * @param findings findings located by Jackson's byte parser
   * @param b the document's bytes, well-formed UTF-8
   * @param from where the document starts
   * @return the findings, the same list when none has a column
   */
  static List<Finding> charColumns(List<Finding> findings, byte[] b, int from) {
    if (findings.stream().noneMatch(f -> f.location().columnNumber().isPresent())) {
      return findings;
    }
    int[] lineStarts = lineStarts(b, from);
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      var loc = f.location();
      if (loc.columnNumber().isEmpty() || loc.line().isEmpty()) {
        out.add(f);
        continue;
      }
      int line = loc.line().getAsInt();
      if (line > lineStarts.length) {
        out.add(f);
        continue;
      }
      int start = lineStarts[line - 1];
      int end = Math.min(b.length, start + loc.columnNumber().getAsInt() - 1);
      out.add(f.withLocation(loc.withColumnNumber(chars(b, start, end) + 1)));
    }
    return out;
  }

  private static int[] lineStarts(byte[] b, int from) {
    int lines = line(b, from, b.length);
    int[] starts = new int[lines];
    int k = 0;
    starts[k++] = from;
    for (int i = from; i < b.length; i++) {
      if (b[i] == '\n') {
        starts[k++] = i + 1;
      }
    }
    return starts;
  }

  /** Counts the UTF-16 characters of well-formed UTF-8 bytes; a four-byte sequence counts two. */
  static int chars(byte[] b, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        n += c >= 0xF0 ? 2 : 1;
      }
    }
    return n;
  }
}
