package org.disclosurereport.serialization.internal;

import static org.disclosurereport.serialization.internal.CanonicalForm.*;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.Strictness;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.InformationProcessingFees;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OrganKind;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.model.SupplementaryRow;
import org.disclosurereport.model.TextBlock;
import org.disclosurereport.serialization.Limits;
import org.disclosurereport.serialization.ReadCode;

/**
 * Reads a clean JSON document straight from Jackson's tokens into a report, in one pass, or gives
 * up.
 *
 * <p>Most documents a portal or an auditor reads are clean: well-formed, of the canonical form,
 * every value of the right type and in range, perhaps with members of their own that a lenient read
 * keeps as extensions. For those, building the {@link Tree} that keeps every location and then
 * mapping it (the work {@link ReportMapper} does so that every problem is found and located) is
 * half the cost of reading. This reader takes the document's tokens directly to the report's
 * builder. A member the form does not describe is, when reading leniently, kept as an extension
 * with the same information finding, at the same place, as the mapper gives it. At the first thing
 * the mapper would have anything else to say about (an unknown member when reading strictly, a
 * repeated member, a value of the wrong type or out of range, a limit reached, a member before the
 * edition that it depends on, even a syntax error) it gives up, returning {@code null}. The caller
 * then reads the document again through the tree and the mapper, which find and locate every
 * problem.
 *
 * <p>So the contract is one-sided, and tests hold it: whenever this reader returns a report, the
 * tree and the mapper return the same report and the same findings. It may give up on a document
 * that is clean after all (an optional member in an unusual order, for instance): that only costs
 * time.
 *
 * <p>Repeated members are found here rather than by Jackson's duplicate check, which the caller may
 * turn off: every member is read once by flag, bit or set, and a cell or a value put twice shows as
 * a map smaller than the count of puts.
 *
 * <p>Not thread-safe; one instance per document.
 */
public final class CleanJsonReader {
  /** The deepest a canonical document goes: an amount in a cell of a table. */
  private static final int DEPTH = 5;

  private static final String[] METADATA_NAMES =
      METADATA_MEMBERS.stream().map(Member::name).toArray(String[]::new);

  private final JsonParser parser;
  private final Limits limits;
  private final boolean lenient;
  private int tokens;
  private int cellsPut;
  private EditionSpec spec;

  /** The members kept as extensions, in document order. */
  private final List<Unknown> unknowns = new ArrayList<>();

  /** A member the form does not describe, kept as an extension when reading leniently. */
  private record Unknown(String pointer, String name, int line, int column, String json) {}

  /**
   * A report read in one pass, with its findings: one {@link ReadCode#UNKNOWN_FIELD} information
   * for each member kept as an extension, in document order.
   *
   * @param report the report
   * @param findings the findings
   */
  public record Read(AnnualReport report, List<Finding> findings) {}

  private CleanJsonReader(JsonParser parser, ReadSettings options) {
    this.parser = parser;
    this.limits = options.limits();
    this.lenient = options.strictness() == Strictness.LENIENT;
  }

  /**
   * Reads a clean document, or gives up.
   *
   * @param parser a parser on the document from the hardened factory, before its first token; not
   *     closed
   * @param options the options of the read: its limits, and whether unknown members are kept
   * @return the report and its findings, or {@code null} when the document needs the full read
   */
  public static Read read(JsonParser parser, ReadSettings options) {
    if (options.limits().maxNestingDepth() <= DEPTH) {
      return null;
    }
    try {
      return new CleanJsonReader(parser, options).run();
    } catch (IOException | DocumentProblem | RuntimeException e) {
      // Anything out of the ordinary, including a syntax error or a limit: the full read says
      // what and where.
      return null;
    }
  }

  /** Thrown to give up; carries no stack trace, since giving up is a normal outcome. */
  private static final class GiveUp extends RuntimeException {
    private static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  private static GiveUp giveUp() {
    return GiveUp.INSTANCE;
  }

  // ------------------------------------------------------------------ tokens

  private JsonToken next() throws IOException, DocumentProblem {
    JsonToken t = parser.nextToken();
    if (++tokens > limits.maxTokenCount() || t == null) {
      throw giveUp();
    }
    return t;
  }

  private void expect(JsonToken expected) throws IOException, DocumentProblem {
    if (next() != expected) {
      throw giveUp();
    }
  }

  /** Advances to the next member of an object: its name, or null at the object's end. */
  private String nextName() throws IOException, DocumentProblem {
    JsonToken t = next();
    if (t == JsonToken.END_OBJECT) {
      return null;
    }
    String name = parser.currentName();
    if (name.length() > limits.maxNameLength()) {
      throw giveUp();
    }
    return name;
  }

