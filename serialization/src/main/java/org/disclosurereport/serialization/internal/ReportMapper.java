package org.disclosurereport.serialization.internal;

import static org.disclosurereport.serialization.internal.CanonicalForm.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.disclosurereport.model.ReportShapeException;
import org.disclosurereport.model.SupplementaryRow;
import org.disclosurereport.model.TextBlock;
import org.disclosurereport.serialization.ReadCode;

/**
 * Maps a document tree (from JSON or XML) to a report, collecting every problem in one pass, each
 * located by JSON Pointer and by line and column.
 *
 * <p>The mapper never stops at a problem of content: a value that cannot be read is left out with
 * an error finding, an unknown member is refused or kept according to the {@link Strictness}, and
 * the report is built when its required parts (schema version, edition, organ, year) could be read.
 * Numbers are checked on their text before any arithmetic: digits and exponent are bounded first,
 * so that {@code 1e1000000000} is refused at once.
 *
 * <p>Not thread-safe; one instance per document.
 */
public final class ReportMapper {
  private static final Pattern XML_INTEGER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern XML_DECIMAL =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  static final Pattern AMOUNT = Pattern.compile("(-?)(0|[1-9][0-9]*)(?:\\.([0-9]+))?");
  static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  static final int MAX_WHOLE_DIGITS = String.valueOf(CellValue.MAX_WHOLE).length();
  static final int MAX_AMOUNT_INTEGER_DIGITS =
      CellValue.MAX_AMOUNT_PRECISION - CellValue.MAX_AMOUNT_SCALE;
  static final int MAX_AMOUNT_TEXT = 64;

  /** The result of mapping: the report (null when none could be built) and the findings. */
  public record Mapped(AnnualReport report, List<Finding> findings) {}

  private final DocumentFormat format;
  private final ReadSettings options;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, String> extensions = new LinkedHashMap<>();
  private EditionSpec spec;
  private boolean fatal;

  private ReportMapper(DocumentFormat format, ReadSettings options) {
    this.format = format;
    this.options = options;
  }

  /**
   * Maps a document tree.
   *
   * @param root the root of the document
   * @param format the format it was read from
   * @param options the reading options
   * @param xmlRootName the XML root element's name, or null when not known or not XML
   * @return the report and findings
   */
  public static Mapped map(
      Tree root, DocumentFormat format, ReadSettings options, String xmlRootName) {
    return new ReportMapper(format, options).run(root, xmlRootName);
  }

  // ------------------------------------------------------------------ document

  private Mapped run(Tree root, String xmlRootName) {
    AnnualReport report = null;
    if (xmlRootName != null && !XML_ROOT.equals(xmlRootName)) {
      error(ReadCode.ROOT_ELEMENT, "", root, xmlRootName, XML_ROOT);
    }
    Tree.Obj obj = object(root, "");
    if (obj != null) {
      report = document(obj);
    }
    findings.sort(
        Comparator.comparingInt((Finding f) -> f.location().line().orElse(0))
            .thenComparingInt(f -> f.location().columnNumber().orElse(0)));
    return new Mapped(report, List.copyOf(findings));
  }

