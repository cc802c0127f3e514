package org.disclosurereport.serialization.internal;

import static org.disclosurereport.serialization.internal.CanonicalForm.*;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.Strictness;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.InformationProcessingFees;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OrganKind;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportCells;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.model.ReportShapeException;
import org.disclosurereport.model.SupplementaryRow;
import org.disclosurereport.model.TextBlock;
import org.disclosurereport.serialization.Limits;
import org.disclosurereport.serialization.ReadCode;

/**
 * Reads a document of the canonical form from a Jackson token stream (a JSON parser, or Jackson's
 * XML parser) into a report, in one pass, collecting every problem as a finding located by JSON
 * Pointer, line and column.
 *
 * <p>The objects, their members, which of them are required and what each holds come from {@link
 * CanonicalForm}; tables, rows and columns from the edition description. Every token goes through
 * one place ({@link #advance}) that enforces the limits on depth, tokens, names, strings and
 * numbers and, for JSON, refuses a name repeated in any object, whichever parser the caller
 * supplied. Such a problem of the document as a whole (a limit, a repeated name, bad syntax, a
 * truncated document) ends the read with a {@link DocumentProblem}, and the caller reports it
 * alone. Problems of content never stop the read: a value that cannot be read is left out with an
 * error finding, an unknown member is refused or kept as an extension according to the {@link
 * Strictness}, and the report is built when its required parts (schema version, edition, organ,
 * year) could be read. Numbers are checked on their text before any arithmetic, so that {@code
 * 1e1000000000} is refused at once.
 *
 * <p>Members may come in any order. The tables and the supplementary rows depend on the edition:
 * when one of them comes before the edition, its tokens (and only its) are kept as they are read
 * and replayed once the document has been read to its end, so that the document is still read once.
 *
 * <p>A string that XML 1.0 cannot carry (a control character, a lone surrogate) is refused with
 * {@link ReadCode#CONTROL_CHARACTER} wherever the report would keep it, so that every report read
 * can be written in either format.
 *
 * <p>Not thread-safe; one instance per document.
 */