  private String string() throws IOException, DocumentProblem {
    expect(JsonToken.VALUE_STRING);
    String text = parser.getText();
    if (text.length() > limits.maxStringLength()) {
      throw giveUp();
    }
    return text;
  }

  /** A whole number as the mapper reads it without a finding: an integer token of few digits. */
  private long whole(boolean signed) throws IOException, DocumentProblem {
    expect(JsonToken.VALUE_NUMBER_INT);
    int length = parser.getTextLength();
    if (length > limits.maxNumberLength() || length > ReportMapper.MAX_WHOLE_DIGITS) {
      throw giveUp();
    }
    long v = parser.getLongValue();
    if (v > CellValue.MAX_WHOLE || v < (signed ? -CellValue.MAX_WHOLE : 0)) {
      throw giveUp();
    }
    return v;
  }

  // ------------------------------------------------------------------ document

  private Read run() throws IOException, DocumentProblem {
    AnnualReport report = document();
    if (unknowns.isEmpty()) {
      return new Read(report, List.of());
    }
    List<Finding> findings = new ArrayList<>(unknowns.size());
    for (Unknown u : unknowns) {
      findings.add(
          Findings.create(
              DocumentFormat.JSON,
              ReadCode.UNKNOWN_FIELD,
              Severity.INFO,
              spec,
              u.pointer(),
              u.line(),
              u.column(),
              null,
              u.name()));
    }
    return new Read(report, List.copyOf(findings));
  }

  /**
   * Reads a member the form does not describe, the parser on its name: kept as an extension when
   * reading leniently, as the full read does; otherwise the full read says it is an error.
   */
  private void unknown(String name) throws IOException, DocumentProblem {
    if (!lenient) {
      throw giveUp();
    }
    JsonLocation at = parser.currentTokenLocation();
    String pointer = parser.getParsingContext().pathAsPointer().toString();
    for (Unknown u : unknowns) {
      if (u.pointer().equals(pointer)) {
        // A repeated member: the full read says so.
        throw giveUp();
      }
    }
    next();
    Tree value = TreeReader.readJson(parser, limits);
    unknowns.add(
        new Unknown(pointer, name, at.getLineNr(), at.getColumnNr(), ExtensionJson.toText(value)));
  }