  private AnnualReport document(Tree.Obj obj) {
    Map<String, Tree.Member> f = fields(obj, "");
    Tree.Member version = f.remove(SCHEMA_VERSION_FIELD);
    if (version == null) {
      missing("", obj, SCHEMA_VERSION_FIELD);
    } else {
      Long v = whole(version.value(), "/" + SCHEMA_VERSION_FIELD, false);
      if (v == null) {
        fatal = true;
      } else if (v != SCHEMA_VERSION) {
        error(
            ReadCode.UNSUPPORTED_SCHEMA_VERSION,
            "/" + SCHEMA_VERSION_FIELD,
            version.value(),
            v,
            SCHEMA_VERSION);
        return null;
      }
    }
    Tree.Member edition = f.remove(EDITION);
    if (edition == null) {
      missing("", obj, EDITION);
    } else {
      String id = string(edition.value(), "/" + EDITION);
      Optional<Edition> e = id == null ? Optional.empty() : Edition.fromId(id.strip());
      if (e.isPresent()) {
        spec = e.get().spec();
      } else {
        fatal = true;
        if (id != null) {
          error(ReadCode.UNKNOWN_EDITION, "/" + EDITION, edition.value(), id, editionIds());
        }
      }
    }
    MetadataParts metadata = null;
    Tree.Member m = f.remove(METADATA);
    if (m == null) {
      missing("", obj, METADATA);
    } else {
      metadata = metadata(m.value(), "/" + METADATA);
    }
    Narrative general = narrativeMember(f, SectionId.GENERAL.key(), "");
    // Cells go straight into the report's builder: a map of our own would be one more copy.
    AnnualReport.Builder report = AnnualReport.builder();
    Tree.Member tables = f.remove(TABLES);
    if (tables != null && spec != null) {
      tables(tables.value(), "/" + TABLES, report);
    }
    Narrative problems = narrativeMember(f, SectionId.PROBLEMS.key(), "");
    OtherMatters otherMatters = OtherMatters.builder().build();
    Tree.Member other = f.remove(OTHER_MATTERS);
    if (other != null) {
      otherMatters = otherMatters(other.value(), "/" + OTHER_MATTERS);
    }
    List<SupplementaryRow> rows = new ArrayList<>();
    Tree.Member supplementary = f.remove(SUPPLEMENTARY_ROWS);
    if (supplementary != null) {
      rows = supplementaryRows(supplementary.value(), "/" + SUPPLEMENTARY_ROWS);
    }
    if (format == DocumentFormat.XML) {
      Tree.Member ext = f.remove(EXTENSIONS);
      if (ext != null) {
        xmlExtensions(ext.value(), "/" + EXTENSIONS);
      }
    }
    rest(f, "");
    if (fatal || spec == null || metadata == null) {
      return null;
    }
    try {
      return report
          .metadata(metadata.build(spec.edition()))
          .general(general)
          .problems(problems)
          .otherMatters(otherMatters)
          .addAllSupplementaryRows(rows)
          .putAllExtensions(extensions)
          .build();
    } catch (ReportShapeException e) {
      error(ReadCode.INVALID_VALUE, "", obj, e.field(), e.getMessage());
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
          .organName(Optional.ofNullable(organName))
          .reportYear(
              reportYear == null ? OptionalInt.empty() : OptionalInt.of(reportYear.intValue()))
          .edition(edition)
          .build();
    }
  }

