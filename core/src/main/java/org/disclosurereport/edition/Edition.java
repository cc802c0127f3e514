package org.disclosurereport.edition;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two editions of the national annual-report format.
 *
 * <p>The edition decides which tables, rows and columns a report has. It is a property of the
 * report as published, not of its year: real organs kept using the 2019 tables for report years
 * 2021 and later, so readers detect the edition from table labels and validators only warn about
 * such use.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Edition {
  /**
   * The trial format 《中华人民共和国政府信息公开工作年度报告格式（试行）》 of 国办公开办函〔2019〕60号, used for report years 2019 and
   * 2020.
   */
  V2019("2019", 2019, 2020),
  /**
   * The revised format 《中华人民共和国政府信息公开工作年度报告格式》 of 国办公开办函〔2021〕30号, used from report year 2021 on.
   */
  V2021("2021", 2021, Integer.MAX_VALUE);

  private final String id;
  private final int firstYear;
  private final int lastYear;

  Edition(String id, int firstYear, int lastYear) {
    this.id = id;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /**
   * Returns the stable identifier used in documents, for example {@code "2019"}.
   *
   * @return the identifier, never null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the first report year this edition was issued for.
   *
   * @return the first year
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * Returns the last report year this edition was issued for ({@link Integer#MAX_VALUE} while it is
   * current).
   *
   * @return the last year
   */
  public int lastYear() {
    return lastYear;
  }

  /**
   * Whether the national format prescribes this edition for the given report year.
   *
   * @param reportYear the report year
   * @return true when the year lies in this edition's range
   */
  public boolean prescribedFor(int reportYear) {
    return reportYear >= firstYear && reportYear <= lastYear;
  }

  /**
   * Returns the edition the national format prescribes for a report year.
   *
   * @param reportYear the report year, 2019 or later
   * @return the prescribed edition
   * @throws IllegalArgumentException if the year is before 2019, when neither edition existed
   */
  public static Edition forReportYear(int reportYear) {
    return Arrays.stream(values())
        .filter(e -> e.prescribedFor(reportYear))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Invalid report year (valid values 2019 or later): " + reportYear));
  }

  /**
   * Looks an edition up by its identifier.
   *
   * @param id the identifier, for example {@code "2021"}
   * @return the edition, or empty when the identifier is unknown
   */
  public static Optional<Edition> fromId(String id) {
    return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
  }

  /**
   * Returns the description of this edition.
   *
   * @return the description, never null
   */
  public EditionSpec spec() {
    return EditionDescriptions.of(this);
  }
}
