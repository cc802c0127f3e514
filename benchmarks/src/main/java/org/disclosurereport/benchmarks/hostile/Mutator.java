package org.disclosurereport.benchmarks.hostile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates valid documents deterministically: the same seed gives the same mutants, on every
 * machine, so a failure found by the test suite is found again.
 *
 * <p>Most kinds break the document at the byte level as a corrupted upload or a hostile sender
 * would ({@link Kind#isMeaningKept()} false); the reader must then answer with findings, never an
 * exception, a hang or an exhausted heap. The others change only the form (whitespace, member
 * order, escapes, comments, a byte order mark, line ends): the reader must give the same report as
 * for the original.
 *
 * <p>Not thread-safe: one mutator per thread.
 */
public final class Mutator {
  /** The largest number of bytes a mutation adds. */
  public static final int MAX_GROWTH = 256 * 1024;

  /** What a mutation does to a document. */
  public enum Kind {
    /** One to four bits flipped. */
    FLIP_BITS(false),
    /** One to eight bytes overwritten with random ones. */
    RANDOM_BYTES(false),
    /** A range of bytes removed. */
    DELETE(false),
    /** One to sixteen random bytes inserted. */
    INSERT_BYTES(false),
    /** The document cut off. */
    TRUNCATE(false),
    /** A slice of the document copied elsewhere in it. */
    DUPLICATE(false),
    /** A slice repeated until the document has grown by up to {@link #MAX_GROWTH} bytes. */
    REPEAT(false),
    /** Thousands of opening brackets or tags. */
    DEEP_NESTING(false),
    /** A number replaced by a huge one: a thousand digits, an exponent, a long fraction. */
    HUGE_NUMBER(false),
    /** A malformed UTF-8 sequence inserted: overlong, surrogate, cut, stray byte. */
    BAD_UTF8(false),
    /**
     * The whole document re-encoded: UTF-16 or UTF-32 (with or without byte order mark), GB18030.
     */
    TRANSCODE(false),
    /** Control characters, separators and direction marks inserted. */
    CONTROL_CHARS(false),
    /** The layout changed: whitespace and line ends (JSON: also the order of members). */
    REFORMAT(true),
    /** Characters written as escapes: JSON {@code \\uXXXX}, XML and HTML character references. */
    ESCAPE(true),
    /** Comments inserted between elements (XML, HTML). */
    COMMENT(true),
    /** A byte order mark put in front. */
    BYTE_ORDER_MARK(true);

    private final boolean meaningKept;

    Kind(boolean meaningKept) {
      this.meaningKept = meaningKept;
    }

    /**
     * @return whether a reader must read the mutant as it read the original
     */
    public boolean isMeaningKept() {
      return meaningKept;
    }
  }

  /**
   * A mutated document.
   *
   * @param kind the mutation applied
   * @param bytes the document
   */
  public record Mutant(Kind kind, byte[] bytes) {
    /** Checks the fields. */
    public Mutant {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern AFTER_END_TAG = Pattern.compile("(</[^<>]+>)(?=\\s*<)");
  private static final Pattern XML_TEXT = Pattern.compile(">([^<>]+)</");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final byte[][] BAD_SEQUENCES = {
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xFF},
    {(byte) 0x80},
    {(byte) 0xE4, (byte) 0xB8},
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}
  };
  private static final String[] CONTROLS = {
    "\u0000", "\u0001", "\u001F", "\u007F", "\u2028", "\uFEFF", "\u202E", "\r"
  };
  private static final String[] HUGE = {
    "9".repeat(1000),
    "1e999999999",
    "-" + "9".repeat(30),
    "0." + "0".repeat(500) + "1",
    "1E-2147483648",
    "99999999999999999999",
    "12345678901234567890.123456789",
    "１２３４５６７８９０１２３４５６"
  };

  private final SplittableRandom random;

  /**
   * Creates a mutator.
   *
   * @param seed the seed: the same seed gives the same mutants
   */
  public Mutator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Returns the kinds that apply to a format.
   *
   * @param format the format of the documents
   * @return the kinds, in declaration order
   */
  public static Set<Kind> kinds(DocumentReader format) {
    Set<Kind> kinds = EnumSet.allOf(Kind.class);
    if (format == DocumentReader.TEXT) {
      kinds.remove(Kind.ESCAPE);
    }
    if (format == DocumentReader.JSON || format == DocumentReader.TEXT) {
      kinds.remove(Kind.COMMENT);
    }
    return kinds;
  }

  /**
   * Mutates a document with a kind drawn at random among those of its format.
   *
   * @param format the format of the document
   * @param document a valid document of that format
   * @return the mutant
   */
  public Mutant mutate(DocumentReader format, byte[] document) {
    List<Kind> kinds = new ArrayList<>(kinds(format));
    Kind kind = kinds.get(random.nextInt(kinds.size()));
    return new Mutant(kind, apply(kind, format, document));
  }

  /**
   * Applies one kind of mutation.
   *
   * @param kind the kind
   * @param format the format of the document
   * @param document the document, not modified
   * @return the mutated document
   * @throws IllegalArgumentException if the kind does not apply to the format
   */
  public byte[] apply(Kind kind, DocumentReader format, byte[] document) {
    if (!kinds(format).contains(kind)) {
      throw new IllegalArgumentException(kind + " does not apply to " + format);
    }
    byte[] d = document;
    return switch (kind) {
      case FLIP_BITS -> flipBits(d);
      case RANDOM_BYTES -> randomBytes(d);
      case DELETE -> delete(d);
      case INSERT_BYTES -> insert(d, bytes(1 + random.nextInt(16)));
      case TRUNCATE -> Arrays.copyOf(d, d.length == 0 ? 0 : random.nextInt(d.length));
      case DUPLICATE -> duplicate(d);
      case REPEAT -> repeat(d);
      case DEEP_NESTING ->
          insert(
              d,
              nesting(format)
                  .repeat(1000 + random.nextInt(100_000))
                  .getBytes(StandardCharsets.UTF_8));
      case HUGE_NUMBER -> hugeNumber(d);
      case BAD_UTF8 -> insert(d, BAD_SEQUENCES[random.nextInt(BAD_SEQUENCES.length)]);
      case TRANSCODE -> transcode(d);
      case CONTROL_CHARS -> controls(d);
      case REFORMAT -> reformat(format, d);
      case ESCAPE -> escape(format, d);
      case COMMENT ->
          utf8(
              AFTER_END_TAG
                  .matcher(text(d))
                  .replaceAll(
                      m ->
                          Matcher.quoteReplacement(
                              m.group(1) + (random.nextInt(3) == 0 ? "<!-- 注释 -->" : ""))));
      case BYTE_ORDER_MARK -> byteOrderMark(d);
    };
  }

  private byte[] flipBits(byte[] d) {
    byte[] out = d.clone();
    for (int i = 0, n = 1 + random.nextInt(4); i < n && out.length > 0; i++) {
      out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return out;
  }

  private byte[] randomBytes(byte[] d) {
    byte[] out = d.clone();
    for (int i = 0, n = 1 + random.nextInt(8); i < n && out.length > 0; i++) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }

  private byte[] delete(byte[] d) {
    if (d.length == 0) {
      return d;
    }
    int from = random.nextInt(d.length);
    int length = 1 + random.nextInt(Math.max(1, Math.min(64, (d.length - from))));
    byte[] out = new byte[d.length - length];
    System.arraycopy(d, 0, out, 0, from);
    System.arraycopy(d, from + length, out, from, d.length - from - length);
    return out;
  }

  private byte[] insert(byte[] d, byte[] piece) {
    int at = random.nextInt(d.length + 1);
    byte[] out = new byte[d.length + piece.length];
    System.arraycopy(d, 0, out, 0, at);
    System.arraycopy(piece, 0, out, at, piece.length);
    System.arraycopy(d, at, out, at + piece.length, d.length - at);
    return out;
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) random.nextInt(256);
    }
    return b;
  }

  private byte[] slice(byte[] d, int max) {
    if (d.length == 0) {
      return d;
    }
    int from = random.nextInt(d.length);
    int length = 1 + random.nextInt(Math.min(max, d.length - from));
    return Arrays.copyOfRange(d, from, from + length);
  }

  private byte[] duplicate(byte[] d) {
    return insert(d, slice(d, 2048));
  }

  private byte[] repeat(byte[] d) {
    byte[] piece = slice(d, 200);
    if (piece.length == 0) {
      return d;
    }
    int times = 1 + random.nextInt(Math.max(1, MAX_GROWTH / piece.length));
    byte[] run = new byte[piece.length * times];
    for (int i = 0; i < times; i++) {
      System.arraycopy(piece, 0, run, i * piece.length, piece.length);
    }
    return insert(d, run);
  }

  private static String nesting(DocumentReader format) {
    return switch (format) {
      case JSON -> "[";
      case XML -> "<a>";
      case HTML -> "<div>";
      case TEXT -> "（";
    };
  }

  private byte[] hugeNumber(byte[] d) {
    String text = text(d);
    List<int[]> runs = new ArrayList<>();
    Matcher m = DIGITS.matcher(text);
    while (m.find()) {
      runs.add(new int[] {m.start(), m.end()});
    }
    String huge = HUGE[random.nextInt(HUGE.length)];
    if (runs.isEmpty()) {
      return insert(d, utf8(huge));
    }
    int[] run = runs.get(random.nextInt(runs.size()));
    return utf8(text.substring(0, run[0]) + huge + text.substring(run[1]));
  }

  private byte[] transcode(byte[] d) {
    String text = text(d);
    Charset[] charsets = {
      StandardCharsets.UTF_16LE,
      StandardCharsets.UTF_16BE,
      StandardCharsets.UTF_16,
      Charset.forName("UTF-32LE"),
      Charset.forName("GB18030")
    };
    Charset charset = charsets[random.nextInt(charsets.length)];
    return text.getBytes(charset);
  }

  private byte[] controls(byte[] d) {
    byte[] out = d;
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      out = insert(out, utf8(CONTROLS[random.nextInt(CONTROLS.length)]));
    }
    return out;
  }

  private byte[] byteOrderMark(byte[] d) {
    byte[] out = new byte[d.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(d, 0, out, 3, d.length);
    return out;
  }

  private byte[] reformat(DocumentReader format, byte[] d) {
    return switch (format) {
      case JSON -> json(d, false);
      case XML, HTML ->
          utf8(
              AFTER_END_TAG
                  .matcher(text(d))
                  .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + whitespace())));
      case TEXT ->
          utf8(text(d).replace("\r\n", "\n").replace("\n", random.nextBoolean() ? "\r\n" : "\n"));
    };
  }

  private String whitespace() {
    return switch (random.nextInt(4)) {
      case 0 -> "";
      case 1 -> "\n";
      case 2 -> "\r\n\t";
      default -> " ".repeat(1 + random.nextInt(8));
    };
  }

  private byte[] escape(DocumentReader format, byte[] d) {
    if (format == DocumentReader.JSON) {
      return json(d, true);
    }
    // Character references in text content only (never in names, nor in scripts or styles).
    Matcher m = XML_TEXT.matcher(text(d));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String content = m.group(1);
      StringBuilder escaped = new StringBuilder();
      content
          .codePoints()
          .forEach(
              cp -> {
                if (cp > 0x7F && random.nextInt(3) == 0) {
                  escaped.append(
                      random.nextBoolean()
                          ? "&#x" + Integer.toHexString(cp).toUpperCase() + ";"
                          : "&#" + cp + ";");
                } else {
                  escaped.appendCodePoint(cp);
                }
              });
      m.appendReplacement(out, Matcher.quoteReplacement(">" + escaped + "</"));
    }
    m.appendTail(out);
    return utf8(out.toString());
  }

  /**
   * Rewrites a JSON document: members of every object shuffled, compact or pretty, escapes if
   * asked.
   */
  private byte[] json(byte[] d, boolean escapeNonAscii) {
    JsonNode tree;
    try {
      tree = JSON.readTree(d);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON document", e);
    }
    shuffle(tree);
    ByteArrayOutputStream out = new ByteArrayOutputStream(d.length + 64);
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      if (escapeNonAscii) {
        g.enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
      }
      if (random.nextBoolean()) {
        g.useDefaultPrettyPrinter();
      }
      JSON.writeTree(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array cannot fail to be written", e);
    }
    return out.toByteArray();
  }

  private void shuffle(JsonNode node) {
    if (node instanceof ObjectNode object) {
      Map<String, JsonNode> members = new LinkedHashMap<>();
      object.properties().forEach(e -> members.put(e.getKey(), e.getValue()));
      List<String> names = new ArrayList<>(members.keySet());
      Collections.shuffle(names, new java.util.Random(random.nextLong()));
      object.removeAll();
      for (String name : names) {
        shuffle(members.get(name));
        object.set(name, members.get(name));
      }
    } else if (node.isArray()) {
      node.forEach(this::shuffle);
    }
  }

  private static String text(byte[] d) {
    return new String(d, StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