public final class CanonicalReader {
  private static final Pattern XML_INTEGER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern XML_DECIMAL =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final Pattern AMOUNT_TEXT = Pattern.compile("(-?)(0|[1-9][0-9]*)(?:\\.([0-9]+))?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final int MAX_WHOLE_DIGITS = String.valueOf(CellValue.MAX_WHOLE).length();
  private static final int MAX_AMOUNT_INTEGER_DIGITS =
      CellValue.MAX_AMOUNT_PRECISION - CellValue.MAX_AMOUNT_SCALE;
  private static final int MAX_AMOUNT_TEXT = 64;

  /** Objects up to this size are searched for a repeated name, larger ones hashed. */
  private static final int SMALL = 16;

  private static final ObjectForm DOCUMENT_FORM = new ObjectForm(DOCUMENT);
  private static final ObjectForm METADATA_FORM = new ObjectForm(METADATA_MEMBERS);
  private static final ObjectForm BLOCK_FORM = new ObjectForm(TEXT_BLOCK);
  private static final ObjectForm OTHER_MATTERS_FORM = new ObjectForm(OTHER_MATTERS_MEMBERS);
  private static final ObjectForm FEES_FORM = new ObjectForm(FEES_MEMBERS);
  private static final ObjectForm AMOUNT_FORM = new ObjectForm(AMOUNT);
  private static final ObjectForm ROW_FORM = new ObjectForm(SUPPLEMENTARY_ROW);
  private static final ObjectForm ENTRY_FORM = new ObjectForm(XML_ENTRY);
  private static final ObjectForm EXTENSION_FORM = new ObjectForm(XML_EXTENSION);

  /**
   * A report read, with its findings in document order.
   *
   * @param report the report, or null when none could be built
   * @param findings the findings
   */
  public record Read(AnnualReport report, List<Finding> findings) {}

  private final JsonParser parser;
  private final DocumentFormat format;
  private final boolean xml;
  private final Limits limits;

  // The limits checked per token, copied out of {@link #limits} so that a check is one compare.
  private final int maxNameLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxTokenCount;
  private final boolean strict;

  /**
   * The document's bytes when the parser reads them, whose columns are counted in bytes: a
   * finding's column is counted in characters from its line's start, which the token's byte offset
   * and byte column give without a look at the rest of the document. Null for a character parser.
   */
  private byte[] bytes;

  private int bytesFrom;

  /** Findings that stand even when the schema version is refused: the root's own. */
  private final List<Finding> rootFindings = new ArrayList<>();

  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, String> extensions = new LinkedHashMap<>();
  private EditionSpec spec;
  private boolean fatal;
  private Finding unsupportedVersion;

  // The token stream: the parser, or a member's tokens kept until the edition is known.
  private JsonToken tok;
  private Replay replay;
  private int tokens;
  private int depth;
  private String[][] names = new String[8][];
  private int[] nameCounts = new int[8];

  /**
   * Per depth, a bit for each name of the object so far, chosen by the name's hash: a name whose
   * bit is not set is not among them, and is not compared with each.
   */
  private long[] nameFilters = new long[8];

  private final List<Set<String>> nameSets = new ArrayList<>();

  private CanonicalReader(JsonParser parser, DocumentFormat format, ReadSettings options) {
    this.parser = parser;
    this.format = format;
    this.xml = format == DocumentFormat.XML;
    this.limits = options.limits();
    this.maxNameLength = limits.maxNameLength();
    this.maxNestingDepth = limits.maxNestingDepth();
    this.maxStringLength = limits.maxStringLength();
    this.maxNumberLength = limits.maxNumberLength();
    this.maxTokenCount = limits.maxTokenCount();
    this.strict = options.strictness() == Strictness.STRICT;
  }

  /**
   * Reads one document.
   *
   * @param parser a parser on its first token (the caller has advanced to it); left on the
   *     document's last token
   * @param format the format read
   * @param options the options
   * @param xmlRootName the XML root element's name, or null when not known or not XML
   * @return the report and the findings of its content, sorted by line and column
   * @throws IOException from the parser, including Jackson's own limit and syntax exceptions
   * @throws DocumentProblem when a name is repeated (JSON), a limit is exceeded or the input ends
   */
  public static Read read(
      JsonParser parser, DocumentFormat format, ReadSettings options, String xmlRootName)
      throws IOException, DocumentProblem {
    return new CanonicalReader(parser, format, options).run(xmlRootName);
  }

  /**
   * Reads one JSON document held in memory, with findings located by character columns.
   *
   * @param parser a byte parser on {@code bytes} from {@code from}, on its first token
   * @param bytes the document's bytes
   * @param from where the parser starts in them
   * @param options the options
   * @return the report and the findings of its content, sorted by line and column
   * @throws IOException from the parser, including Jackson's own limit and syntax exceptions
   * @throws DocumentProblem when a name is repeated, a limit is exceeded or the input ends early
   */
  public static Read read(JsonParser parser, byte[] bytes, int from, ReadSettings options)
      throws IOException, DocumentProblem {
    CanonicalReader reader = new CanonicalReader(parser, DocumentFormat.JSON, options);
    reader.bytes = bytes;
    reader.bytesFrom = from;
    return reader.run(null);
  }

  // ------------------------------------------------------------------ tokens

  /** Advances to the next token, checking it as a part of the document. */
  private JsonToken advance() throws IOException, DocumentProblem {
    if (replay != null) {
      return tok = replay.next();
    }
    tok = parser.nextToken();
    check();
    return tok;
  }

  /**
   * Checks the parser's current token: the limits (as many as the parser's factory may not have
   * set) and, for JSON, names repeated in an object, which is an error of the document, not a "last
   * one wins".
   */
  private void check() throws IOException, DocumentProblem {
    JsonToken t = tok;
    if (t == null) {
      throw problem(ReadCode.TRUNCATED);
    }
    switch (t) {
      case FIELD_NAME -> {
        String name = parser.currentName();
        if (name.length() > maxNameLength) {
          throw problem(ReadCode.LIMIT_NAME_LENGTH, name.length(), maxNameLength);
        }
        if (!xml) {
          checkRepeated(name);
        }
        count();
      }
      case START_OBJECT, START_ARRAY -> {
        count();
        if (++depth > maxNestingDepth) {
          throw problem(ReadCode.LIMIT_NESTING_DEPTH, depth, maxNestingDepth);
        }
        if (t == JsonToken.START_OBJECT && !xml) {
          if (depth >= nameCounts.length) {
            names = Arrays.copyOf(names, depth * 2);
            nameCounts = Arrays.copyOf(nameCounts, depth * 2);
            nameFilters = Arrays.copyOf(nameFilters, depth * 2);
          }
          nameCounts[depth] = 0;
          nameFilters[depth] = 0;
        }
      }
      case END_OBJECT, END_ARRAY -> depth--;
      case VALUE_STRING -> {
        count();
        // The text itself, not its length: Jackson checks its own string limit as it makes the
        // text, and the text is kept for the reader, which asks for it next.
        int n = parser.getText().length();
        if (n > maxStringLength) {
          throw problem(ReadCode.LIMIT_STRING_LENGTH, n, maxStringLength);
        }
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        count();
        int n = parser.getTextLength();
        if (n > maxNumberLength) {
          throw problem(ReadCode.LIMIT_NUMBER_LENGTH, n, maxNumberLength);
        }
      }
      case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> count();
      default -> throw problem(ReadCode.SYNTAX, t.asString());
    }
  }

  private void count() throws DocumentProblem {
    if (++tokens > maxTokenCount) {
      throw problem(ReadCode.LIMIT_TOKEN_COUNT, tokens, maxTokenCount);
    }
  }

  /** Refuses a name the current JSON object already has. */
  private void checkRepeated(String name) throws DocumentProblem {
    int d = depth;
    int n = nameCounts[d];
    if (n < SMALL) {
      String[] seen = names[d];
      if (seen == null) {
        seen = names[d] = new String[SMALL];
      }
      long bit = 1L << name.hashCode();
      long filter = nameFilters[d];
      if ((filter & bit) != 0) {
        for (int i = 0; i < n; i++) {
          String s = seen[i];
          if (s == name || s.length() == name.length() && s.equals(name)) {
            throw problem(ReadCode.DUPLICATE_KEY, name);
          }
        }
      }
      nameFilters[d] = filter | bit;
      seen[n] = name;
    } else {
      while (nameSets.size() <= d) {
        nameSets.add(new HashSet<>());
      }
      Set<String> set = nameSets.get(d);
      if (n == SMALL) {
        set.clear();
        set.addAll(Arrays.asList(names[d]));
      }
      if (!set.add(name)) {
        throw problem(ReadCode.DUPLICATE_KEY, name);
      }
    }
    nameCounts[d] = n + 1;
  }

  private DocumentProblem problem(ReadCode code, Object... arguments) {
    JsonLocation at = parser.currentTokenLocation();
    String pointer;
    try {
      pointer = parser.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      pointer = null;
    }
    return new DocumentProblem(code, pointer, at.getLineNr(), at.getColumnNr(), arguments);
  }

  /** Advances to the next member of the current object: its name, or null at the object's end. */
  private String nextName() throws IOException, DocumentProblem {
    return advance() == JsonToken.END_OBJECT ? null : name();
  }

  /** The current member name. */
  private String name() throws IOException {
    return replay != null ? replay.text() : parser.currentName();
  }

  /** The current scalar's text. */
  private String text() throws IOException {
    return replay != null ? replay.text() : parser.getText();
  }

  /** A place in the document: where a token starts. */
  private record At(int line, int column) {}

  private At at() {
    if (replay != null) {
      return new At(replay.line(), replay.column());
    }
    return at(parser.currentTokenLocation());
  }

  /** A parser's location, its column in characters. */
  private At at(JsonLocation l) {
    int column = l.getColumnNr();
    if (bytes != null && column > 0 && l.getByteOffset() >= 0) {
      int end = bytesFrom + (int) l.getByteOffset();
      column = Utf8.chars(bytes, end - (column - 1), end) + 1;
    }
    return new At(l.getLineNr(), column);
  }

  /** Skips the current value, checking every token of it. */
  private void skipValue() throws IOException, DocumentProblem {
    if (tok != JsonToken.START_OBJECT && tok != JsonToken.START_ARRAY) {
      return;
    }
    int open = 1;
    while (open > 0) {
      JsonToken t = advance();
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        open++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        open--;
      }
    }
  }

  /** Reads the current value into a tree, to be kept as an extension. */
  private Tree capture() throws IOException, DocumentProblem {
    switch (tok) {
      case START_OBJECT -> {
        List<Tree.Member> members = new ArrayList<>();
        for (String name = nextName(); name != null; name = nextName()) {
          advance();
          members.add(new Tree.Member(name, capture(), 0, 0));
        }
        return new Tree.Obj(members, 0, 0);
      }
      case START_ARRAY -> {
        List<Tree> items = new ArrayList<>();
        while (advance() != JsonToken.END_ARRAY) {
          items.add(capture());
        }
        return new Tree.Arr(items, 0, 0);
      }
      case VALUE_STRING -> {
        return new Tree.Scalar(Tree.ScalarKind.STRING, text(), 0, 0);
      }
      case VALUE_NUMBER_INT -> {
        return new Tree.Scalar(Tree.ScalarKind.INTEGER, text(), 0, 0);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new Tree.Scalar(Tree.ScalarKind.DECIMAL, text(), 0, 0);
      }
      case VALUE_TRUE -> {
        return new Tree.Scalar(Tree.ScalarKind.TRUE, "true", 0, 0);
      }
      case VALUE_FALSE -> {
        return new Tree.Scalar(Tree.ScalarKind.FALSE, "false", 0, 0);
      }
      default -> {
        return new Tree.Scalar(Tree.ScalarKind.NULL, "null", 0, 0);
      }
    }
  }