  private MetadataParts metadata(Tree node, String ptr) {
    Tree.Obj obj = object(node, ptr);
    if (obj == null) {
      fatal = true;
      return null;
    }
    MetadataParts parts = new MetadataParts();
    Map<String, Tree.Member> f = fields(obj, ptr);
    Tree.Member name = f.remove(ORGAN_NAME);
    if (name == null) {
      // An incomplete report, as a reader of published pages writes one: read, with the finding
      // that reader gave it.
      findings.add(org.disclosurereport.finding.Findings.missingMetadata(ORGAN_NAME));
    } else {
      String s = string(name.value(), ptr + "/" + ORGAN_NAME);
      if (s != null && s.isBlank()) {
        error(ReadCode.INVALID_VALUE, ptr + "/" + ORGAN_NAME, name.value(), s, "a non-blank name");
      } else {
        parts.organName = s;
      }
    }
    Tree.Member year = f.remove(REPORT_YEAR);
    if (year == null) {
      findings.add(org.disclosurereport.finding.Findings.missingMetadata(REPORT_YEAR));
    } else {
      String p = ptr + "/" + REPORT_YEAR;
      // Signed: a negative year is out of the range of years, not "a negative count".
      Long y = whole(year.value(), p, true);
      if (y != null
          && (y < ReportMetadata.FIRST_REPORT_YEAR || y > ReportMetadata.LAST_REPORT_YEAR)) {
        error(
            ReadCode.OUT_OF_RANGE,
            p,
            year.value(),
            y,
            ReportMetadata.FIRST_REPORT_YEAR,
            ReportMetadata.LAST_REPORT_YEAR);
      } else {
        parts.reportYear = y;
      }
    }
    optionalString(f, ptr, TITLE).ifPresent(parts.builder::title);
    optionalEnum(f, ptr, ORGAN_LEVEL, OrganLevel.class).ifPresent(parts.builder::organLevel);
    optionalEnum(f, ptr, ORGAN_KIND, OrganKind.class).ifPresent(parts.builder::organKind);
    optionalString(f, ptr, CREDIT_CODE).ifPresent(parts.builder::creditCode);
    optionalString(f, ptr, DIVISION_CODE).ifPresent(parts.builder::divisionCode);
    optionalString(f, ptr, INDEX_NUMBER).ifPresent(parts.builder::indexNumber);
    Tree.Member date = f.remove(PUBLICATION_DATE);
    if (date != null) {
      String p = ptr + "/" + PUBLICATION_DATE;
      String s = string(date.value(), p);
      if (s != null) {
        try {
          if (!DATE.matcher(s).matches()) {
            throw new DateTimeParseException(s, s, 0);
          }
          parts.builder.publicationDate(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
          error(ReadCode.INVALID_VALUE, p, date.value(), s, "an ISO date yyyy-MM-dd");
        }
      }
    }
    rest(f, ptr);
    return parts;
  }

  private Optional<String> optionalString(Map<String, Tree.Member> f, String ptr, String name) {
    Tree.Member m = f.remove(name);
    return m == null ? Optional.empty() : Optional.ofNullable(string(m.value(), ptr + "/" + name));
  }

  private <E extends Enum<E>> Optional<E> optionalEnum(
      Map<String, Tree.Member> f, String ptr, String name, Class<E> type) {
    Tree.Member m = f.remove(name);
    if (m == null) {
      return Optional.empty();
    }
    String p = ptr + "/" + name;
    String s = string(m.value(), p);
    if (s == null) {
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return Optional.of(e);
      }
    }
    error(
        ReadCode.INVALID_VALUE,
        p,
        m.value(),
        s,
        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    return Optional.empty();
  }

  // ------------------------------------------------------------------ text

  private Narrative narrativeMember(Map<String, Tree.Member> f, String name, String ptr) {
    Tree.Member m = f.remove(name);
    return m == null ? Narrative.empty() : narrative(m.value(), Pointers.child(ptr, name));
  }

  private Narrative narrative(Tree node, String ptr) {
    Narrative.Builder n = Narrative.builder();
    for (Item item : array(node, ptr, BLOCK)) {
      Tree.Obj obj = object(item.value(), item.pointer());
      if (obj == null) {
        continue;
      }
      Map<String, Tree.Member> f = fields(obj, item.pointer());
      Optional<String> heading = optionalString(f, item.pointer(), HEADING);
      Tree.Member body = f.remove(BODY);
      String text = null;
      if (body == null) {
        missing(item.pointer(), obj, BODY);
      } else {
        text = string(body.value(), item.pointer() + "/" + BODY);
      }
      rest(f, item.pointer());
      if (text != null) {
        n.addBlocks(TextBlock.builder().heading(heading).body(text).build());
      }
    }
    return n.build();
  }

  private OtherMatters otherMatters(Tree node, String ptr) {
    OtherMatters.Builder b = OtherMatters.builder();
    Tree.Obj obj = object(node, ptr);
    if (obj == null) {
      return b.build();
    }
    Map<String, Tree.Member> f = fields(obj, ptr);
    Tree.Member narrative = f.remove(NARRATIVE);
    if (narrative != null) {
      b.narrative(narrative(narrative.value(), ptr + "/" + NARRATIVE));
    }
    Tree.Member fees = f.remove(FEES);
    if (fees != null) {
      String p = ptr + "/" + FEES;
      Tree.Obj fo = object(fees.value(), p);
      if (fo != null) {
        Map<String, Tree.Member> ff = fields(fo, p);
        InformationProcessingFees.Builder fb = InformationProcessingFees.builder();
        Tree.Member notices = ff.remove(NOTICES_ISSUED);
        if (notices != null) {
          CellValue v = cell(CellKind.COUNT, notices.value(), p + "/" + NOTICES_ISSUED);
          if (v != null) {
            fb.noticesIssued(v);
          }
        }
        Tree.Member notified = ff.remove(AMOUNT_NOTIFIED);
        if (notified != null) {
          CellValue v = cell(CellKind.AMOUNT, notified.value(), p + "/" + AMOUNT_NOTIFIED);
          if (v != null) {
            fb.amountNotified(v);
          }
        }
        Tree.Member collected = ff.remove(AMOUNT_COLLECTED);
        if (collected != null) {
          CellValue v = cell(CellKind.AMOUNT, collected.value(), p + "/" + AMOUNT_COLLECTED);
          if (v != null) {
            fb.amountCollected(v);
          }
        }
        rest(ff, p);
        b.fees(fb.build());
      }
    }
    rest(f, ptr);
    return b.build();
  }

  // ------------------------------------------------------------------ tables

  private void tables(Tree node, String ptr, AnnualReport.Builder cells) {
    Tree.Obj obj = object(node, ptr);
    if (obj == null) {
      return;
    }
    for (Tree.Member tm : fields(obj, ptr).values()) {
      String tptr = Pointers.child(ptr, tm.name());
      Optional<TableSpec> table = spec.table(tm.name());
      if (table.isEmpty()) {
        if (otherEdition(e -> e.table(tm.name()).isPresent())) {
          ofOtherEdition(tptr, tm);
        } else {
          unknown(tptr, tm);
        }
        continue;
      }
      TableSpec t = table.get();
      Tree.Obj to = object(tm.value(), tptr);
      if (to == null) {
        continue;
      }
      for (Tree.Member rm : members(to, tptr)) {
        String rptr = Pointers.child(tptr, rm.name());
        Optional<AxisNode> row = t.row(rm.name()).filter(AxisNode::isLeaf);
        if (row.isEmpty()) {
          if (otherEditionHasLeaf(t.key(), o -> o.row(rm.name()))) {
            ofOtherEdition(rptr, rm);
          } else {
            unknown(rptr, rm);
          }
          continue;
        }
        Tree.Obj ro = object(rm.value(), rptr);
        if (ro == null) {
          continue;
        }
        for (Tree.Member cm : members(ro, rptr)) {
          Optional<AxisNode> column = t.column(cm.name()).filter(AxisNode::isLeaf);
          if (column.isEmpty()) {
            String cptr = Pointers.child(rptr, cm.name());
            if (otherEditionHasLeaf(t.key(), o -> o.column(cm.name()))) {
              ofOtherEdition(cptr, cm);
            } else {
              unknown(cptr, cm);
            }
            continue;
          }
          CellKind kind = column.get().kind().orElseThrow();
          CellValue v = plainCount(kind, cm.value());
          if (v == null) {
            v = cell(kind, cm.value(), Pointers.child(rptr, cm.name()));
          }
          if (v != null) {
            cells.putCells(CellAddress.of(t.key(), rm.name(), cm.name()), v);
          }
        }
      }
    }
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

  private void ofOtherEdition(String ptr, Tree.Member m) {
    if (options.strictness() == Strictness.STRICT) {
      add(
          ReadCode.NOT_IN_EDITION,
          Severity.ERROR,
          ptr,
          m.line(),
          m.column(),
          null,
          m.name(),
          spec.edition().id());
    } else {
      add(
          ReadCode.NOT_IN_EDITION,
          Severity.WARNING,
          ptr,
          m.line(),
          m.column(),
          null,
          m.name(),
          spec.edition().id());
      extensions.put(ptr, ExtensionJson.toText(m.value()));
    }
  }

  private CellValue cell(CellKind kind, Tree node, String ptr) {
    switch (kind) {
      case COUNT -> {
        Long v = whole(node, ptr, false);
        return v == null ? null : CellValue.count(v);
      }
      case CHANGE -> {
        Long v = whole(node, ptr, true);
        return v == null ? null : CellValue.change(v);
      }
      default -> {
        return amount(node, ptr);
      }
    }
  }

  // ------------------------------------------------------------------ numbers

  /**
   * Reads the common case of a cell without building its pointer: a JSON integer of at most twelve
   * digits, without sign, in a count cell, which is always a valid count (the parser refuses
   * leading zeros). Anything else is left to {@link #cell}, which says what is wrong.
   *
   * @return the count, or null when the value is not that plain
   */
  private CellValue plainCount(CellKind kind, Tree node) {
    if (kind == CellKind.COUNT
        && format == DocumentFormat.JSON
        && node instanceof Tree.Scalar s
        && s.kind() == Tree.ScalarKind.INTEGER
        && s.text().length() <= MAX_WHOLE_DIGITS
        && s.text().charAt(0) != '-') {
      return CellValue.count(Long.parseLong(s.text()));
    }
    return null;
  }

  /** Reads a whole number: checks digits on the text before converting; never truncates. */
  private Long whole(Tree node, String ptr, boolean signed) {
    if (!(node instanceof Tree.Scalar s)) {
      wrongType(node, ptr, "integer");
      return null;
    }
    String text;
    if (format == DocumentFormat.JSON) {
      switch (s.kind()) {
        case INTEGER -> text = s.text();
        case DECIMAL -> {
          notWhole(s, s.text(), ptr);
          return null;
        }
        case NULL -> {
          error(ReadCode.NULL_VALUE, ptr, s);
          return null;
        }
        default -> {
          wrongType(node, ptr, "integer");
          return null;
        }
      }
    } else {
      if (s.kind() == Tree.ScalarKind.NULL || s.text().isBlank()) {
        error(ReadCode.NULL_VALUE, ptr, s);
        return null;
      }
      String t = s.text().strip();
      if (t.length() > options.limits().maxNumberLength()) {
        error(ReadCode.LIMIT_NUMBER_LENGTH, ptr, s, options.limits().maxNumberLength());
        return null;
      }
      if (XML_INTEGER.matcher(t).matches()) {
        text = t.startsWith("+") ? t.substring(1) : t;
      } else if (XML_DECIMAL.matcher(t).matches()) {
        notWhole(s, t, ptr);
        return null;
      } else {
        error(ReadCode.WRONG_TYPE, ptr, s, "integer", "text");
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
      error(ReadCode.OUT_OF_RANGE, ptr, s, text, min, CellValue.MAX_WHOLE);
      return null;
    }
    long v = Long.parseLong(text);
    if (Math.abs(v) > CellValue.MAX_WHOLE) {
      error(ReadCode.OUT_OF_RANGE, ptr, s, text, min, CellValue.MAX_WHOLE);
      return null;
    }
    if (!signed && v < 0) {
      error(ReadCode.NEGATIVE_COUNT, ptr, s, text);
      return null;
    }
    return v;
  }

  /**
   * A number with a fraction or exponent where a whole number belongs: out of range or not whole.
   */
  private void notWhole(Tree.Scalar s, String text, String ptr) {
    long integerDigits;
    try {
      BigDecimal d = new BigDecimal(text);
      integerDigits = (long) d.precision() - d.scale();
    } catch (NumberFormatException | ArithmeticException e) {
      integerDigits = Long.MAX_VALUE;
    }
    if (integerDigits > MAX_WHOLE_DIGITS) {
      error(ReadCode.OUT_OF_RANGE, ptr, s, text, "0", CellValue.MAX_WHOLE);
    } else {
      error(ReadCode.NOT_WHOLE_NUMBER, ptr, s, text);
    }
  }

  private CellValue amount(Tree node, String ptr) {
    Tree.Obj obj = object(node, ptr);
    if (obj == null) {
      return null;
    }
    Map<String, Tree.Member> f = fields(obj, ptr);
    Tree.Member value = f.remove(VALUE);
    Tree.Member unit = f.remove(UNIT);
    rest(f, ptr);
    BigDecimal decimal = null;
    MoneyUnit moneyUnit = null;
    if (value == null) {
      missing(ptr, obj, VALUE);
    } else {
      decimal = decimal(value.value(), ptr + "/" + VALUE);
    }
    if (unit == null) {
      missing(ptr, obj, UNIT);
    } else {
      String p = ptr + "/" + UNIT;
      String s = string(unit.value(), p);
      if (s != null) {
        String t = format == DocumentFormat.XML ? s.strip() : s;
        for (MoneyUnit u : MoneyUnit.values()) {
          if (u.name().equals(t)) {
            moneyUnit = u;
          }
        }
        if (moneyUnit == null) {
          error(
              ReadCode.INVALID_VALUE,
              p,
              unit.value(),
              s,
              String.join(", ", Arrays.stream(MoneyUnit.values()).map(Enum::name).toList()));
        }
      }
    }
    if (decimal == null || moneyUnit == null) {
      return null;
    }
    try {
      return CellValue.amount(decimal, moneyUnit);
    } catch (ReportShapeException e) {
      error(
          ReadCode.AMOUNT_PRECISION,
          ptr,
          value.value(),
          decimal.toPlainString(),
          MAX_AMOUNT_INTEGER_DIGITS,
          CellValue.MAX_AMOUNT_SCALE);
      return null;
    }
  }

  /** Reads a plain decimal string; its digits are counted on the text, before BigDecimal. */
  private BigDecimal decimal(Tree node, String ptr) {
    if (!(node instanceof Tree.Scalar s) || s.kind() != Tree.ScalarKind.STRING) {
      if (node instanceof Tree.Scalar n
          && (n.kind() == Tree.ScalarKind.INTEGER || n.kind() == Tree.ScalarKind.DECIMAL)) {
        error(ReadCode.WRONG_TYPE, ptr, node, "string holding a decimal", "number");
      } else {
        string(node, ptr);
      }
      return null;
    }
    String text = format == DocumentFormat.XML ? s.text().strip() : s.text();
    if (text.length() > MAX_AMOUNT_TEXT) {
      error(
          ReadCode.AMOUNT_PRECISION,
          ptr,
          s,
          text.substring(0, 20) + "…",
          MAX_AMOUNT_INTEGER_DIGITS,
          CellValue.MAX_AMOUNT_SCALE);
      return null;
    }
    Matcher m = AMOUNT.matcher(text);
    if (!m.matches()) {
      error(ReadCode.AMOUNT_FORMAT, ptr, s, text);
      return null;
    }
    if (!m.group(1).isEmpty()) {
      error(ReadCode.OUT_OF_RANGE, ptr, s, text, "0", "∞");
      return null;
    }
    int scale = m.group(3) == null ? 0 : m.group(3).length();
    if (m.group(2).length() > MAX_AMOUNT_INTEGER_DIGITS || scale > CellValue.MAX_AMOUNT_SCALE) {
      error(
          ReadCode.AMOUNT_PRECISION,
          ptr,
          s,
          text,
          MAX_AMOUNT_INTEGER_DIGITS,
          CellValue.MAX_AMOUNT_SCALE);
      return null;
    }
    return new BigDecimal(text);
  }

  // ------------------------------------------------------------------ supplementary rows

  private List<SupplementaryRow> supplementaryRows(Tree node, String ptr) {
    List<SupplementaryRow> rows = new ArrayList<>();
    for (Item item : array(node, ptr, ROW)) {
      Tree.Obj obj = object(item.value(), item.pointer());
      if (obj == null) {
        continue;
      }
      String p = item.pointer();
      Map<String, Tree.Member> f = fields(obj, p);
      String table = requiredString(f, p, obj, TABLE);
      if (table != null && spec != null && spec.table(table).isEmpty()) {
        error(
            ReadCode.INVALID_VALUE,
            p + "/" + TABLE,
            f.containsKey(TABLE) ? f.get(TABLE).value() : obj,
            table,
            "a table of edition " + spec.edition().id());
        table = null;
      }
      String label = requiredString(f, p, obj, LABEL);
      Map<String, String> values = new LinkedHashMap<>();
      Tree.Member v = f.remove(VALUES);
      if (v == null) {
        missing(p, obj, VALUES);
      } else {
        values = stringMap(v.value(), p + "/" + VALUES);
      }
      f.remove(TABLE);
      f.remove(LABEL);
      rest(f, p);
      if (table != null && label != null && values != null) {
        rows.add(SupplementaryRow.builder().table(table).label(label).putAllValues(values).build());
      }
    }
    return rows;
  }

  private String requiredString(Map<String, Tree.Member> f, String ptr, Tree.Obj obj, String name) {
    Tree.Member m = f.get(name);
    if (m == null) {
      missing(ptr, obj, name);
      return null;
    }
    return string(m.value(), ptr + "/" + name);
  }

  private Map<String, String> stringMap(Tree node, String ptr) {
    Map<String, String> map = new LinkedHashMap<>();
    if (format == DocumentFormat.JSON) {
      Tree.Obj obj = object(node, ptr);
      if (obj == null) {
        return null;
      }
      for (Tree.Member m : fields(obj, ptr).values()) {
        String s = string(m.value(), Pointers.child(ptr, m.name()));
        if (s != null) {
          map.put(m.name(), s);
        }
      }
      return map;
    }
    for (Item item : array(node, ptr, ENTRY)) {
      Tree.Obj obj = object(item.value(), item.pointer());
      if (obj == null) {
        continue;
      }
      Map<String, Tree.Member> f = fields(obj, item.pointer());
      String key = requiredString(f, item.pointer(), obj, KEY);
      String value = requiredString(f, item.pointer(), obj, VALUE);
      f.remove(KEY);
      f.remove(VALUE);
      rest(f, item.pointer());
      if (key != null && value != null) {
        if (map.containsKey(key)) {
          error(ReadCode.DUPLICATE_KEY, item.pointer(), obj, key);
        } else {
          map.put(key, value);
        }
      }
    }
    return map;
  }

  // ------------------------------------------------------------------ extensions

  private void xmlExtensions(Tree node, String ptr) {
    for (Item item : array(node, ptr, EXTENSION)) {
      Tree.Obj obj = object(item.value(), item.pointer());
      if (obj == null) {
        continue;
      }
      Map<String, Tree.Member> f = fields(obj, item.pointer());
      String pointer = requiredString(f, item.pointer(), obj, POINTER);
      String json = requiredString(f, item.pointer(), obj, JSON);
      f.remove(POINTER);
      f.remove(JSON);
      rest(f, item.pointer());
      if (pointer == null || json == null) {
        continue;
      }
      if (pointer.isEmpty() || pointer.charAt(0) != '/') {
        error(ReadCode.INVALID_EXTENSION, item.pointer(), obj, "pointer \"" + pointer + "\"");
        continue;
      }
      Tree tree;
      try {
        tree = ExtensionJson.parse(json, options.limits());
      } catch (DocumentProblem e) {
        error(ReadCode.INVALID_EXTENSION, item.pointer(), obj, e.code().id(DocumentFormat.JSON));
        continue;
      }
      List<String> tokens = Pointers.tokens(pointer);
      String name = tokens.get(tokens.size() - 1);
      if (options.strictness() == Strictness.STRICT) {
        add(ReadCode.UNKNOWN_FIELD, Severity.ERROR, pointer, obj.line(), obj.column(), null, name);
      } else if (extensions.containsKey(pointer)) {
        error(ReadCode.DUPLICATE_KEY, item.pointer(), obj, pointer);
      } else {
        add(ReadCode.UNKNOWN_FIELD, Severity.INFO, pointer, obj.line(), obj.column(), null, name);
        extensions.put(pointer, ExtensionJson.toText(tree));
      }
    }
  }

  private void unknown(String ptr, Tree.Member m) {
    if (options.strictness() == Strictness.STRICT) {
      add(ReadCode.UNKNOWN_FIELD, Severity.ERROR, ptr, m.line(), m.column(), null, m.name());
    } else if (extensions.containsKey(ptr)) {
      add(ReadCode.DUPLICATE_KEY, Severity.ERROR, ptr, m.line(), m.column(), null, m.name());
    } else {
      add(ReadCode.UNKNOWN_FIELD, Severity.INFO, ptr, m.line(), m.column(), null, m.name());
      extensions.put(ptr, ExtensionJson.toText(m.value()));
    }
  }

  private void rest(Map<String, Tree.Member> remaining, String ptr) {
    for (Tree.Member m : remaining.values()) {
      unknown(Pointers.child(ptr, m.name()), m);
    }
  }

  // ------------------------------------------------------------------ structure

  /** An item of a list, with its pointer. */
  private record Item(Tree value, String pointer) {}

  /**
   * The members of an object in order, each name once: as read for JSON, whose parser already
   * refuses a repeated name; through {@link #fields} for XML, which repeats elements.
   */
  private Collection<Tree.Member> members(Tree.Obj obj, String ptr) {
    return format == DocumentFormat.JSON ? obj.members() : fields(obj, ptr).values();
  }

  /** The members of an object by name, first occurrence kept; a repeated name is an error. */
  private Map<String, Tree.Member> fields(Tree.Obj obj, String ptr) {
    Map<String, Tree.Member> map = new LinkedHashMap<>();
    for (Tree.Member m : obj.members()) {
      if (map.putIfAbsent(m.name(), m) != null) {
        add(
            ReadCode.DUPLICATE_KEY,
            ReadCode.DUPLICATE_KEY.defaultSeverity(),
            Pointers.child(ptr, m.name()),
            m.line(),
            m.column(),
            null,
            m.name());
      }
    }
    return map;
  }

  private Tree.Obj object(Tree node, String ptr) {
    if (node instanceof Tree.Obj obj) {
      return obj;
    }
    if (format == DocumentFormat.XML
        && node instanceof Tree.Scalar s
        && s.kind() == Tree.ScalarKind.STRING
        && s.text().isBlank()) {
      return new Tree.Obj(List.of(), s.line(), s.column());
    }
    wrongType(node, ptr, "object");
    return null;
  }

  private List<Item> array(Tree node, String ptr, String xmlItemName) {
    List<Item> items = new ArrayList<>();
    if (format == DocumentFormat.JSON) {
      if (node instanceof Tree.Arr arr) {
        for (int i = 0; i < arr.items().size(); i++) {
          items.add(new Item(arr.items().get(i), Pointers.child(ptr, i)));
        }
      } else {
        wrongType(node, ptr, "array");
      }
      return items;
    }
    Tree.Obj obj = object(node, ptr);
    if (obj != null) {
      for (Tree.Member m : obj.members()) {
        if (m.name().equals(xmlItemName)) {
          items.add(new Item(m.value(), Pointers.child(ptr, items.size())));
        } else {
          unknown(Pointers.child(ptr, m.name()), m);
        }
      }
    }
    return items;
  }

  private String string(Tree node, String ptr) {
    if (node instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.STRING) {
      return s.text();
    }
    wrongType(node, ptr, "string");
    return null;
  }

  private void wrongType(Tree node, String ptr, String expected) {
    if (node instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.NULL) {
      error(ReadCode.NULL_VALUE, ptr, node);
    } else {
      error(ReadCode.WRONG_TYPE, ptr, node, expected, typeName(node));
    }
  }

  private String typeName(Tree node) {
    if (node instanceof Tree.Obj) {
      return format == DocumentFormat.XML ? "element with child elements" : "object";
    }
    if (node instanceof Tree.Arr) {
      return "array";
    }
    return switch (((Tree.Scalar) node).kind()) {
      case STRING -> format == DocumentFormat.XML ? "text" : "string";
      case INTEGER, DECIMAL -> "number";
      case TRUE, FALSE -> "boolean";
      case NULL -> "null";
    };
  }

  // ------------------------------------------------------------------ findings

  private void missing(String ptr, Tree parent, String name) {
    add(
        ReadCode.MISSING_FIELD,
        ReadCode.MISSING_FIELD.defaultSeverity(),
        Pointers.child(ptr, name),
        parent.line(),
        parent.column(),
        null,
        name);
    if (parent != null && ptr.isEmpty()) {
      fatal = true;
    }
  }

  private void error(ReadCode code, String ptr, Tree at, Object... arguments) {
    String source =
        at instanceof Tree.Scalar s && s.kind() != Tree.ScalarKind.NULL ? s.text() : null;
    add(code, code.defaultSeverity(), ptr, at.line(), at.column(), source, arguments);
  }

  private void add(
      ReadCode code,
      Severity severity,
      String ptr,
      int line,
      int column,
      String sourceText,
      Object... arguments) {
    findings.add(
        Findings.create(format, code, severity, spec, ptr, line, column, sourceText, arguments));
  }
}
