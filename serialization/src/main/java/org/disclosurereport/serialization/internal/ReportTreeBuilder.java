package org.disclosurereport.serialization.internal;

import static org.disclosurereport.serialization.internal.CanonicalForm.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.InformationProcessingFees;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.model.SupplementaryRow;
import org.disclosurereport.model.TextBlock;

/**
 * Builds the canonical tree of a report. Member order is fixed: the version and edition, the
 * metadata, then the sections in printed order, the tables, rows and columns in the order of the
 * edition description; blank cells are left out. In JSON, extensions are put back at their
 * pointers, after the known members of their parent, in pointer order; in XML, which cannot hold
 * arbitrary JSON in place, they are listed in a final {@code extensions} element.
 */
public final class ReportTreeBuilder {
  private ReportTreeBuilder() {}

  /**
   * Builds the tree of a report.
   *
   * @param report the report
   * @param format the format to be written
   * @return the tree
   * @throws IllegalArgumentException if an extension has a bad pointer or text, or collides with a
   *     member of the canonical form
   */
  public static Tree.Obj build(AnnualReport report, DocumentFormat format) {
    return build(report, format, true);
  }

  /**
   * Builds the tree of a report, with or without its extensions.
   *
   * @param report the report
   * @param format the format to be written
   * @param withExtensions whether to include the extensions
   * @return the tree
   */
  public static Tree.Obj build(AnnualReport report, DocumentFormat format, boolean withExtensions) {
    EditionSpec spec = report.spec();
    Tree.Obj root = Tree.Obj.create();
    for (Member m : DOCUMENT) {
      switch (m.kind()) {
        case SCHEMA_VERSION -> root.put(m.name(), Tree.Scalar.integer(SCHEMA_VERSION));
        case EDITION_ID -> root.put(m.name(), Tree.Scalar.string(spec.edition().id()));
        case METADATA -> root.put(m.name(), metadata(report.metadata()));
        case NARRATIVE -> root.put(m.name(), narrative(section(report, m)));
        case TABLES -> root.put(m.name(), tables(report, spec));
        case OTHER_MATTERS -> root.put(m.name(), otherMatters(report.otherMatters()));
        case SUPPLEMENTARY_ROWS -> {
          Tree.Arr rows = Tree.Arr.create();
          for (SupplementaryRow row : report.supplementaryRows()) {
            rows.items().add(supplementaryRow(row, format));
          }
          root.put(m.name(), rows);
        }
        case EXTENSIONS -> {
          // Below: extensions go in place in JSON, into this list in XML.
        }
        default -> throw new IllegalStateException(m.toString());
      }
    }
    if (withExtensions && !report.extensions().isEmpty()) {
      Map<String, String> sorted = new TreeMap<>(report.extensions());
      if (format == DocumentFormat.JSON) {
        sorted.forEach((pointer, text) -> insert(root, pointer, text));
      } else {
        // The same checks as for JSON, so that a report writes to both formats or to neither.
        build(report, DocumentFormat.JSON, true);
        Tree.Arr list = Tree.Arr.create();
        sorted.forEach((pointer, text) -> list.items().add(extension(pointer, text)));
        root.put(EXTENSIONS, list);
      }
    }
    return root;
  }

  private static Tree.Obj extension(String pointer, String text) {
    Tree.Obj o = Tree.Obj.create();
    for (Member m : XML_EXTENSION) {
      o.put(m.name(), Tree.Scalar.string(m.kind() == Kind.POINTER ? pointer : text));
    }
    return o;
  }

  private static Narrative section(AnnualReport report, Member m) {
    if (m.name().equals(SectionId.GENERAL.key())) {
      return report.general();
    }
    if (m.name().equals(SectionId.PROBLEMS.key())) {
      return report.problems();
    }
    throw new IllegalStateException("no section " + m.name());
  }

  private static Tree.Obj metadata(ReportMetadata metadata) {
    Tree.Obj o = Tree.Obj.create();
    for (Field<ReportMetadata> f : METADATA_FIELDS) {
      Optional<?> value = (Optional<?>) f.value().apply(metadata);
      value.ifPresent(v -> o.put(f.member().name(), scalar(f.member(), v)));
    }
    return o;
  }

  /** A metadata value as its member's kind writes it: a number, or the text of the value. */
  private static Tree scalar(Member m, Object value) {
    return switch (m.kind()) {
      case REPORT_YEAR -> Tree.Scalar.integer(((Number) value).longValue());
      case ORGAN_LEVEL, ORGAN_KIND -> Tree.Scalar.string(((Enum<?>) value).name());
      default -> Tree.Scalar.string(value.toString());
    };
  }

  private static Tree.Arr narrative(Narrative n) {
    Tree.Arr a = Tree.Arr.create();
    for (TextBlock b : n.blocks()) {
      Tree.Obj o = Tree.Obj.create();
      for (Member m : TEXT_BLOCK) {
        Optional<String> text = m.name().equals(BODY) ? Optional.of(b.body()) : b.heading();
        text.ifPresent(t -> o.put(m.name(), Tree.Scalar.string(t)));
      }
      a.items().add(o);
    }
    return a;
  }

