package org.disclosurereport.cli.internal.input;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.documents.DocumentType;

/**
 * Recognises the format of an input by its content: a JSON value, an XML document, an HTML page
 * or plain text, in whatever character set it came in.
 *
 * <p>People save reports under any name ({@code 年报.htm} that is really text, {@code data} with
 * no extension at all), so the file name only breaks ties: an empty file, or markup whose first
 * element could be either XML or an HTML fragment. The character set is taken from a byte order
 * mark (UTF-8, UTF-16, UTF-32), else from the zero bytes of BOM-less UTF-16, else UTF-8 when the
 * bytes are valid UTF-8, else the charset an HTML page or XML document declares, else GB18030
 * (the superset of GBK and GB2312 that most Chinese government sites use).
 *
 * <p>JSON is told from its bytes: content whose first character (after white space) is {@code {}
 * is JSON, in UTF-8 as RFC 8259 requires, and nothing of it is decoded or checked here, since the
 * JSON reader checks every byte strictly anyway and locates what is wrong. Everything else is
 * decided on its decoded start.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class FormatSniffer {
  /** How many characters of decoded text the format decision looks at. */
  static final int SNIFF_CHARS = 8192;

  /** Charset used when nothing else decides: a superset of GBK and GB2312. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  /**
   * How many bytes of UTF-8 hold at least {@link #SNIFF_CHARS} characters, when there are that
   * many.
   */
  private static final int SNIFF_BYTES = SNIFF_CHARS * 4;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of each byte of a long. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /** Elements that only HTML has; a document whose first element is one of these is a page. */
  private static final Set<String> HTML_ELEMENTS =
      Set.of(
          "html",
          "head",
          "body",
          "meta",
          "title",
          "link",
          "script",
          "style",
          "div",
          "span",
          "table",
          "thead",
          "tbody",
          "tr",
          "td",
          "th",
          "p",
          "br",
          "hr",
          "a",
          "img",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "center",
          "font",
          "form",
          "section",
          "article",
          "header",
          "footer",
          "nav",
          "main",
          "ul",
          "ol",
          "li",
          "iframe",
          "strong",
          "b",
          "i",
          "em",
          "pre",
          "base",
          "noscript");

  /**
   * Tags that give a page its structure. Text copied from a web page keeps stray inline tags (a
   * {@code <br />} inside a cell, a {@code <span>}); those never make it a page.
   */
  private static final Pattern STRUCTURE_TAG =
      Pattern.compile("(?i)<(?:table|tr|td|th|p|div|html|body|li|h[1-6])\\b[^>]*>");

  /** How many structure tags make text with tags a page, when its name does not say. */
  static final int STRUCTURE_TAGS_FOR_HTML = 3;

  /** How many make a file named as text a page after all (a page saved as {@code .txt}). */
  static final int STRUCTURE_TAGS_FOR_HTML_NAMED_TEXT = 12;

  private static final Pattern DECLARED_CHARSET =
      Pattern.compile(
          "(?i)(?:<meta[^>]*charset\\s*=\\s*[\"']?|<\\?xml[^>]*encoding\\s*=\\s*[\"'])([A-Za-z0-9._:-]+)");

  private FormatSniffer() {}

  /**
   * Detects the format and character set of an input.
   *
   * @param bytes the whole input (only its start decides the format; all of it decides whether it
   *     is valid UTF-8)
   * @param fileName the input's file name or path, used to break ties; may be empty
   * @return the detection, never null
   */
  public static Detection detect(byte[] bytes, String fileName) {
    Optional<String> magic = magicNumber(bytes);
    if (magic.isPresent() || DocumentType.mayBeDocument(bytes)) {
      Optional<DocumentFormat> document =
          DocumentType.detect(bytes).map(FormatSniffer::documentFormat);
      if (document.isPresent()) {
        return new Detection(
            document, StandardCharsets.ISO_8859_1, 0, Detection.Basis.CONTENT, Optional.empty());
      }
    }
    if (magic.isPresent()) {
      return new Detection(
          Optional.empty(), StandardCharsets.ISO_8859_1, 0, Detection.Basis.NONE, magic);
    }
    int bom = 0;
    Charset charset;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      bom = 3;
      charset = StandardCharsets.UTF_8;
      if (startsJsonObject(bytes, bom)) {
        return jsonFromBytes(bytes, bom);
      }
    } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      bom = 4;
      charset = UTF_32LE;
    } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      bom = 4;
      charset = UTF_32BE;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      bom = 2;
      charset = StandardCharsets.UTF_16LE;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      bom = 2;
      charset = StandardCharsets.UTF_16BE;
    } else {
      charset = bomlessUtf16(bytes).orElse(null);
      if (charset == null) {
        if (hasNul(bytes)) {
          return new Detection(
              Optional.empty(),
              StandardCharsets.ISO_8859_1,
              0,
              Detection.Basis.NONE,
              Optional.of("binary"));
        }
        if (startsJsonObject(bytes, 0)) {
          return jsonFromBytes(bytes, 0);
        }
        charset = CharsetChoice.choose(bytes).charset();
      }
    }
    String head = decodeHead(bytes, bom, charset);
    if (looksBinary(head)) {
      return new Detection(
          Optional.empty(), charset, bom, Detection.Basis.NONE, Optional.of("binary"));
    }
    // The name only breaks ties, and only content that is not JSON can have any.
    return decide(head, DocumentFormat.byFileName(fileName), charset, bom);
  }

  /**
   * Decodes an input's text with the detected character set, without its byte order mark. Malformed
   * bytes become U+FFFD.
   *
   * @param bytes the input
   * @param detection its detection
   * @return the text
   */
  public static String decode(byte[] bytes, Detection detection) {
    return new String(
        bytes, detection.bomLength(), bytes.length - detection.bomLength(), detection.charset());
  }

  /**
   * Whether JSON text is JSON Lines: its first non-blank line is a whole object on its own, and
   * another line follows. A pretty-printed document opens with <code>{</code> alone on its line; a
   * single compact document has no second line.
   *
   * @param text the decoded JSON text
   * @return true for JSON Lines
   */
  public static boolean isJsonLines(String text) {
    int lines = 0;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (lines == 0 && !(t.startsWith("{") && t.endsWith("}"))) {
        return false;
      }
      if (++lines == 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether UTF-8 JSON is JSON Lines, read from its bytes: the same answer as {@link
   * #isJsonLines(String)} gives for the bytes decoded, decoding at most a line whose ends are not
   * ASCII.
   *
   * @param bytes the input
   * @param from the first byte of the text (after any byte order mark)
   * @param to the end of the bytes to look at (exclusive)
   * @return true for JSON Lines
   */
  public static boolean isJsonLines(byte[] bytes, int from, int to) {
    int lines = 0;
    int i = from;
    while (i < to) {
      int start = i;
      while (i < to && bytes[i] != '\n' && bytes[i] != '\r') {
        i++;
      }
      int end = i;
      if (i < to) {
        i += bytes[i] == '\r' && i + 1 < to && bytes[i + 1] == '\n' ? 2 : 1;
      }
      while (start < end && isAsciiWhitespace(bytes[start])) {
        start++;
      }
      while (end > start && isAsciiWhitespace(bytes[end - 1])) {
        end--;
      }
      if (start == end) {
        continue;
      }
      int first = bytes[start];
      int last = bytes[end - 1];
      if (first < 0 || last < 0) {
        // A character beyond ASCII at either end, white space perhaps: decode this line alone.
        String t = new String(bytes, start, end - start, StandardCharsets.UTF_8).strip();
        if (t.isEmpty()) {
          continue;
        }
        first = t.charAt(0);
        last = t.charAt(t.length() - 1);
      }
      if (lines == 0 && !(first == '{' && last == '}')) {
        return false;
      }
      if (++lines == 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decodes the start of an input's text, without its byte order mark.
   *
   * @param bytes the input
   * @param detection its detection
   * @param maxBytes how many bytes after the byte order mark to decode at most (a character cut in
   *     two at the end becomes U+FFFD)
   * @return the text
   */
  public static String decodeStart(byte[] bytes, Detection detection, int maxBytes) {
    int length = Math.min(bytes.length - detection.bomLength(), maxBytes);
    return new String(bytes, detection.bomLength(), length, detection.charset());
  }

  private static Detection decide(
      String head, Optional<DocumentFormat> byName, Charset charset, int bom) {
    int i = skipWhitespace(head, 0);
    if (i == head.length()) {
      return byName
          .map(
              f ->
                  new Detection(
                      Optional.of(f), charset, bom, Detection.Basis.FILE_NAME, Optional.empty()))
          .orElseGet(
              () ->
                  new Detection(
                      Optional.empty(), charset, bom, Detection.Basis.NONE, Optional.empty()));
    }
    char c = head.charAt(i);
    DocumentFormat format;
    if (c == '{') {
      format = DocumentFormat.JSON;
    } else if (c == '[' && looksLikeJsonArray(head, i + 1)) {
      format = DocumentFormat.JSON;
    } else if (c == '<') {
      format = markup(head, i, byName);
    } else {
      format = textOrHtml(head, byName);
    }
    return new Detection(
        Optional.of(format), charset, bom, Detection.Basis.CONTENT, Optional.empty());
  }

  /**
   * Decides between text and a page fragment for content that does not start with markup. The whole
   * sniffed start is weighed: only tags that structure a page count, a few of them make a page, and
   * a file named as a page is one at the first; a file named as text needs many.
   */
  static DocumentFormat textOrHtml(String head, Optional<DocumentFormat> byName) {
    int limit =
        byName
            .map(
                f ->
                    f == DocumentFormat.HTML
                        ? 1
                        : f == DocumentFormat.TEXT
                            ? STRUCTURE_TAGS_FOR_HTML_NAMED_TEXT
                            : STRUCTURE_TAGS_FOR_HTML)
            .orElse(STRUCTURE_TAGS_FOR_HTML);
    Matcher m = STRUCTURE_TAG.matcher(head);
    int found = 0;
    while (found < limit && m.find()) {
      found++;
    }
    return found >= limit ? DocumentFormat.HTML : DocumentFormat.TEXT;
  }

  private static boolean looksLikeJsonArray(String head, int from) {
    int j = skipWhitespace(head, from);
    if (j == head.length()) {
      return true;
    }
    char d = head.charAt(j);
    return d == '{'
        || d == '['
        || d == ']'
        || d == '"'
        || d == '-'
        || Character.isDigit(d)
        || head.startsWith("true", j)
        || head.startsWith("false", j)
        || head.startsWith("null", j);
  }

  /** Decides between XML and HTML for content that starts with {@code <}. */
  private static DocumentFormat markup(String head, int start, Optional<DocumentFormat> byName) {
    boolean xmlDeclaration = false;
    int i = start;
    while (i < head.length()) {
      i = skipWhitespace(head, i);
      if (i >= head.length()) {
        break;
      }
      if (head.startsWith("<?", i)) {
        xmlDeclaration |= head.regionMatches(true, i, "<?xml", 0, 5);
        int end = head.indexOf("?>", i);
        if (end < 0) {
          break;
        }
        i = end + 2;
      } else if (head.startsWith("<!--", i)) {
        int end = head.indexOf("-->", i);
        if (end < 0) {
          break;
        }
        i = end + 3;
      } else if (head.regionMatches(true, i, "<!doctype", 0, 9)) {
        String name = name(head, skipWhitespace(head, i + 9));
        return name.equals("html") ? DocumentFormat.HTML : DocumentFormat.XML;
      } else if (head.charAt(i) == '<') {
        String name = name(head, i + 1);
        int colon = name.indexOf(':');
        String local = colon >= 0 ? name.substring(colon + 1) : name;
        if (HTML_ELEMENTS.contains(local)) {
          return DocumentFormat.HTML;
        }
        if (!xmlDeclaration && byName.filter(f -> f == DocumentFormat.HTML).isPresent()) {
          return DocumentFormat.HTML;
        }
        return DocumentFormat.XML;
      } else {
        // Text before any element: a page fragment or text with tags in it.
        return textOrHtml(head, byName);
      }
    }
    return byName
        .filter(f -> f == DocumentFormat.HTML || f == DocumentFormat.XML)
        .orElse(DocumentFormat.XML);
  }

  private static String name(String s, int from) {
    int j = from;
    while (j < s.length()) {
      char ch = s.charAt(j);
      if (Character.isLetterOrDigit(ch) || ch == ':' || ch == '-' || ch == '_' || ch == '.') {
        j++;
      } else {
        break;
      }
    }
    return s.substring(from, j).toLowerCase(Locale.ROOT);
  }

  private static int skipWhitespace(String s, int from) {
    int i = from;
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i;
  }

  private static String decodeHead(byte[] bytes, int bom, Charset charset) {
    int max = Math.min(bytes.length - bom, SNIFF_CHARS * 4);
    String s = new String(bytes, bom, Math.max(0, max), charset);
    return s.length() > SNIFF_CHARS ? s.substring(0, SNIFF_CHARS) : s;
  }

  /** Text is taken as binary when control characters make up more than a tenth of it. */
  private static boolean looksBinary(String head) {
    if (head.isEmpty()) {
      return false;
    }
    int control = 0;
    for (int i = 0; i < head.length(); i++) {
      char ch = head.charAt(i);
      if (ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f' && ch != 0x1B) {
        control++;
      }
    }
    return control * 10 > head.length();
  }

  private static Optional<Charset> bomlessUtf16(byte[] b) {
    int n = Math.min(b.length, 64) & ~1;
    if (n < 4) {
      return Optional.empty();
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        if ((i & 1) == 0) {
          zeroEven++;
        } else {
          zeroOdd++;
        }
      }
    }
    int pairs = n / 2;
    if (zeroEven * 2 >= pairs && zeroOdd == 0 && b[0] == 0) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (zeroOdd * 2 >= pairs && zeroEven == 0 && b[1] == 0) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static boolean hasNul(byte[] b) {
    int n = Math.min(b.length, SNIFF_CHARS * 4);
    int i = 0;
    // Eight bytes at a time: a zero byte is one whose high bit borrowing sets.
    for (; i + Long.BYTES <= n; i += Long.BYTES) {
      long x = (long) LONGS.get(b, i);
      if (((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0) {
        return true;
      }
    }
    for (; i < n; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  static boolean isValidUtf8(byte[] bytes) {
    return isValidUtf8(bytes, 0, bytes.length);
  }

  /**
   * Whether bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no encoded surrogates,
   * nothing above U+10FFFF), as a strict decoder judges them, without decoding: runs of ASCII eight
   * bytes at a time, then each sequence by its lead byte.
   */
  static boolean isValidUtf8(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      while (i + Long.BYTES <= to && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += Long.BYTES;
      }
      if (i >= to) {
        return true;
      }
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      if (c >= 0xC2 && c <= 0xDF) {
        if (i + 1 >= to || !continuation(b[i + 1], 0x80, 0xBF)) {
          return false;
        }
        i += 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        // E0: no overlong forms; ED: no surrogates.
        int min = c == 0xE0 ? 0xA0 : 0x80;
        int max = c == 0xED ? 0x9F : 0xBF;
        if (i + 2 >= to
            || !continuation(b[i + 1], min, max)
            || !continuation(b[i + 2], 0x80, 0xBF)) {
          return false;
        }
        i += 3;
      } else if (c >= 0xF0 && c <= 0xF4) {
        // F0: no overlong forms; F4: nothing above U+10FFFF.
        int min = c == 0xF0 ? 0x90 : 0x80;
        int max = c == 0xF4 ? 0x8F : 0xBF;
        if (i + 3 >= to
            || !continuation(b[i + 1], min, max)
            || !continuation(b[i + 2], 0x80, 0xBF)
            || !continuation(b[i + 3], 0x80, 0xBF)) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean continuation(byte b, int min, int max) {
    int v = b & 0xFF;
    return v >= min && v <= max;
  }

  /** Whether a character is white space for {@link Character#isWhitespace(char)}, for ASCII. */
  private static boolean isAsciiWhitespace(byte b) {
    return b == ' ' || (b >= '\t' && b <= '\r') || (b >= 0x1C && b <= 0x1F);
  }

  /** Whether the first byte after ASCII white space is <code>{</code>: a JSON object. */
  private static boolean startsJsonObject(byte[] b, int from) {
    int i = from;
    int n = Math.min(b.length, from + SNIFF_BYTES);
    while (i < n && isAsciiWhitespace(b[i])) {
      i++;
    }
    return i < n && b[i] == '{';
  }

  /**
   * The detection of JSON told by its first byte: UTF-8, unless control characters make up more
   * than a tenth of its first {@link #SNIFF_CHARS} characters, as {@link #looksBinary} counts them;
   * counted on the bytes (a control character is one byte in UTF-8, and a character starts at every
   * byte that does not continue a sequence; one of four bytes counts twice, as it is two {@code
   * char}s).
   */
  private static Detection jsonFromBytes(byte[] b, int bom) {
    int n = Math.min(b.length, bom + SNIFF_BYTES);
    int chars = 0;
    int control = 0;
    int i = bom;
    while (i < n && chars < SNIFF_CHARS) {
      // Eight bytes at once when the count cannot reach the limit inside them (a byte counts two
      // at most): a byte starts a character unless it continues one (10xxxxxx), and counts twice
      // when it starts a four-byte one (11110xxx).
      if (i + Long.BYTES <= n && chars + 2 * Long.BYTES <= SNIFF_CHARS) {
        long x = (long) LONGS.get(b, i);
        int continuing = Long.bitCount(x & ~(x << 1) & HIGH_BITS);
        int fourByte = Long.bitCount(x & (x << 1) & (x << 2) & (x << 3) & HIGH_BITS);
        chars += Long.BYTES - continuing + fourByte;
        long low = ~(x | (x << 1) | (x << 2)) & HIGH_BITS;
        if (low != 0) {
          // Bytes below 0x20 are characters too; those that are not white space are control ones.
          long space =
              zeroBytes(x ^ 0x0A0A0A0A0A0A0A0AL)
                  | zeroBytes(x ^ 0x0D0D0D0D0D0D0D0DL)
                  | zeroBytes(x ^ 0x0909090909090909L)
                  | zeroBytes(x ^ 0x0C0C0C0C0C0C0C0CL)
                  | zeroBytes(x ^ 0x1B1B1B1B1B1B1B1BL);
          control += Long.bitCount(low & ~space);
        }
        i += Long.BYTES;
        continue;
      }
      int c = b[i++] & 0xFF;
      if (c < 0x20) {
        chars++;
        if (c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
          control++;
        }
      } else if (c < 0x80 || c >= 0xC0) {
        chars += c >= 0xF0 ? 2 : 1;
      }
    }
    if (control * 10 > Math.min(chars, SNIFF_CHARS)) {
      return new Detection(
          Optional.empty(),
          StandardCharsets.UTF_8,
          bom,
          Detection.Basis.NONE,
          Optional.of("binary"));
    }
    return new Detection(
        Optional.of(DocumentFormat.JSON),
        StandardCharsets.UTF_8,
        bom,
        Detection.Basis.CONTENT,
        Optional.empty());
  }

  /**
   * The high bit of each zero byte of a long, exactly: no carry crosses from one byte to the next.
   */
  private static long zeroBytes(long y) {
    return ~(((y & ~HIGH_BITS) + ~HIGH_BITS) | y) & HIGH_BITS;
  }

  /** The charset a page or document declares in its first bytes, mapped to a superset. */
  private static Charset declaredOr(byte[] bytes, Charset fallback) {
    String ascii = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_CHARSET.matcher(ascii);
    if (!m.find()) {
      return fallback;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("gb2312")
        || name.equals("gbk")
        || name.equals("x-gbk")
        || name.equals("cp936")) {
      return GB18030;
    }
    try {
      Charset declared = Charset.forName(name);
      // A page that declares UTF-8 but is not valid UTF-8 was mislabelled; GB18030 is likelier.
      return declared.equals(StandardCharsets.UTF_8) ? fallback : declared;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return fallback;
    }
  }

  private static DocumentFormat documentFormat(DocumentType type) {
    return switch (type) {
      case PDF -> DocumentFormat.PDF;
      case DOCX -> DocumentFormat.DOCX;
      case DOC -> DocumentFormat.DOC;
    };
  }

  private static Optional<String> magicNumber(byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return Optional.of("PDF");
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return Optional.of("PNG");
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return Optional.of("GIF");
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("JPEG");
    }
    if (startsWith(b, 'P', 'K', 0x03, 0x04)) {
      return Optional.of("ZIP");
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return Optional.of("OLE");
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return Optional.of("GZIP");
    }
    if (startsWith(b, 'R', 'a', 'r', '!')) {
      return Optional.of("RAR");
    }
    if (startsWith(b, '7', 'z', 0xBC, 0xAF)) {
      return Optional.of("7Z");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
