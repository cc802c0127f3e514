package org.disclosurereport.model;

import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;

/**
 * Typed access to section 三, the matrix of applications received and handled: one {@link
 * ApplicantCounts} per row.
 *
 * <pre>{@code
 * report.applications().granted().naturalPerson()      // （一）予以公开 / 自然人
 * report.applications().row(ApplicationRows.WITHHELD_STATE_SECRET).total()
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApplicationsView {
  private final TableView table;

  ApplicationsView(AnnualReport report) {
    this.table = report.table(Tables.APPLICATIONS);
  }

  /**
   * Returns a row by key; see {@link ApplicationRows}.
   *
   * @param rowKey the row key
   * @return the row
   * @throws IllegalArgumentException if the edition has no such row
   */
  public ApplicantCounts row(String rowKey) {
    if (!table.spec().hasCell(rowKey, Applicants.TOTAL)) {
      throw new IllegalArgumentException("No row " + rowKey + " in table " + Tables.APPLICATIONS);
    }
    return new ApplicantCounts(table, rowKey);
  }

  /**
   * @return 一、本年新收政府信息公开申请数量
   */
  public ApplicantCounts newlyReceived() {
    return row(ApplicationRows.NEWLY_RECEIVED);
  }

  /**
   * @return 二、上年结转政府信息公开申请数量
   */
  public ApplicantCounts carriedOver() {
    return row(ApplicationRows.CARRIED_OVER);
  }

  /**
   * @return （一）予以公开
   */
  public ApplicantCounts granted() {
    return row(ApplicationRows.GRANTED);
  }

  /**
   * @return （二）部分公开
   */
  public ApplicantCounts partiallyGranted() {
    return row(ApplicationRows.PARTIALLY_GRANTED);
  }

  /**
   * @return （七）总计
   */
  public ApplicantCounts resultsTotal() {
    return row(ApplicationRows.RESULTS_TOTAL);
  }

  /**
   * @return 四、结转下年度继续办理
   */
  public ApplicantCounts carriedForward() {
    return row(ApplicationRows.CARRIED_FORWARD);
  }

  /** The seven counts of one row of section 三. This class is immutable and thread-safe. */
  public static final class ApplicantCounts {
    private final TableView table;
    private final String row;

    ApplicantCounts(TableView table, String row) {
      this.table = table;
      this.row = row;
    }

    /**
     * Returns a cell of the row by column key; see {@link Applicants}.
     *
     * @param column the column key
     * @return the value
     */
    public CellValue get(String column) {
      return table.cell(row, column);
    }

    /**
     * @return 自然人
     */
    public CellValue naturalPerson() {
      return get(Applicants.NATURAL_PERSON);
    }

    /**
     * @return 法人或其他组织 / 商业企业
     */
    public CellValue commercialEnterprise() {
      return get(Applicants.COMMERCIAL_ENTERPRISE);
    }

    /**
     * @return 法人或其他组织 / 科研机构
     */
    public CellValue researchInstitution() {
      return get(Applicants.RESEARCH_INSTITUTION);
    }

    /**
     * @return 法人或其他组织 / 社会公益组织
     */
    public CellValue socialWelfareOrganization() {
      return get(Applicants.SOCIAL_WELFARE_ORGANIZATION);
    }

    /**
     * @return 法人或其他组织 / 法律服务机构
     */
    public CellValue legalServiceAgency() {
      return get(Applicants.LEGAL_SERVICE_AGENCY);
    }

    /**
     * @return 法人或其他组织 / 其他
     */
    public CellValue otherOrganization() {
      return get(Applicants.OTHER_ORGANIZATION);
    }

    /**
     * @return 总计, as reported
     */
    public CellValue total() {
      return get(Applicants.TOTAL);
    }

    /**
     * Returns the total computed from the six applicant columns, whatever the report printed.
     *
     * @return the derived total, blank when all six are blank
     */
    public CellValue derivedTotal() {
      return table.report().derivedTotal(CellAddress.of(table.spec().key(), row, Applicants.TOTAL));
    }
  }
}