  /** Keeps the current value's tokens, checked, to be read once the edition is known. */
  private Replay record() throws IOException, DocumentProblem {
    Replay r = new Replay();
    int open = 0;
    do {
      JsonToken t = tok;
      String text =
          t == JsonToken.FIELD_NAME
              ? parser.currentName()
              : t.isScalarValue() && t != JsonToken.VALUE_NULL ? parser.getText() : null;
      At at = at(parser.currentTokenLocation());
      r.add(t, text, at.line(), at.column());
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        open++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        open--;
      }
      if (open > 0) {
        advance();
      }
    } while (open > 0);
    return r;
  }

  /** A member's tokens, kept with their text and place. */
  private static final class Replay {
    private final List<JsonToken> tokens = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<int[]> places = new ArrayList<>();
    private int at = -1;

    void add(JsonToken token, String text, int line, int column) {
      tokens.add(token);
      texts.add(text);
      places.add(new int[] {line, column});
    }

    JsonToken next() {
      return tokens.get(++at);
    }

    String text() {
      return texts.get(at);
    }

    int line() {
      return places.get(at)[0];
    }

    int column() {
      return places.get(at)[1];
    }
  }

  /** Reads a kept member: its first token becomes the current one. */
  private void startReplay(Replay r) {
    replay = r;
    tok = r.next();
  }

  // ------------------------------------------------------------------ document

  private Read run(String xmlRootName) throws IOException, DocumentProblem {
    tok = parser.currentToken();
    check();
    if (xmlRootName != null && !XML_ROOT.equals(xmlRootName)) {
      rootFindings.add(finding(ReadCode.ROOT_ELEMENT, "", xmlRootName, XML_ROOT));
    }
    AnnualReport report = document();
    List<Finding> all = new ArrayList<>(rootFindings);
    if (unsupportedVersion != null) {
      all.add(unsupportedVersion);
    } else {
      all.addAll(findings);
    }
    all.sort(
        Comparator.comparingInt((Finding f) -> f.location().line().orElse(0))
            .thenComparingInt(f -> f.location().columnNumber().orElse(0)));
    return new Read(report, List.copyOf(all));
  }

  private AnnualReport document() throws IOException, DocumentProblem {
    At root = at();
    int o = object("");
    if (o < 0) {
      return null;
    }
    Seen seen = new Seen(DOCUMENT_FORM);
    int mark = findings.size();
    boolean versionRead = false;
    MetadataParts metadata = null;
    Narrative general = Narrative.empty();
    Narrative problems = Narrative.empty();
    OtherMatters otherMatters = OtherMatters.builder().build();
    List<SupplementaryRow> rows = new ArrayList<>();
    Replay tablesLater = null;
    Replay rowsLater = null;
    for (String name = o == 0 ? null : nextName(); name != null; name = nextName()) {
      int index = DOCUMENT_FORM.index(name, xml);
      if (!seen.first(index, name, "")) {
        continue;
      }
      if (index < 0) {
        unknownMember("", name);
        continue;
      }
      Member m = DOCUMENT.get(index);
      String ptr = Pointers.member("", name);
      advance();
      switch (m.kind()) {
        case SCHEMA_VERSION -> {
          versionRead = true;
          At at = at();
          String source = sourceText();
          Long v = whole(ptr, false);
          if (v == null) {
            fatal = true;
          } else if (v != SCHEMA_VERSION) {
            unsupportedVersion =
                finding(
                    ReadCode.UNSUPPORTED_SCHEMA_VERSION,
                    ReadCode.UNSUPPORTED_SCHEMA_VERSION.defaultSeverity(),
                    ptr,
                    at,
                    source,
                    v,
                    SCHEMA_VERSION);
          }
        }
        case EDITION_ID -> {
          String id = string(ptr);
          Optional<Edition> e = id == null ? Optional.empty() : Edition.fromId(id.strip());
          if (e.isPresent()) {
            spec = e.get().spec();
          } else {
            fatal = true;
            if (id != null) {
              error(ReadCode.UNKNOWN_EDITION, ptr, id, editionIds());
            }
          }
        }
        case METADATA -> metadata = metadata(ptr);
        case NARRATIVE -> {
          if (name.equals(SectionId.GENERAL.key())) {
            general = narrative(ptr);
          } else {
            problems = narrative(ptr);
          }
        }
        case TABLES -> {
          if (spec != null) {
            tables(ptr);
          } else if (seen.has(DOCUMENT_FORM.index(EDITION, xml))) {
            // The edition was read and is not known: the tables cannot be placed.
            skipValue();
          } else {
            tablesLater = record();
          }
        }
        case OTHER_MATTERS -> otherMatters = otherMatters(ptr);
        case SUPPLEMENTARY_ROWS -> {
          if (spec != null || seen.has(DOCUMENT_FORM.index(EDITION, xml))) {
            rows = supplementaryRows(ptr);
          } else {
            rowsLater = record();
          }
        }
        case EXTENSIONS -> xmlExtensions(ptr);
        default -> throw new IllegalStateException("no reader for " + m.kind());
      }
    }
    if (tablesLater != null && spec != null) {
      startReplay(tablesLater);
      tables(Pointers.member("", TABLES));
    }
    if (rowsLater != null) {
      startReplay(rowsLater);
      rows = supplementaryRows(Pointers.member("", SUPPLEMENTARY_ROWS));
    }
    replay = null;
    for (String missing : seen.missing()) {
      missing("", root, missing, mark++);
      fatal = true;
    }
    if (!versionRead || unsupportedVersion != null) {
      fatal = true;
    }
    if (fatal || spec == null || metadata == null) {
      return null;
    }
    try {
      return AnnualReport.builder()
          .metadata(metadata.build(spec.edition()))
          .cells(cells == null ? ReportCells.empty(spec) : cells.build())
          .general(general)
          .problems(problems)
          .otherMatters(otherMatters)
          .addAllSupplementaryRows(rows)
          .putAllExtensions(extensions)
          .build();
    } catch (ReportShapeException e) {
      findings.add(
          finding(
              ReadCode.INVALID_VALUE,
              ReadCode.INVALID_VALUE.defaultSeverity(),
              "",
              root,
              null,
              e.field(),
              e.getMessage()));
      return null;
    }
  }

  private static String editionIds() {
    return String.join(", ", Arrays.stream(Edition.values()).map(Edition::id).toList());
  }

  // ------------------------------------------------------------------ metadata

  /** Metadata values read so far; the edition is set when the report is built. */
  private static final class MetadataParts {
    String organName;
    Long reportYear;
    final ReportMetadata.Builder builder = ReportMetadata.builder();

    ReportMetadata build(Edition edition) {
      return builder
          .organName(java.util.Optional.ofNullable(organName))
          .reportYear(
              reportYear == null
                  ? java.util.OptionalInt.empty()
                  : java.util.OptionalInt.of(reportYear.intValue()))
          .edition(edition)
          .build();
    }
  }

  private MetadataParts metadata(String ptr) throws IOException, DocumentProblem {
    At start = at();
    int o = object(ptr);
    if (o < 0) {
      fatal = true;
      return null;
    }
    MetadataParts parts = new MetadataParts();
    Seen seen = new Seen(METADATA_FORM);
    int mark = findings.size();
    members(ptr, o, seen, (index, name, p) -> metadataMember(parts, name, p));
    for (String missing : seen.missing()) {
      if (missing.equals(ORGAN_NAME) || missing.equals(REPORT_YEAR)) {
        // An incomplete report, as a reader of published pages writes one: read, with the
        // finding that reader gave it.
        findings.add(mark++, org.disclosurereport.finding.Findings.missingMetadata(missing));
      } else {
        missing(ptr, start, missing, mark++);
      }
    }
    return parts;
  }

  private void metadataMember(MetadataParts parts, String name, String p)
      throws IOException, DocumentProblem {
    switch (name) {
      case ORGAN_NAME -> {
        String s = string(p);
        if (s != null && s.isBlank()) {
          error(ReadCode.INVALID_VALUE, p, s, "a non-blank name");
        } else {
          parts.organName = s;
        }
      }
      case REPORT_YEAR -> {
        At at = at();
        String source = sourceText();
        // Signed: a negative year is out of the range of years, not "a negative count".
        Long y = whole(p, true);
        if (y != null
            && (y < ReportMetadata.FIRST_REPORT_YEAR || y > ReportMetadata.LAST_REPORT_YEAR)) {
          findings.add(
              finding(
                  ReadCode.OUT_OF_RANGE,
                  ReadCode.OUT_OF_RANGE.defaultSeverity(),
                  p,
                  at,
                  source,
                  y,
                  ReportMetadata.FIRST_REPORT_YEAR,
                  ReportMetadata.LAST_REPORT_YEAR));
        } else {
          parts.reportYear = y;
        }
      }
      case TITLE -> Optional.ofNullable(string(p)).ifPresent(parts.builder::title);
      case ORGAN_LEVEL -> enumValue(p, OrganLevel.class).ifPresent(parts.builder::organLevel);
      case ORGAN_KIND -> enumValue(p, OrganKind.class).ifPresent(parts.builder::organKind);
      case CREDIT_CODE -> Optional.ofNullable(string(p)).ifPresent(parts.builder::creditCode);
      case DIVISION_CODE -> Optional.ofNullable(string(p)).ifPresent(parts.builder::divisionCode);
      case INDEX_NUMBER -> Optional.ofNullable(string(p)).ifPresent(parts.builder::indexNumber);
      case PUBLICATION_DATE -> {
        String s = string(p);
        if (s != null) {
          try {
            if (!DATE.matcher(s).matches()) {
              throw new DateTimeParseException(s, s, 0);
            }
            parts.builder.publicationDate(LocalDate.parse(s));
          } catch (DateTimeParseException e) {
            error(ReadCode.INVALID_VALUE, p, s, "an ISO date yyyy-MM-dd");
          }
        }
      }
      default -> throw new IllegalStateException("no reader for " + name);
    }
  }

  private <E extends Enum<E>> Optional<E> enumValue(String ptr, Class<E> type)
      throws IOException, DocumentProblem {
    At at = at();
    String source = sourceText();
    String s = string(ptr);
    if (s == null) {
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return Optional.of(e);
      }
    }
    findings.add(
        finding(
            ReadCode.INVALID_VALUE,
            ReadCode.INVALID_VALUE.defaultSeverity(),
            ptr,
            at,
            source,
            s,
            String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
    return Optional.empty();
  }

  // ------------------------------------------------------------------ text

  private Narrative narrative(String ptr) throws IOException, DocumentProblem {
    Narrative.Builder n = Narrative.builder();
    textPairs(
        ptr,
        BLOCK,
        BLOCK_FORM,
        (item, start, heading, body) ->
            n.addBlocks(
                TextBlock.builder().heading(Optional.ofNullable(heading)).body(body).build()));
    return n.build();
  }

  private OtherMatters otherMatters(String ptr) throws IOException, DocumentProblem {
    OtherMatters.Builder b = OtherMatters.builder();
    int o = object(ptr);
    if (o < 0) {
      return b.build();
    }
    members(
        ptr,
        o,
        new Seen(OTHER_MATTERS_FORM),
        (index, name, p) -> {
          if (name.equals(NARRATIVE)) {
            b.narrative(narrative(p));
          } else {
            fees(p).ifPresent(b::fees);
          }
        });
    return b.build();
  }

  private Optional<InformationProcessingFees> fees(String ptr) throws IOException, DocumentProblem {
    int o = object(ptr);
    if (o < 0) {
      return Optional.empty();
    }
    InformationProcessingFees.Builder fb = InformationProcessingFees.builder();
    members(
        ptr,
        o,
        new Seen(FEES_FORM),
        (index, name, p) -> {
          Member m = FEES_MEMBERS.get(index);
          CellValue v = cell(m.kind() == Kind.COUNT ? CellKind.COUNT : CellKind.AMOUNT, p);
          if (v != null) {
            switch (name) {
              case NOTICES_ISSUED -> fb.noticesIssued(v);
              case AMOUNT_NOTIFIED -> fb.amountNotified(v);
              case AMOUNT_COLLECTED -> fb.amountCollected(v);
              default -> throw new IllegalStateException("no reader for " + name);
            }
          }
        });
    return Optional.of(fb.build());
  }

  // ------------------------------------------------------------------ tables

  /**
   * The cells read, each placed in the edition as it is read: the report takes them as they are,
   * without checking or copying them again. Null until the tables are read.
   */
  private ReportCells.Builder cells;

  /** Where the edition's cells go in {@link #cells}; set with it. */
  private CellPositions positions;

  private void tables(String ptr) throws IOException, DocumentProblem {
    int o = object(ptr);
    if (o <= 0) {
      return;
    }
    if (cells == null) {
      cells = ReportCells.builder(spec);
      positions = CellPositions.of(spec);
    }
    Seen tablesSeen = xml ? new Seen(null) : null;
    for (String tableName = nextName(); tableName != null; tableName = nextName()) {
      if (tablesSeen != null && !tablesSeen.first(-1, tableName, ptr)) {
        continue;
      }
      // Pointers are made only for a finding: a clean table costs none.
      CellPositions.Table table = positions.table(tableName);
      if (table == null) {
        memberAt = at();
      }
      advance();
      if (table == null) {
        String key = tableName;
        if (otherEdition(e -> e.table(key).isPresent())) {
          ofOtherEdition(Pointers.child(ptr, tableName), tableName);
        } else {
          unknown(Pointers.child(ptr, tableName), tableName);
        }
        continue;
      }
      TableSpec t = table.spec();
      int to = tok == JsonToken.START_OBJECT ? 1 : object(Pointers.child(ptr, tableName));
      if (to <= 0) {
        continue;
      }
      Seen rowsSeen = xml ? new Seen(null) : null;
      for (String rowName = nextName(); rowName != null; rowName = nextName()) {
        if (rowsSeen != null && !rowsSeen.first(-1, rowName, Pointers.child(ptr, tableName))) {
          continue;
        }
        int rowStart = table.rowStart(rowName);
        if (rowStart < 0) {
          memberAt = at();
        }
        advance();
        if (rowStart < 0) {
          String key = rowName;
          String rptr = rowPointer(ptr, tableName, rowName);
          if (otherEditionHasLeaf(t.key(), other -> other.row(key))) {
            ofOtherEdition(rptr, rowName);
          } else {
            unknown(rptr, rowName);
          }
          continue;
        }
        int ro = tok == JsonToken.START_OBJECT ? 1 : object(rowPointer(ptr, tableName, rowName));
        if (ro <= 0) {
          continue;
        }
        Seen columnsSeen = xml ? new Seen(null) : null;
        int nextOffset = 0;
        for (String columnName = nextName(); columnName != null; columnName = nextName()) {
          if (columnsSeen != null
              && !columnsSeen.first(-1, columnName, rowPointer(ptr, tableName, rowName))) {
            continue;
          }
          int offset = table.columnOffset(columnName, nextOffset);
          if (offset < 0) {
            memberAt = at();
          }
          advance();
          if (offset < 0) {
            String cptr = Pointers.child(rowPointer(ptr, tableName, rowName), columnName);
            String key = columnName;
            if (otherEditionHasLeaf(t.key(), other -> other.column(key))) {
              ofOtherEdition(cptr, columnName);
            } else {
              unknown(cptr, columnName);
            }
            continue;
          }
          nextOffset = offset + 1;
          int position = rowStart + offset;
          CellKind kind = spec.kind(position);
          CellValue v = plainCount(kind);
          if (v == null) {
            v = cell(kind, Pointers.child(rowPointer(ptr, tableName, rowName), columnName));
          }
          if (v != null) {
            cells.put(position, v);
          }
        }
      }
    }
  }

  private static String rowPointer(String ptr, String table, String row) {
    return Pointers.child(Pointers.child(ptr, table), row);
  }

  /** Whether an edition other than the document's satisfies a test. */
  private boolean otherEdition(Predicate<EditionSpec> test) {
    return Arrays.stream(Edition.values())
        .anyMatch(e -> e != spec.edition() && test.test(e.spec()));
  }

  /** Whether another edition's table of the same key has the row or column {@code find} finds. */
  private boolean otherEditionHasLeaf(String table, Function<TableSpec, Optional<AxisNode>> find) {
    return otherEdition(e -> e.table(table).flatMap(find).filter(AxisNode::isLeaf).isPresent());
  }

  /** A member of the other edition, the parser on its value. */
  private void ofOtherEdition(String ptr, String name) throws IOException, DocumentProblem {
    At at = memberAt;
    if (strict) {
      findings.add(
          finding(
              ReadCode.NOT_IN_EDITION, Severity.ERROR, ptr, at, null, name, spec.edition().id()));
      skipValue();
      return;
    }
    Tree value = capture();
    if (refusedForXml(ptr, at, name, value)) {
      return;
    }
    findings.add(
        finding(
            ReadCode.NOT_IN_EDITION, Severity.WARNING, ptr, at, null, name, spec.edition().id()));
    extensions.put(ptr, ExtensionJson.toText(value));
  }

  private CellValue cell(CellKind kind, String ptr) throws IOException, DocumentProblem {
    switch (kind) {
      case COUNT -> {
        Long v = whole(ptr, false);
        return v == null ? null : CellValue.count(v);
      }
      case CHANGE -> {
        Long v = whole(ptr, true);
        return v == null ? null : CellValue.change(v);
      }
      default -> {
        return amount(ptr);
      }
    }
  }

  // ------------------------------------------------------------------ numbers

  /**
   * Reads the common case of a cell without building its pointer: a JSON integer of at most twelve
   * digits, not negative, in a count cell, which is always a valid count (the parser refuses
   * leading zeros). Anything else is left to {@link #cell}, which says what is wrong.
   *
   * @return the count, or null when the value is not that plain
   */
  private CellValue plainCount(CellKind kind) throws IOException {
    if (kind == CellKind.COUNT
        && tok == JsonToken.VALUE_NUMBER_INT
        && replay == null
        && !xml
        && parser.getTextLength() <= MAX_WHOLE_DIGITS) {
      long v = parser.getLongValue();
      if (v >= 0) {
        return CellValue.count(v);
      }
    }
    return null;
  }

  /** Reads a whole number: checks digits on the text before converting; never truncates. */
  private Long whole(String ptr, boolean signed) throws IOException, DocumentProblem {
    JsonToken t = tok;
    if (!t.isScalarValue()) {
      wrongType(ptr, "integer");
      return null;
    }
    String text;
    if (!xml) {
      switch (t) {
        case VALUE_NUMBER_INT -> text = text();
        case VALUE_NUMBER_FLOAT -> {
          notWhole(text(), ptr);
          return null;
        }
        case VALUE_NULL -> {
          error(ReadCode.NULL_VALUE, ptr);
          return null;
        }
        default -> {
          wrongType(ptr, "integer");
          return null;
        }
      }
    } else {
      if (t == JsonToken.VALUE_NULL || text().isBlank()) {
        error(ReadCode.NULL_VALUE, ptr);
        return null;
      }
      String s = text().strip();
      if (s.length() > limits.maxNumberLength()) {
        error(ReadCode.LIMIT_NUMBER_LENGTH, ptr, limits.maxNumberLength());
        return null;
      }
      if (XML_INTEGER.matcher(s).matches()) {
        text = s.startsWith("+") ? s.substring(1) : s;
      } else if (XML_DECIMAL.matcher(s).matches()) {
        notWhole(s, ptr);
        return null;
      } else {
        error(ReadCode.WRONG_TYPE, ptr, "integer", "text");
        return null;
      }
    }
    int start = text.startsWith("-") ? 1 : 0;
    while (start < text.length() - 1 && text.charAt(start) == '0') {
      start++;
    }
    String digits = text.substring(start);
    String min = signed ? String.valueOf(-CellValue.MAX_WHOLE) : "0";
    if (digits.length() > MAX_WHOLE_DIGITS) {
      error(ReadCode.OUT_OF_RANGE, ptr, text, min, CellValue.MAX_WHOLE);
      return null;
    }
    long v = Long.parseLong(text);
    if (Math.abs(v) > CellValue.MAX_WHOLE) {
      error(ReadCode.OUT_OF_RANGE, ptr, text, min, CellValue.MAX_WHOLE);
      return null;
    }
    if (!signed && v < 0) {
      error(ReadCode.NEGATIVE_COUNT, ptr, text);
      return null;
    }
    return v;
  }

  /**
   * A number with a fraction or exponent where a whole number belongs: out of range or not whole.
   */
  private void notWhole(String text, String ptr) throws IOException {
    long integerDigits;
    try {
      BigDecimal d = new BigDecimal(text);
      integerDigits = (long) d.precision() - d.scale();
    } catch (NumberFormatException | ArithmeticException e) {
      integerDigits = Long.MAX_VALUE;
    }
    if (integerDigits > MAX_WHOLE_DIGITS) {
      error(ReadCode.OUT_OF_RANGE, ptr, text, "0", CellValue.MAX_WHOLE);
    } else {
      error(ReadCode.NOT_WHOLE_NUMBER, ptr, text);
    }
  }

  private CellValue amount(String ptr) throws IOException, DocumentProblem {
    At start = at();
    int o = object(ptr);
    if (o < 0) {
      return null;
    }
    Seen seen = new Seen(AMOUNT_FORM);
    AmountParts parts = new AmountParts();
    members(ptr, o, seen, (index, name, p) -> amountMember(parts, name, p));
    for (String missing : seen.missing()) {
      missing(ptr, start, missing, findings.size());
    }
    BigDecimal decimal = parts.decimal;
    MoneyUnit moneyUnit = parts.moneyUnit;
    At valueAt = parts.valueAt;
    String valueSource = parts.valueSource;
    if (decimal == null || moneyUnit == null) {
      return null;
    }
    try {
      return CellValue.amount(decimal, moneyUnit);
    } catch (ReportShapeException e) {
      findings.add(
          finding(
              ReadCode.AMOUNT_PRECISION,
              ReadCode.AMOUNT_PRECISION.defaultSeverity(),
              ptr,
              valueAt,
              valueSource,
              decimal.toPlainString(),
              MAX_AMOUNT_INTEGER_DIGITS,
              CellValue.MAX_AMOUNT_SCALE));
      return null;
    }
  }

  /** An amount's members read so far. */
  private static final class AmountParts {
    BigDecimal decimal;
    MoneyUnit moneyUnit;
    At valueAt;
    String valueSource;
  }

  private void amountMember(AmountParts parts, String name, String p)
      throws IOException, DocumentProblem {
    if (name.equals(VALUE)) {
      parts.valueAt = at();
      parts.valueSource = sourceText();
      parts.decimal = decimal(p);
      return;
    }
    String s = string(p);
    if (s == null) {
      return;
    }
    String t = xml ? s.strip() : s;
    for (MoneyUnit u : MoneyUnit.values()) {
      if (u.name().equals(t)) {
        parts.moneyUnit = u;
      }
    }
    if (parts.moneyUnit == null) {
      error(
          ReadCode.INVALID_VALUE,
          p,
          s,
          String.join(", ", Arrays.stream(MoneyUnit.values()).map(Enum::name).toList()));
    }
  }

  /** Reads a plain decimal string; its digits are counted on the text, before BigDecimal. */
  private BigDecimal decimal(String ptr) throws IOException, DocumentProblem {
    if (tok != JsonToken.VALUE_STRING) {
      if (tok == JsonToken.VALUE_NUMBER_INT || tok == JsonToken.VALUE_NUMBER_FLOAT) {
        error(ReadCode.WRONG_TYPE, ptr, "string holding a decimal", "number");
      } else {
        wrongType(ptr, "string");
      }
      return null;
    }
    String text = xml ? text().strip() : text();
    if (text.length() > MAX_AMOUNT_TEXT) {
      error(
          ReadCode.AMOUNT_PRECISION,
          ptr,
          text.substring(0, 20) + "…",
          MAX_AMOUNT_INTEGER_DIGITS,
          CellValue.MAX_AMOUNT_SCALE);
      return null;
    }
    Matcher m = AMOUNT_TEXT.matcher(text);
    if (!m.matches()) {
      error(ReadCode.AMOUNT_FORMAT, ptr, text);
      return null;
    }
    if (!m.group(1).isEmpty()) {
      error(ReadCode.OUT_OF_RANGE, ptr, text, "0", "∞");
      return null;
    }
    int scale = m.group(3) == null ? 0 : m.group(3).length();
    if (m.group(2).length() > MAX_AMOUNT_INTEGER_DIGITS || scale > CellValue.MAX_AMOUNT_SCALE) {
      error(
          ReadCode.AMOUNT_PRECISION,
          ptr,
          text,
          MAX_AMOUNT_INTEGER_DIGITS,
          CellValue.MAX_AMOUNT_SCALE);
      return null;
    }
    return new BigDecimal(text);
  }

  // ------------------------------------------------------------------ supplementary rows

  private List<SupplementaryRow> supplementaryRows(String ptr) throws IOException, DocumentProblem {
    List<SupplementaryRow> rows = new ArrayList<>();
    int items = list(ptr);
    if (items < 0) {
      return rows;
    }
    for (String item = nextItem(ptr, ROW, items);
        item != null;
        item = nextItem(ptr, ROW, ++items)) {
      At start = at();
      int o = object(item);
      if (o >= 0) {
        Seen seen = new Seen(ROW_FORM);
        int mark = findings.size();
        RowParts row = new RowParts();
        members(item, o, seen, (index, name, p) -> rowMember(row, name, p));
        for (String missing : seen.missing()) {
          missing(item, start, missing, mark++);
        }
        if (row.table != null && row.label != null && row.values != null) {
          rows.add(
              SupplementaryRow.builder()
                  .table(row.table)
                  .label(row.label)
                  .putAllValues(row.values)
                  .build());
        }
      }
    }
    return rows;
  }

  /** A supplementary row's members read so far. */
  private static final class RowParts {
    String table;
    String label;
    // A missing map is reported, and the row kept with no values.
    Map<String, String> values = new LinkedHashMap<>();
  }

  private void rowMember(RowParts row, String name, String p) throws IOException, DocumentProblem {
    switch (name) {
      case TABLE -> {
        At at = at();
        String source = sourceText();
        String table = string(p);
        if (table != null && spec != null && spec.table(table).isEmpty()) {
          findings.add(
              finding(
                  ReadCode.INVALID_VALUE,
                  ReadCode.INVALID_VALUE.defaultSeverity(),
                  p,
                  at,
                  source,
                  table,
                  "a table of edition " + spec.edition().id()));
          table = null;
        }
        row.table = table;
      }
      case LABEL -> row.label = string(p);
      case VALUES -> row.values = stringMap(p);
      default -> throw new IllegalStateException("no reader for " + name);
    }
  }

  private Map<String, String> stringMap(String ptr) throws IOException, DocumentProblem {
    Map<String, String> map = new LinkedHashMap<>();
    if (!xml) {
      int o = object(ptr);
      if (o < 0) {
        return null;
      }
      for (String name = o == 0 ? null : nextName(); name != null; name = nextName()) {
        String p = Pointers.child(ptr, name);
        if (refusedName(p, name)) {
          advance();
          skipValue();
          continue;
        }
        advance();
        String s = string(p);
        if (s != null) {
          map.put(name, s);
        }
      }
      return map;
    }
    textPairs(
        ptr,
        ENTRY,
        ENTRY_FORM,
        (item, start, key, value) -> {
          if (map.containsKey(key)) {
            findings.add(
                finding(
                    ReadCode.DUPLICATE_KEY,
                    ReadCode.DUPLICATE_KEY.defaultSeverity(),
                    item,
                    start,
                    null,
                    key));
          } else {
            map.put(key, value);
          }
        });
    return map;
  }

  // ------------------------------------------------------------------ extensions

  private void xmlExtensions(String ptr) throws IOException, DocumentProblem {
    textPairs(ptr, EXTENSION, EXTENSION_FORM, this::xmlExtension);
  }

  /** What is done with one complete item of a list of two-text items (null for an optional one). */
  @FunctionalInterface
  private interface PairSink {
    void accept(String item, At start, String first, String second);
  }

  /**
   * Reads a list of items of two text members (a narrative's blocks; in XML, a map's entries and
   * the extensions), each item checked against its form, and hands on every item that has each
   * member its form requires.
   */
  private void textPairs(String ptr, String itemName, ObjectForm form, PairSink sink)
      throws IOException, DocumentProblem {
    boolean firstRequired = form.members.get(0).required();
    boolean secondRequired = form.members.get(1).required();
    int items = list(ptr);
    if (items < 0) {
      return;
    }
    for (String item = nextItem(ptr, itemName, items);
        item != null;
        item = nextItem(ptr, itemName, ++items)) {
      At start = at();
      int o = object(item);
      if (o >= 0) {
        Seen seen = new Seen(form);
        int mark = findings.size();
        String[] pair = new String[2];
        members(item, o, seen, (index, name, p) -> pair[index] = string(p));
        for (String missing : seen.missing()) {
          missing(item, start, missing, mark++);
        }
        if ((pair[0] != null || !firstRequired) && (pair[1] != null || !secondRequired)) {
          sink.accept(item, start, pair[0], pair[1]);
        }
      }
    }
  }

  private void xmlExtension(String item, At start, String pointer, String json) {
    if (pointer.isEmpty() || pointer.charAt(0) != '/') {
      findings.add(
          finding(
              ReadCode.INVALID_EXTENSION,
              ReadCode.INVALID_EXTENSION.defaultSeverity(),
              item,
              start,
              null,
              "pointer \"" + pointer + "\""));
      return;
    }
    Tree tree;
    try {
      tree = ExtensionJson.parse(json, limits);
    } catch (DocumentProblem e) {
      findings.add(
          finding(
              ReadCode.INVALID_EXTENSION,
              ReadCode.INVALID_EXTENSION.defaultSeverity(),
              item,
              start,
              null,
              e.code().id(DocumentFormat.JSON)));
      return;
    }
    List<String> tokens = JsonPointer.parse(pointer).tokens();
    String name = tokens.get(tokens.size() - 1);
    if (strict) {
      findings.add(finding(ReadCode.UNKNOWN_FIELD, Severity.ERROR, pointer, start, null, name));
    } else if (extensions.containsKey(pointer)) {
      findings.add(
          finding(
              ReadCode.DUPLICATE_KEY,
              ReadCode.DUPLICATE_KEY.defaultSeverity(),
              item,
              start,
              null,
              pointer));
    } else {
      findings.add(finding(ReadCode.UNKNOWN_FIELD, Severity.INFO, pointer, start, null, name));
      extensions.put(pointer, ExtensionJson.toText(tree));
    }
  }

  /** Where the member being read starts: its name, for the findings about the member. */
  private At memberAt;

  /** A member the form does not describe, the parser on its name. */
  private void unknownMember(String ptr, String name) throws IOException, DocumentProblem {
    memberAt = at();
    advance();
    unknown(Pointers.child(ptr, name), name);
  }

  /**
   * A member the form does not describe, the parser on its value (the member's name was the token
   * before): refused when reading strictly, kept as an extension otherwise.
   */
  private void unknown(String ptr, String name) throws IOException, DocumentProblem {
    At at = memberAt;
    if (strict) {
      findings.add(finding(ReadCode.UNKNOWN_FIELD, Severity.ERROR, ptr, at, null, name));
      skipValue();
    } else if (extensions.containsKey(ptr)) {
      findings.add(finding(ReadCode.DUPLICATE_KEY, Severity.ERROR, ptr, at, null, name));
      skipValue();
    } else {
      Tree value = capture();
      if (refusedForXml(ptr, at, name, value)) {
        return;
      }
      findings.add(finding(ReadCode.UNKNOWN_FIELD, Severity.INFO, ptr, at, null, name));
      extensions.put(ptr, ExtensionJson.toText(value));
    }
  }

  /**
   * Refuses an extension whose name or content holds a character XML cannot carry, so that the
   * report can be written in either format.
   */
  private boolean refusedForXml(String ptr, At at, String name, Tree value) {
    String bad = XmlChars.firstInvalid(name) >= 0 ? name : invalidText(value);
    if (bad == null) {
      return false;
    }
    char c = bad.charAt(XmlChars.firstInvalid(bad));
    findings.add(
        finding(
            ReadCode.CONTROL_CHARACTER,
            ReadCode.CONTROL_CHARACTER.defaultSeverity(),
            ptr,
            at,
            null,
            XmlChars.codePoint(c)));
    return true;
  }

  /** The first name or text of a tree that XML cannot carry, or null. */
  private static String invalidText(Tree tree) {
    if (tree instanceof Tree.Obj obj) {
      for (Tree.Member m : obj.members()) {
        if (XmlChars.firstInvalid(m.name()) >= 0) {
          return m.name();
        }
        String bad = invalidText(m.value());
        if (bad != null) {
          return bad;
        }
      }
    } else if (tree instanceof Tree.Arr arr) {
      for (Tree item : arr.items()) {
        String bad = invalidText(item);
        if (bad != null) {
          return bad;
        }
      }
    } else if (tree instanceof Tree.Scalar s
        && s.kind() == Tree.ScalarKind.STRING
        && XmlChars.firstInvalid(s.text()) >= 0) {
      return s.text();
    }
    return null;
  }

  /** Refuses a member name that is kept as a key but that XML cannot carry. */
  private boolean refusedName(String ptr, String name) {
    int bad = XmlChars.firstInvalid(name);
    if (bad < 0) {
      return false;
    }
    findings.add(
        finding(
            ReadCode.CONTROL_CHARACTER,
            ReadCode.CONTROL_CHARACTER.defaultSeverity(),
            ptr,
            at(),
            null,
            XmlChars.codePoint(name.charAt(bad))));
    return true;
  }

  // ------------------------------------------------------------------ structure

  /** The members of one object of the form, looked up by name. */
  private static final class ObjectForm {
    private final List<Member> members;
    private final String[] names;

    ObjectForm(List<Member> members) {
      this.members = members;
      this.names = members.stream().map(Member::name).toArray(String[]::new);
    }

    /**
     * The index of a member in the form, or -1; a member of the XML form only is no member of JSON.
     */
    int index(String name, boolean xml) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          return xml || !members.get(i).xmlOnly() ? i : -1;
        }
      }
      return -1;
    }
  }

  /**
   * The members of an object read so far. For JSON, the token stream has refused a repeated name
   * already; XML repeats elements, so here a repeated name is an error finding and its value is
   * skipped, the first one kept.
   */
  private final class Seen {
    private final ObjectForm form;
    private long bits;
    private Set<String> others;

    Seen(ObjectForm form) {
      this.form = form;
    }

    /**
     * Takes a member at its name: whether it is the first of its name. The parser stays on the
     * name; a repeated one's value is skipped.
     */
    boolean first(int index, String name, String ptr) throws IOException, DocumentProblem {
      boolean first;
      if (index >= 0) {
        long bit = 1L << index;
        first = (bits & bit) == 0;
        bits |= bit;
      } else if (!xml) {
        return true;
      } else {
        if (others == null) {
          others = new HashSet<>();
        }
        first = others.add(name);
      }
      if (!first) {
        findings.add(
            finding(
                ReadCode.DUPLICATE_KEY,
                ReadCode.DUPLICATE_KEY.defaultSeverity(),
                Pointers.child(ptr, name),
                at(),
                null,
                name));
        advance();
        skipValue();
      }
      return first;
    }

    boolean has(int index) {
      return index >= 0 && (bits & 1L << index) != 0;
    }

    /** The required members not seen, in the form's order. */
    List<String> missing() {
      List<String> missing = List.of();
      for (int i = 0; i < form.names.length; i++) {
        if (form.members.get(i).required() && (bits & 1L << i) == 0) {
          if (missing.isEmpty()) {
            missing = new ArrayList<>();
          }
          missing.add(form.names[i]);
        }
      }
      return missing;
    }
  }

  /** What is done with one member of an object, its parser on the member's value. */
  @FunctionalInterface
  private interface MemberReader {
    void read(int index, String name, String ptr) throws IOException, DocumentProblem;
  }

  /**
   * Reads the members of an object begun by {@link #object} (which gave {@code o}) against the form
   * of {@code seen}: a repeated member is reported and skipped, an unknown one reported or kept as
   * an extension, and each member of the form handed to {@code reader} with its pointer. The caller
   * reports the required members {@code seen} lacks.
   */
  private void members(String ptr, int o, Seen seen, MemberReader reader)
      throws IOException, DocumentProblem {
    for (String name = o == 0 ? null : nextName(); name != null; name = nextName()) {
      int index = seen.form.index(name, xml);
      if (!seen.first(index, name, ptr)) {
        continue;
      }
      if (index < 0) {
        unknownMember(ptr, name);
        continue;
      }
      advance();
      reader.read(index, name, Pointers.member(ptr, name));
    }
  }

  /**
   * Starts an object at the current token: 1 for an object, whose members follow; 0 for XML's empty
   * element, an object without members; -1 for anything else, reported and skipped.
   */
  private int object(String ptr) throws IOException, DocumentProblem {
    if (tok == JsonToken.START_OBJECT) {
      return 1;
    }
    if (xml && tok == JsonToken.VALUE_STRING && text().isBlank()) {
      return 0;
    }
    wrongType(ptr, "object");
    return -1;
  }

  /**
   * Starts a list at the current token: a JSON array, or an XML element of repeated items. Returns
   * 0 (the count of items so far) or -1 when it is no list, which is reported and skipped.
   */
  private int list(String ptr) throws IOException, DocumentProblem {
    if (!xml) {
      if (tok == JsonToken.START_ARRAY) {
        listIsEmptyXml = false;
        return 0;
      }
      wrongType(ptr, "array");
      return -1;
    }
    int o = object(ptr);
    listIsEmptyXml = o == 0;
    return o < 0 ? -1 : 0;
  }

  /** Whether the list being started is XML's empty element. */
  private boolean listIsEmptyXml;

  /**
   * Advances to the next item of a list, the parser then on the item's value: its pointer, or null
   * at the list's end. In XML, an element among the items that is not an item is an unknown member.
   */
  private String nextItem(String ptr, String itemName, int index)
      throws IOException, DocumentProblem {
    if (!xml) {
      return advance() == JsonToken.END_ARRAY ? null : Pointers.child(ptr, index);
    }
    if (listIsEmptyXml) {
      listIsEmptyXml = false;
      return null;
    }
    for (String name = nextName(); name != null; name = nextName()) {
      if (name.equals(itemName)) {
        advance();
        return Pointers.child(ptr, index);
      }
      unknownMember(ptr, name);
    }
    return null;
  }

  /** Reads the current value as a string, or reports what it is instead. */
  private String string(String ptr) throws IOException, DocumentProblem {
    if (tok == JsonToken.VALUE_STRING) {
      String s = text();
      int bad = XmlChars.firstInvalid(s);
      if (bad >= 0) {
        error(ReadCode.CONTROL_CHARACTER, ptr, XmlChars.codePoint(s.charAt(bad)));
        return null;
      }
      return s;
    }
    wrongType(ptr, "string");
    return null;
  }

  /** Reports the current value as of the wrong type, and skips it. */
  private void wrongType(String ptr, String expected) throws IOException, DocumentProblem {
    if (tok == JsonToken.VALUE_NULL) {
      error(ReadCode.NULL_VALUE, ptr);
    } else {
      error(ReadCode.WRONG_TYPE, ptr, expected, typeName());
    }
    skipValue();
  }

  private String typeName() {
    return switch (tok) {
      case START_OBJECT -> xml ? "element with child elements" : "object";
      case START_ARRAY -> "array";
      case VALUE_STRING -> xml ? "text" : "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      default -> "null";
    };
  }

  /** The current scalar's text as a finding quotes it, or null for a container or null. */
  private String sourceText() throws IOException {
    return tok.isScalarValue() && tok != JsonToken.VALUE_NULL ? text() : null;
  }

  // ------------------------------------------------------------------ findings

  /**
   * A required member missing. The finding goes where the object's findings start, which is where
   * an XML element's first child is also placed.
   */
  private void missing(String ptr, At parent, String name, int at) {
    findings.add(
        at,
        finding(
            ReadCode.MISSING_FIELD,
            ReadCode.MISSING_FIELD.defaultSeverity(),
            Pointers.child(ptr, name),
            parent,
            null,
            name));
  }

  /** An error at the current token, quoting it when it is a scalar. */
  private void error(ReadCode code, String ptr, Object... arguments) throws IOException {
    findings.add(finding(code, code.defaultSeverity(), ptr, at(), sourceText(), arguments));
  }

  /** A finding at the current token (for the root's own findings). */
  private Finding finding(ReadCode code, String ptr, Object... arguments) throws IOException {
    return finding(code, code.defaultSeverity(), ptr, at(), sourceText(), arguments);
  }

  private Finding finding(
      ReadCode code, Severity severity, String ptr, At at, String sourceText, Object... arguments) {
    return Findings.create(
        format, code, severity, spec, ptr, at.line(), at.column(), sourceText, arguments);
  }
}
