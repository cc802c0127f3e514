package org.disclosurereport.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.disclosurereport.edition.Edition;
import org.immutables.value.Value;

/**
 * Who reports, for which year, in which edition of the format.
 *
 * <p>Use the generated {@code ReportMetadata.builder()}. Only the edition is required. A complete
 * report names its organ and its report year, but a report read from a published page whose title
 * names neither is still a report: its figures are read, and the missing name or year is an ERROR
 * finding ({@code DR-V001}) rather than a report thrown away. The codes and dates that many
 * published pages carry are optional.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractReportMetadata {

  /**
   * Only the generated {@link ReportMetadata} extends this type: build a value with {@code
   * ReportMetadata.builder()}.
   */
  AbstractReportMetadata() {}

  /** The first report year of the national format. */
  public static final int FIRST_REPORT_YEAR = 2019;

  /** The last report year accepted. */
  public static final int LAST_REPORT_YEAR = 2999;

  /**
   * Returns the name of the reporting organ, for example {@code 洛宁县人民政府}.
   *
   * @return the organ's name, never blank; empty when the source does not name the organ, which
   *     makes the report incomplete
   */
  public abstract Optional<String> organName();

  /**
   * Returns the edition of the format the report uses.
   *
   * @return the edition
   */
  public abstract Edition edition();

  /**
   * Returns the year reported on (not the year of publication).
   *
   * @return the report year, {@value #FIRST_REPORT_YEAR} to {@value #LAST_REPORT_YEAR}; empty when
   *     the source does not state it, which makes the report incomplete
   */
  public abstract OptionalInt reportYear();

  /**
   * Returns the title as published, for example {@code 洛宁县人民政府2020年政府信息公开工作年度报告}.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * Returns the organ's level.
   *
   * @return the level
   */
  public abstract Optional<OrganLevel> organLevel();

  /**
   * Returns the kind of organ.
   *
   * @return the kind
   */
  public abstract Optional<OrganKind> organKind();

  /**
   * Returns the organ's unified social credit code (统一社会信用代码), as published.
   *
   * @return the code
   */
  public abstract Optional<String> creditCode();

  /**
   * Returns the administrative division code (行政区划代码), as published.
   *
   * @return the code
   */
  public abstract Optional<String> divisionCode();

  /**
   * Returns the index number (索引号) of the published page, an opaque string.
   *
   * @return the index number
   */
  public abstract Optional<String> indexNumber();

  /**
   * Returns the publication date (发布日期).
   *
   * @return the date
   */
  public abstract Optional<LocalDate> publicationDate();

  @Value.Check
  protected void check() {
    if (organName().isPresent() && organName().get().isBlank()) {
      throw new ReportShapeException(ReportShapeException.Code.BLANK_TEXT, "metadata.organName");
    }
    if (reportYear().isEmpty()) {
      return;
    }
    int year = reportYear().getAsInt();
    if (year < FIRST_REPORT_YEAR || year > LAST_REPORT_YEAR) {
      throw new ReportShapeException(
          ReportShapeException.Code.REPORT_YEAR,
          "metadata.reportYear",
          String.valueOf(year),
          String.valueOf(FIRST_REPORT_YEAR),
          String.valueOf(LAST_REPORT_YEAR));
    }
  }
}