  private static Tree.Obj otherMatters(OtherMatters other) {
    Tree.Obj o = Tree.Obj.create();
    for (Member m : OTHER_MATTERS_MEMBERS) {
      switch (m.kind()) {
        case NARRATIVE -> o.put(m.name(), narrative(other.narrative()));
        case FEES -> other.fees().ifPresent(f -> o.put(m.name(), fees(f)));
        default -> throw new IllegalStateException(m.toString());
      }
    }
    return o;
  }

  private static Tree.Obj tables(AnnualReport report, EditionSpec spec) {
    Tree.Obj tables = Tree.Obj.create();
    for (TableSpec t : spec.tables()) {
      Tree.Obj table = Tree.Obj.create();
      for (AxisNode row : t.rowLeaves()) {
        Tree.Obj cells = Tree.Obj.create();
        for (AxisNode column : t.columnLeaves()) {
          CellValue v = report.cells().get(CellAddress.of(t.key(), row.key(), column.key()));
          if (v != null && !v.isBlank()) {
            cells.put(column.key(), cell(v));
          }
        }
        if (!cells.members().isEmpty()) {
          table.put(row.key(), cells);
        }
      }
      tables.put(t.key(), table);
    }
    return tables;
  }

  /**
   * Returns the tree of a cell value: a number for counts and changes, an object with a decimal
   * string and a unit for amounts.
   *
   * @param v a value, not blank
   * @return the tree
   */
  static Tree cell(CellValue v) {
    if (v instanceof CellValue.Amount a) {
      Tree.Obj o = Tree.Obj.create();
      for (Member m : AMOUNT) {
        o.put(
            m.name(),
            Tree.Scalar.string(
                m.kind() == Kind.UNIT ? a.unit().name() : a.value().toPlainString()));
      }
      return o;
    }
    return Tree.Scalar.integer(v.wholeNumber().orElseThrow());
  }

  private static Tree.Obj fees(InformationProcessingFees fees) {
    Tree.Obj o = Tree.Obj.create();
    for (Field<InformationProcessingFees> f : FEES_FIELDS) {
      CellValue v = (CellValue) f.value().apply(fees);
      if (!v.isBlank()) {
        o.put(f.member().name(), cell(v));
      }
    }
    return o;
  }

  private static Tree.Obj supplementaryRow(SupplementaryRow row, DocumentFormat format) {
    Tree.Obj o = Tree.Obj.create();
    for (Member m : SUPPLEMENTARY_ROW) {
      switch (m.kind()) {
        case TABLE_KEY -> o.put(m.name(), Tree.Scalar.string(row.table()));
        case TEXT -> o.put(m.name(), Tree.Scalar.string(row.label()));
        case STRING_MAP -> o.put(m.name(), stringMap(row.values(), format));
        default -> throw new IllegalStateException(m.toString());
      }
    }
    return o;
  }

  /** A map of text: an object in JSON, a list of key and value entries in XML. */
  private static Tree stringMap(Map<String, String> map, DocumentFormat format) {
    if (format == DocumentFormat.JSON) {
      Tree.Obj values = Tree.Obj.create();
      map.forEach((k, v) -> values.put(k, Tree.Scalar.string(v)));
      return values;
    }
    Tree.Arr values = Tree.Arr.create();
    map.forEach(
        (k, v) -> {
          Tree.Obj entry = Tree.Obj.create();
          for (Member m : XML_ENTRY) {
            entry.put(m.name(), Tree.Scalar.string(m.name().equals(KEY) ? k : v));
          }
          values.items().add(entry);
        });
    return values;
  }

  private static void insert(Tree.Obj root, String pointer, String text) {
    List<String> tokens = JsonPointer.parse(pointer).tokens();
    if (tokens.isEmpty()) {
      throw collision(pointer);
    }
    Tree parent = root;
    for (int i = 0; i < tokens.size() - 1; i++) {
      String token = tokens.get(i);
      if (parent instanceof Tree.Obj obj) {
        Optional<Tree.Member> m = obj.member(token);
        if (m.isPresent()) {
          parent = m.get().value();
        } else {
          Tree.Obj created = Tree.Obj.create();
          obj.put(token, created);
          parent = created;
        }
      } else if (parent instanceof Tree.Arr arr && isIndex(token, arr.items().size())) {
        parent = arr.items().get(Integer.parseInt(token));
      } else {
        throw collision(pointer);
      }
    }
    String last = tokens.get(tokens.size() - 1);
    if (!(parent instanceof Tree.Obj obj) || obj.member(last).isPresent()) {
      throw collision(pointer);
    }
    obj.put(last, ExtensionJson.parseForWriting(text, pointer));
  }

  private static boolean isIndex(String token, int size) {
    if (!token.matches("0|[1-9][0-9]{0,8}")) {
      return false;
    }
    return Integer.parseInt(token) < size;
  }

  private static IllegalArgumentException collision(String pointer) {
    return new IllegalArgumentException(
        "Invalid extension pointer "
            + pointer
            + " (must name a new member of an object of the canonical form)");
  }
}
