package org.disclosurereport.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Identity;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.TableSpec;
import org.immutables.value.Value;

/**
 * A government information disclosure annual report (政府信息公开工作年度报告) as published.
 *
 * <p>A report has metadata, the six sections of the national format, and a value for each of the
 * numeric cells of its edition's tables ({@link #cells()}; a cell that is not there is blank).
 * Reported totals are kept as reported, even when they do not add up; {@link
 * #derivedTotal(CellAddress)} computes what they would be.
 *
 * <p>Build one with {@code AnnualReport.builder()}:
 *
 * <pre>{@code
 * AnnualReport report = AnnualReport.builder()
 *     .metadata(ReportMetadata.builder().organName("洛宁县人民政府").edition(Edition.V2019).reportYear(2020).build())
 *     .putCell(CellAddress.of(Tables.APPLICATIONS, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON), CellValue.count(1))
 *     .build();
 * long granted = report.applications().granted().naturalPerson().wholeNumber().orElse(0);
 * }</pre>
 *
 * <p>Building refuses shapes the edition does not allow (see {@link ReportShapeException}).
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractAnnualReport {

  /**
   * Only the generated {@link AnnualReport} extends this type: build a value with {@code
   * AnnualReport.builder()}.
   */
  AbstractAnnualReport() {}

  /**
   * Returns who reports, for which year, in which edition.
   *
   * @return the metadata
   */
  public abstract ReportMetadata metadata();

  /**
   * Returns section 一, 总体情况.
   *
   * @return the text, possibly empty
   */
  @Value.Default
  public Narrative general() {
    return Narrative.empty();
  }

  /**
   * Returns section 五, 存在的主要问题及改进情况.
   *
   * @return the text, possibly empty
   */
  @Value.Default
  public Narrative problems() {
    return Narrative.empty();
  }

  /**
   * Returns section 六, 其他需要报告的事项.
   *
   * @return the section
   */
  @Value.Default
  public OtherMatters otherMatters() {
    return OtherMatters.builder().build();
  }

  /**
   * Returns the value of every non-blank numeric cell of sections 二, 三 and 四. Blank cells are not
   * in the map; putting {@link CellValue#blank()} in the builder is the same as leaving the cell
   * out.
   *
   * @return the cells
   */
  public abstract Map<CellAddress, CellValue> cells();

  /**
   * Returns rows the report printed that its edition does not have, kept as read.
   *
   * @return the rows, possibly empty
   */
  public abstract List<SupplementaryRow> supplementaryRows();

  /**
   * Returns content of a document that the format does not describe, kept so that it can be written
   * back unchanged: by the JSON Pointer where it was found, its raw JSON text.
   *
   * @return the extensions, possibly empty
   */
  public abstract Map<String, String> extensions();

  /**
   * Returns the edition of the report.
   *
   * @return the edition
   */
  public Edition edition() {
    return metadata().edition();
  }

  /**
   * Returns the description of the report's edition.
   *
   * @return the edition description
   */
  public EditionSpec spec() {
    return metadata().edition().spec();
  }

  /**
   * Returns the value of a cell.
   *
   * @param address a cell of the report's edition
   * @return the value, {@link CellValue#blank()} when nothing was reported
   * @throws IllegalArgumentException if the edition has no such cell
   */
  public CellValue cell(CellAddress address) {
    if (!spec().contains(address)) {
      throw new IllegalArgumentException(
          "Invalid cell address for edition " + edition().id() + ": " + address);
    }
    return cells().getOrDefault(address, CellValue.blank());
  }

  /**
   * Returns the value of a cell.
   *
   * @param table the table key
   * @param row the row key
   * @param column the column key
   * @return the value, {@link CellValue#blank()} when nothing was reported
   * @throws IllegalArgumentException if the edition has no such cell
   */
  public CellValue cell(String table, String row, String column) {
    return cell(CellAddress.of(table, row, column));
  }

  /**
   * Computes a total from its parts, as the edition's sum relation defines it, whatever the report
   * printed in the total cell. Blank parts are left out; when every part is blank the result is
   * blank.
   *
   * @param total a total cell, such as {@code applications/resultsTotal/naturalPerson}
   * @return the computed total
   * @throws IllegalArgumentException if the cell is not a total in the report's edition
   */
  public CellValue derivedTotal(CellAddress total) {
    List<Identity> identities = spec().totalsOf(total);
    if (identities.isEmpty()) {
      throw new IllegalArgumentException(
          "Not a total cell in edition " + edition().id() + ": " + total);
    }
    long sum = 0;
    boolean any = false;
    for (CellAddress part : identities.get(0).right()) {
      CellValue v = cell(part);
      if (!v.isBlank()) {
        sum = Math.addExact(sum, v.wholeNumber().orElseThrow());
        any = true;
      }
    }
    return any ? CellValue.count(sum) : CellValue.blank();
  }

  /**
   * Returns typed access to a table of the report.
   *
   * @param tableKey the table key, see {@link org.disclosurereport.edition.Keys.Tables}
   * @return the table view
   * @throws IllegalArgumentException if the edition has no such table
   */
  public TableView table(String tableKey) {
    TableSpec table =
        spec()
            .table(tableKey)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Edition " + edition().id() + " has no table " + tableKey));
    return new TableView((AnnualReport) this, table);
  }

  /**
   * Returns typed access to section 三, the applications matrix.
   *
   * @return the view
   */
  public ApplicationsView applications() {
    return new ApplicationsView((AnnualReport) this);
  }

  /**
   * Returns typed access to section 四, administrative review and litigation.
   *
   * @return the view
   */
  public ReviewAndLitigationView reviewAndLitigation() {
    return new ReviewAndLitigationView(table(Tables.REVIEW_AND_LITIGATION));
  }

  /** Drops blank entries and refuses cells and values the edition does not allow. */
  @Value.Check
  protected AbstractAnnualReport normalizeAndCheck() {
    EditionSpec spec = spec();
    boolean hasBlank = false;
    for (Map.Entry<CellAddress, CellValue> e : cells().entrySet()) {
      CellAddress a = e.getKey();
      CellValue v = e.getValue();
      if (v.isBlank()) {
        hasBlank = true;
        continue;
      }
      // Every report is checked cell by cell: the common case, a cell of the edition, costs one
      // lookup; which of table or cell is unknown is worked out only for the exception.
      CellKind expected = spec.kindOf(a).orElse(null);
      if (expected == null && spec.table(a.table()).isEmpty()) {
        throw new ReportShapeException(
            ReportShapeException.Code.UNKNOWN_TABLE, a.toString(), edition().id(), a.table());
      }
      if (expected == null) {
        throw new ReportShapeException(
            ReportShapeException.Code.UNKNOWN_CELL,
            a.toString(),
            edition().id(),
            a.table(),
            a.row(),
            a.column());
      }
      CellKind actual = v.kind().orElseThrow();
      if (expected != actual) {
        throw new ReportShapeException(
            ReportShapeException.Code.WRONG_KIND,
            a.toString(),
            spec.label(a),
            expected.name(),
            actual.name());
      }
    }
    for (SupplementaryRow row : supplementaryRows()) {
      if (spec.table(row.table()).isEmpty()) {
        throw new ReportShapeException(
            ReportShapeException.Code.UNKNOWN_TABLE,
            "supplementaryRows/" + row.label(),
            edition().id(),
            row.table());
      }
    }
    if (!hasBlank) {
      return this;
    }
    Map<CellAddress, CellValue> kept = new LinkedHashMap<>();
    cells()
        .forEach(
            (a, v) -> {
              if (!v.isBlank()) {
                kept.put(a, v);
              }
            });
    return AnnualReport.copyOf(this).withCells(kept);
  }
}
