package org.disclosurereport.cli.internal.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the character set of an input without a byte order mark, and says why.
 *
 * <p>Valid UTF-8 is UTF-8. A page that declares its charset ({@code <meta charset>}, {@code <?xml
 * encoding>}) is read in it, except that a declaration of UTF-8 gives way when the bytes contradict
 * it massively: when invalid sequences are not outnumbered {@value #RATIO} to 1 by valid multi-byte
 * characters, the page was mislabelled and is read as GB18030. So a UTF-8 page cut inside a
 * character, or with a few stray bytes, stays UTF-8, and each bad sequence is reported with its
 * position. Undeclared bytes that are mostly valid UTF-8 by the same measure are UTF-8 too;
 * anything else is GB18030, a superset of GBK and GB2312.
 *
 * <p>One pass over the input. Instances are immutable.
 *
 * @param charset the charset chosen
 * @param reason why, in English, for the finding that says which charset was used
 * @param reasonZh why, in Chinese
 * @param badSequences the offsets of the first invalid UTF-8 sequences (at most {@value
 *     #MAX_REPORTED}) when UTF-8 was chosen despite them
 * @param badCount how many invalid sequences there are in all
 */
public record CharsetChoice(
    Charset charset, String reason, String reasonZh, List<BadSequence> badSequences, int badCount) {

  /** Valid multi-byte characters needed per invalid sequence for UTF-8 to stand. */
  static final int RATIO = 10;

  /** The most invalid sequences reported one by one; the rest are counted. */
  public static final int MAX_REPORTED = 10;

  private static final Charset GB18030 = Charset.forName("GB18030");

  private static final Pattern DECLARED =
      Pattern.compile(
          "(?i)(?:<meta[^>]*charset\\s*=\\s*[\"']?|<\\?xml[^>]*encoding\\s*=\\s*[\"'])([A-Za-z0-9._:-]+)");

  /**
   * An invalid UTF-8 sequence.
   *
   * @param offset its byte offset, from 0
   * @param line its line, from 1
   * @param bytes the bytes, in hexadecimal
   */
  public record BadSequence(long offset, int line, String bytes) {}

  /** Creates a choice; the list is copied. */
  public CharsetChoice {
    badSequences = List.copyOf(badSequences);
  }

  /**
   * Chooses the charset of bytes that have no byte order mark.
   *
   * @param bytes the input
   * @return the choice
   */
  public static CharsetChoice choose(byte[] bytes) {
    Scan scan = Scan.of(bytes);
    Optional<String> declaredName = declared(bytes);
    Optional<Charset> declared = declaredName.flatMap(CharsetChoice::forName);
    boolean mostlyUtf8 = scan.multiByte >= (long) RATIO * scan.bad;
    if (scan.bad == 0) {
      return new CharsetChoice(
          StandardCharsets.UTF_8, "the bytes are valid UTF-8", "字节是有效的 UTF-8", List.of(), 0);
    }
    if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
      String name = declaredName.get();
      return new CharsetChoice(
          declared.get(), "the page declares " + name, "页面声明为 " + name, List.of(), 0);
    }
    if (mostlyUtf8) {
      String counts =
          scan.bad + " invalid sequence(s) among " + scan.multiByte + " valid characters";
      String countsZh = scan.multiByte + " 个有效字符中有 " + scan.bad + " 处无效字节";
      return declared.isPresent()
          ? new CharsetChoice(
              StandardCharsets.UTF_8,
              "the page declares UTF-8 and the bytes agree (" + counts + ")",
              "页面声明为 UTF-8，字节也基本一致（" + countsZh + "）",
              scan.sequences,
              scan.bad)
          : new CharsetChoice(
              StandardCharsets.UTF_8,
              "the bytes are UTF-8 but for a few (" + counts + ")",
              "字节除少数外均为 UTF-8（" + countsZh + "）",
              scan.sequences,
              scan.bad);
    }
    String counts =
        scan.bad + " invalid UTF-8 sequence(s), " + scan.multiByte + " valid characters";
    String countsZh = scan.bad + " 处无效的 UTF-8 字节，" + scan.multiByte + " 个有效字符";
    return declared.isPresent()
        ? new CharsetChoice(
            GB18030,
            "the page declares UTF-8 but its bytes contradict it (" + counts + ")",
            "页面声明为 UTF-8，但字节与之明显不符（" + countsZh + "）",
            List.of(),
            0)
        : new CharsetChoice(
            GB18030,
            "the bytes are not UTF-8 (" + counts + ") and no charset is declared",
            "字节不是 UTF-8（" + countsZh + "），且未声明字符集",
            List.of(),
            0);
  }

  private static Optional<String> declared(byte[] bytes) {
    String ascii = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(ascii);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> forName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("cp936")) {
      return Optional.of(GB18030);
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** One pass of a reporting UTF-8 decoder: valid multi-byte characters and invalid sequences. */
  private static final class Scan {
    long multiByte;
    int bad;
    final List<BadSequence> sequences = new ArrayList<>();

    static Scan of(byte[] bytes) {
      Scan s = new Scan();
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      CharBuffer out = CharBuffer.allocate(8192);
      int line = 1;
      int lineCounted = 0;
      while (true) {
        CoderResult r = decoder.decode(in, out, true);
        out.flip();
        while (out.hasRemaining()) {
          char c = out.get();
          if (c >= 0x80 && !Character.isLowSurrogate(c)) {
            s.multiByte++;
          }
        }
        out.clear();
        if (r.isError()) {
          int at = in.position();
          for (int i = lineCounted; i < at; i++) {
            if (bytes[i] == '\n') {
              line++;
            }
          }
          lineCounted = at;
          s.bad++;
          if (s.sequences.size() < MAX_REPORTED) {
            StringBuilder hex = new StringBuilder();
            for (int i = at; i < at + r.length(); i++) {
              hex.append(hex.length() == 0 ? "" : " ")
                  .append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
            }
            s.sequences.add(new BadSequence(at, line, hex.toString()));
          }
          in.position(at + r.length());
          continue;
        }
        if (r.isUnderflow()) {
          decoder.flush(out);
          break;
        }
      }
      return s;
    }
  }
}
