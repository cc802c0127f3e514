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
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.InformationProcessingFees;
import org.disclosurereport.model.Narrative;
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
   * @throws IllegalArgumentException if an extension has a bad pointer or text, or collides
   *     with a member of the canonical form
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
    root.put(SCHEMA_VERSION_FIELD, Tree.Scalar.integer(SCHEMA_VERSION));
    root.put(EDITION, Tree.Scalar.string(spec.edition().id()));
    root.put(METADATA, metadata(report.metadata()));
    root.put(SectionId.GENERAL.key(), narrative(report.general()));
    root.put(TABLES, tables(report, spec));
    root.put(SectionId.PROBLEMS.key(), narrative(report.problems()));
    Tree.Obj other = Tree.Obj.create();
    other.put(NARRATIVE, narrative(report.otherMatters().narrative()));
    report.otherMatters().fees().ifPresent(f -> other.put(FEES, fees(f)));
    root.put(OTHER_MATTERS, other);
    Tree.Arr rows = Tree.Arr.create();
    for (SupplementaryRow row : report.supplementaryRows()) {
      rows.items().add(supplementaryRow(row, format));
    }
    root.put(SUPPLEMENTARY_ROWS, rows);
    if (withExtensions && !report.extensions().isEmpty()) {
      Map<String, String> sorted = new TreeMap<>(report.extensions());
      if (format == DocumentFormat.JSON) {
        sorted.forEach((pointer, text) -> insert(root, pointer, text));
      } else {
        // The same checks as for JSON, so that a report writes to both formats or to neither.
        build(report, DocumentFormat.JSON, true);
        Tree.Arr list = Tree.Arr.create();
        sorted.forEach(
            (pointer, text) -> {
              list.items()
                  .add(
                      Tree.Obj.create()
                          .put(POINTER, Tree.Scalar.string(pointer))
                          .put(JSON, Tree.Scalar.string(text)));
            });
        root.put(EXTENSIONS, list);
      }
    }
    return root;
  }

  private static Tree.Obj metadata(ReportMetadata m) {
    Tree.Obj o = Tree.Obj.create();
    o.put(ORGAN_NAME, Tree.Scalar.string(m.organName()));
    o.put(REPORT_YEAR, Tree.Scalar.integer(m.reportYear()));
    putString(o, TITLE, m.title());
    putString(o, ORGAN_LEVEL, m.organLevel().map(Enum::name));
    putString(o, ORGAN_KIND, m.organKind().map(Enum::name));
    putString(o, CREDIT_CODE, m.creditCode());
    putString(o, DIVISION_CODE, m.divisionCode());
    putString(o, INDEX_NUMBER, m.indexNumber());
    putString(o, PUBLICATION_DATE, m.publicationDate().map(Object::toString));
    return o;
  }

  private static void putString(Tree.Obj o, String name, Optional<String> value) {
    value.ifPresent(v -> o.put(name, Tree.Scalar.string(v)));
  }

  private static Tree.Arr narrative(Narrative n) {
    Tree.Arr a = Tree.Arr.create();
    for (TextBlock b : n.blocks()) {
      Tree.Obj o = Tree.Obj.create();
      putString(o, HEADING, b.heading());
      o.put(BODY, Tree.Scalar.string(b.body()));
      a.items().add(o);
    }
    return a;
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
      return Tree.Obj.create()
          .put(VALUE, Tree.Scalar.string(a.value().toPlainString()))
          .put(UNIT, Tree.Scalar.string(a.unit().name()));
    }
    return Tree.Scalar.integer(v.wholeNumber().orElseThrow());
  }

  private static Tree.Obj fees(InformationProcessingFees f) {
    Tree.Obj o = Tree.Obj.create();
    if (!f.noticesIssued().isBlank()) {
      o.put(NOTICES_ISSUED, cell(f.noticesIssued()));
    }
    if (!f.amountNotified().isBlank()) {
      o.put(AMOUNT_NOTIFIED, cell(f.amountNotified()));
    }
    if (!f.amountCollected().isBlank()) {
      o.put(AMOUNT_COLLECTED, cell(f.amountCollected()));
    }
    return o;
  }

  private static Tree.Obj supplementaryRow(SupplementaryRow row, DocumentFormat format) {
    Tree.Obj o = Tree.Obj.create();
    o.put(TABLE, Tree.Scalar.string(row.table()));
    o.put(LABEL, Tree.Scalar.string(row.label()));
    if (format == DocumentFormat.JSON) {
      Tree.Obj values = Tree.Obj.create();
      row.values().forEach((k, v) -> values.put(k, Tree.Scalar.string(v)));
      o.put(VALUES, values);
    } else {
      Tree.Arr values = Tree.Arr.create();
      row.values()
          .forEach(
              (k, v) ->
                  values
                      .items()
                      .add(
                          Tree.Obj.create()
                              .put(KEY, Tree.Scalar.string(k))
                              .put(VALUE, Tree.Scalar.string(v))));
      o.put(VALUES, values);
    }
    return o;
  }

  private static void insert(Tree.Obj root, String pointer, String text) {
    List<String> tokens = Pointers.tokens(pointer);
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
