package org.disclosurereport.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.edition.CellAddress;
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
@ReportStyle
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
   * Returns the value of every non-blank numeric cell of sections 二, 三 and 四, in the edition's
   * printed order. Blank cells are not in the map; putting {@link CellValue#blank()} in the builder
   * is the same as leaving the cell out.
   *
   * @return the cells, checked against the report's edition ({@link ReportCells})
   */
  public Map<CellAddress, CellValue> cells() {
    return cellStore().checked();
  }

  /**
   * Returns the cells as the report keeps them. Not API: the type is package-private, so this
   * accessor, and the setter and {@code with} method generated for it, cannot be used outside this
   * package. Read the cells with {@link #cells()} and give them with the builder's {@code putCell},
   * {@code putAllCells}, {@code cells} and {@code from}.
   *
   * @return the cells, checked once the report is built
   */
  @Value.Default
  CellStore cellStore() {
    return CellStore.of(ReportCells.empty(spec()));
  }

  /**
   * Returns a copy of this report with other cells; blank values are left out.
   *
   * @param cells the cells; {@link ReportCells} of the report's edition are taken as they are
   * @return the copy
   * @throws ReportShapeException if a key or value is null, a cell is not in the edition or a value
   *     is of the wrong kind
   */
  public final AnnualReport withCells(Map<? extends CellAddress, ? extends CellValue> cells) {
    return ((AnnualReport) this).withCellStore(CellStore.of(ReportCells.of(spec(), cells)));
  }

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
    return cellStore().checked().valueOf(address);
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

  /**
   * Checks the cells against the report's edition when they were not built for it (the edition
   * changed), and refuses supplementary rows of tables the edition does not have. Cells built
   * through {@link ReportCells} or this report's builder are checked as they are put, once.
   */
  @Value.Check
  protected AbstractAnnualReport normalizeAndCheck() {
    EditionSpec spec = spec();
    CellStore store = cellStore();
    ReportCells cells = store.checkedFor(spec);
    if (cells != store.checked()) {
      // The copy is checked in turn, rows included.
      return ((AnnualReport) this).withCellStore(CellStore.of(cells));
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
    return this;
  }

  /**
   * The cell methods of {@code AnnualReport.Builder}, written by hand (the generated builder
   * extends this class) so that a report's cells are checked against its edition once, into the
   * array the report keeps ({@link ReportCells}). Cells put one by one wait in the builder,
   * unchecked, until the report is built and its edition known; they are then checked once. Cells
   * given whole as {@link ReportCells} of the report's edition, such as a reader's, are taken as
   * they are: no copy and no second check.
   */
  public abstract static class Builder {
    /**
     * The cells given whole, by {@link #cells(Map)} or {@link #from(AnnualReport)}, until a cell is
     * put; null when there are none.
     */
    private Map<CellAddress, CellValue> base;

    /**
     * The cells put one by one, in order, on top of {@link #base}; null when none were. They are
     * checked when the report is built, for its edition is known only then.
     */
    private Map<CellAddress, CellValue> draft;

    Builder() {}

    /**
     * Sets the cells as the report keeps them; generated, and not callable outside this package.
     *
     * @param cellStore the cells
     * @return this builder
     */
    abstract AnnualReport.Builder cellStore(CellStore cellStore);

    /**
     * Puts the value of one cell, replacing any put before; {@link CellValue#blank()} leaves the
     * cell blank.
     *
     * @param address a cell of the report's edition
     * @param value its value, of the kind the edition gives the cell
     * @return this builder
     * @throws ReportShapeException if either is null; when the report is built, if the edition has
     *     no such cell or the value is of the wrong kind
     */
    public final AnnualReport.Builder putCell(CellAddress address, CellValue value) {
      if (address == null) {
        throw new ReportShapeException("cells key");
      }
      if (value == null) {
        throw new ReportShapeException("cells value for key: " + address);
      }
      if (draft == null) {
        draft = base == null ? new LinkedHashMap<>() : new LinkedHashMap<>(base);
        base = null;
        cellStore(CellStore.draft(draft));
      }
      draft.put(address, value);
      return (AnnualReport.Builder) this;
    }

    /**
     * Puts the value of one cell; see {@link #putCell(CellAddress, CellValue)}.
     *
     * @param entry the cell and its value
     * @return this builder
     * @throws ReportShapeException if the cell or its value is null
     */
    public final AnnualReport.Builder putCell(
        Map.Entry<? extends CellAddress, ? extends CellValue> entry) {
      return putCell(entry.getKey(), entry.getValue());
    }

    /**
     * Puts the values of many cells; see {@link #putCell(CellAddress, CellValue)}. Into a builder
     * given no cells yet, {@link ReportCells} of the report's edition are taken as they are.
     *
     * @param entries the cells and their values
     * @return this builder
     * @throws ReportShapeException if a cell or value is null
     */
    public final AnnualReport.Builder putAllCells(
        Map<? extends CellAddress, ? extends CellValue> entries) {
      if (base == null && draft == null && entries instanceof ReportCells) {
        // Nothing given yet: checked cells are taken as they are, as by cells(...).
        return cells(entries);
      }
      for (Map.Entry<? extends CellAddress, ? extends CellValue> e : entries.entrySet()) {
        putCell(e.getKey(), e.getValue());
      }
      return (AnnualReport.Builder) this;
    }

    /**
     * Replaces every cell given so far. {@link ReportCells} of the report's edition, such as
     * another report's {@link AbstractAnnualReport#cells()} or a reader's, are taken as they are:
     * no copy, no second check.
     *
     * @param entries the cells and their values
     * @return this builder
     * @throws ReportShapeException if a cell or value is null
     */
    public final AnnualReport.Builder cells(
        Map<? extends CellAddress, ? extends CellValue> entries) {
      draft = null;
      base = null;
      if (entries instanceof ReportCells c) {
        base = c;
        return cellStore(CellStore.of(c));
      }
      draft = new LinkedHashMap<>();
      cellStore(CellStore.draft(draft));
      return putAllCells(entries);
    }

    /**
     * Starts from the values of a report: its metadata, sections, cells, rows and extensions,
     * replacing every value given so far.
     *
     * @param instance the report
     * @return this builder
     */
    public final AnnualReport.Builder from(AnnualReport instance) {
      AnnualReport.Builder self = (AnnualReport.Builder) this;
      self.metadata(instance.metadata())
          .general(instance.general())
          .problems(instance.problems())
          .otherMatters(instance.otherMatters())
          .supplementaryRows(instance.supplementaryRows())
          .extensions(instance.extensions());
      return cells(instance.cells());
    }
  }
}