  private AnnualReport document() throws IOException, DocumentProblem {
    expect(JsonToken.START_OBJECT);
    AnnualReport.Builder report = AnnualReport.builder();
    boolean version = false;
    ReportMetadata.Builder metadata = null;
    Narrative general = null;
    Narrative problems = null;
    boolean tables = false;
    OtherMatters otherMatters = null;
    List<SupplementaryRow> rows = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case SCHEMA_VERSION_FIELD -> {
          if (version || whole(false) != SCHEMA_VERSION) {
            throw giveUp();
          }
          version = true;
        }
        case EDITION -> {
          if (spec != null) {
            throw giveUp();
          }
          spec = Edition.fromId(string().strip()).orElseThrow(CleanJsonReader::giveUp).spec();
        }
        case METADATA -> metadata = once(metadata, metadata());
        case TABLES -> {
          if (tables || spec == null) {
            throw giveUp();
          }
          tables = true;
          tables(report);
        }
        case SUPPLEMENTARY_ROWS -> rows = once(rows, supplementaryRows());
        default -> {
          if (name.equals(SectionId.GENERAL.key())) {
            general = once(general, narrative());
          } else if (name.equals(SectionId.PROBLEMS.key())) {
            problems = once(problems, narrative());
          } else if (name.equals(OTHER_MATTERS)) {
            otherMatters = once(otherMatters, otherMatters());
          } else {
            unknown(name);
          }
        }
      }
    }
    if (!version || spec == null || metadata == null) {
      throw giveUp();
    }
    if (parser.nextToken() != null) {
      throw giveUp();
    }
    AnnualReport built =
        report
            .metadata(metadata.edition(spec.edition()).build())
            .general(general == null ? Narrative.empty() : general)
            .problems(problems == null ? Narrative.empty() : problems)
            .otherMatters(otherMatters == null ? OtherMatters.builder().build() : otherMatters)
            .addAllSupplementaryRows(rows == null ? List.of() : rows)
            .putAllExtensions(extensions())
            .build();
    // A cell put twice (a column repeated in a row) replaced the first: the map is smaller.
    if (built.cells().size() != cellsPut) {
      throw giveUp();
    }
    return built;
  }

  private Map<String, String> extensions() {
    Map<String, String> extensions = new LinkedHashMap<>();
    for (Unknown u : unknowns) {
      extensions.put(u.pointer(), u.json());
    }
    return extensions;
  }

  /** A member's value, which must not have been read before. */
  private static <T> T once(T before, T value) {
    if (before != null) {
      throw giveUp();
    }
    return value;
  }

  private ReportMetadata.Builder metadata() throws IOException, DocumentProblem {
    expect(JsonToken.START_OBJECT);
    ReportMetadata.Builder b = ReportMetadata.builder();
    int seen = 0;
    for (String name = nextName(); name != null; name = nextName()) {
      int index = indexOf(METADATA_NAMES, name);
      if (index < 0) {
        unknown(name);
        continue;
      }
      int bit = 1 << index;
      if ((seen & bit) != 0) {
        throw giveUp();
      }
      seen |= bit;
      switch (name) {
        case ORGAN_NAME -> {
          String s = string();
          if (s.isBlank()) {
            throw giveUp();
          }
          b.organName(s);
        }
        case REPORT_YEAR -> {
          long y = whole(false);
          if (y < ReportMetadata.FIRST_REPORT_YEAR || y > ReportMetadata.LAST_REPORT_YEAR) {
            throw giveUp();
          }
          b.reportYear((int) y);
        }
        case TITLE -> b.title(string());
        case ORGAN_LEVEL -> b.organLevel(OrganLevel.valueOf(string()));
        case ORGAN_KIND -> b.organKind(OrganKind.valueOf(string()));
        case CREDIT_CODE -> b.creditCode(string());
        case DIVISION_CODE -> b.divisionCode(string());
        case INDEX_NUMBER -> b.indexNumber(string());
        case PUBLICATION_DATE -> {
          String s = string();
          if (!ReportMapper.DATE.matcher(s).matches()) {
            throw giveUp();
          }
          b.publicationDate(LocalDate.parse(s));
        }
        default -> throw giveUp();
      }
    }
    int required =
        1 << indexOf(METADATA_NAMES, ORGAN_NAME) | 1 << indexOf(METADATA_NAMES, REPORT_YEAR);
    if ((seen & required) != required) {
      throw giveUp();
    }
    return b;
  }

  private static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private Narrative narrative() throws IOException, DocumentProblem {
    expect(JsonToken.START_ARRAY);
    Narrative.Builder n = Narrative.builder();
    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
      if (t != JsonToken.START_OBJECT) {
        throw giveUp();
      }
      String heading = null;
      String body = null;
      for (String name = nextName(); name != null; name = nextName()) {
        if (name.equals(HEADING) && heading == null) {
          heading = string();
        } else if (name.equals(BODY) && body == null) {
          body = string();
        } else if (!name.equals(HEADING) && !name.equals(BODY)) {
          unknown(name);
        } else {
          throw giveUp();
        }
      }
      if (body == null) {
        throw giveUp();
      }
      n.addBlocks(TextBlock.builder().heading(Optional.ofNullable(heading)).body(body).build());
    }
    return n.build();
  }

  // ------------------------------------------------------------------ tables

  /**
   * Reads the tables into the builder. A repeated table or row is found here; a repeated column
   * puts a cell twice, which {@link #document} finds by counting.
   */
  private void tables(AnnualReport.Builder report) throws IOException, DocumentProblem {
    expect(JsonToken.START_OBJECT);
    Set<String> tablesSeen = new HashSet<>();
    Set<String> rowsSeen = new HashSet<>();
    for (String tableName = nextName(); tableName != null; tableName = nextName()) {
      TableSpec table = spec.table(tableName).orElseThrow(CleanJsonReader::giveUp);
      if (!tablesSeen.add(tableName)) {
        throw giveUp();
      }
      rowsSeen.clear();
      expect(JsonToken.START_OBJECT);
      for (String rowName = nextName(); rowName != null; rowName = nextName()) {
        AxisNode row = table.row(rowName).orElseThrow(CleanJsonReader::giveUp);
        if (!row.isLeaf() || !rowsSeen.add(rowName)) {
          throw giveUp();
        }
        expect(JsonToken.START_OBJECT);
        for (String columnName = nextName(); columnName != null; columnName = nextName()) {
          AxisNode column = table.column(columnName).orElseThrow(CleanJsonReader::giveUp);
          if (!column.isLeaf()) {
            throw giveUp();
          }
          CellValue v = cell(column.kind().orElseThrow());
          report.putCells(CellAddress.of(table.key(), rowName, columnName), v);
          cellsPut++;
        }
      }
    }
  }

  private CellValue cell(CellKind kind) throws IOException, DocumentProblem {
    return switch (kind) {
      case COUNT -> CellValue.count(whole(false));
      case CHANGE -> CellValue.change(whole(true));
      default -> amount();
    };
  }

  private CellValue amount() throws IOException, DocumentProblem {
    expect(JsonToken.START_OBJECT);
    BigDecimal value = null;
    MoneyUnit unit = null;
    for (String name = nextName(); name != null; name = nextName()) {
      if (name.equals(VALUE) && value == null) {
        value = decimal(string());
      } else if (name.equals(UNIT) && unit == null) {
        unit = MoneyUnit.valueOf(string());
      } else if (!name.equals(VALUE) && !name.equals(UNIT)) {
        unknown(name);
      } else {
        throw giveUp();
      }
    }
    if (value == null || unit == null) {
      throw giveUp();
    }
    return CellValue.amount(value, unit);
  }

  /** A decimal as the mapper reads it without a finding. */
  private static BigDecimal decimal(String text) {
    if (text.length() > ReportMapper.MAX_AMOUNT_TEXT) {
      throw giveUp();
    }
    Matcher m = ReportMapper.AMOUNT.matcher(text);
    if (!m.matches()
        || !m.group(1).isEmpty()
        || m.group(2).length() > ReportMapper.MAX_AMOUNT_INTEGER_DIGITS
        || m.group(3) != null && m.group(3).length() > CellValue.MAX_AMOUNT_SCALE) {
      throw giveUp();
    }
    return new BigDecimal(text);
  }

  // ------------------------------------------------------------------ sections five and six

  private OtherMatters otherMatters() throws IOException, DocumentProblem {
    expect(JsonToken.START_OBJECT);
    OtherMatters.Builder b = OtherMatters.builder();
    boolean narrative = false;
    boolean fees = false;
    for (String name = nextName(); name != null; name = nextName()) {
      if (name.equals(NARRATIVE) && !narrative) {
        narrative = true;
        b.narrative(narrative());
      } else if (name.equals(FEES) && !fees) {
        fees = true;
        b.fees(fees());
      } else if (!name.equals(NARRATIVE) && !name.equals(FEES)) {
        unknown(name);
      } else {
        throw giveUp();
      }
    }
    return b.build();
  }

  private InformationProcessingFees fees() throws IOException, DocumentProblem {
    expect(JsonToken.START_OBJECT);
    InformationProcessingFees.Builder b = InformationProcessingFees.builder();
    int seen = 0;
    for (String name = nextName(); name != null; name = nextName()) {
      int bit;
      switch (name) {
        case NOTICES_ISSUED -> {
          bit = 1;
          b.noticesIssued(cell(CellKind.COUNT));
        }
        case AMOUNT_NOTIFIED -> {
          bit = 2;
          b.amountNotified(amount());
        }
        case AMOUNT_COLLECTED -> {
          bit = 4;
          b.amountCollected(amount());
        }
        default -> {
          unknown(name);
          continue;
        }
      }
      if ((seen & bit) != 0) {
        throw giveUp();
      }
      seen |= bit;
    }
    return b.build();
  }

  private List<SupplementaryRow> supplementaryRows() throws IOException, DocumentProblem {
    expect(JsonToken.START_ARRAY);
    List<SupplementaryRow> rows = new ArrayList<>();
    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
      if (t != JsonToken.START_OBJECT) {
        throw giveUp();
      }
      SupplementaryRow.Builder row = SupplementaryRow.builder();
      int seen = 0;
      int valuesPut = 0;
      for (String name = nextName(); name != null; name = nextName()) {
        int bit;
        switch (name) {
          case TABLE -> {
            bit = 1;
            String table = string();
            if (spec.table(table).isEmpty()) {
              throw giveUp();
            }
            row.table(table);
          }
          case LABEL -> {
            bit = 2;
            row.label(string());
          }
          case VALUES -> {
            bit = 4;
            expect(JsonToken.START_OBJECT);
            for (String key = nextName(); key != null; key = nextName()) {
              row.putValues(key, string());
              valuesPut++;
            }
          }
          default -> {
            unknown(name);
            continue;
          }
        }
        if ((seen & bit) != 0) {
          throw giveUp();
        }
        seen |= bit;
      }
      if (seen != 7) {
        throw giveUp();
      }
      SupplementaryRow built = row.build();
      if (built.values().size() != valuesPut) {
        throw giveUp();
      }
      rows.add(built);
    }
    return rows;
  }
}
