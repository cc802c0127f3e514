package org.disclosurereport.testkit;

/**
 * The optional fields of a report's metadata, for {@link
 * GeneratorConfig#metadataPercent(MetadataField)}: how often the generators fill each one.
 *
 * <p>The organ's name, the edition and the report year are always there; every other field may be
 * absent from a real report's page. By default a generated report has the organ's level and kind
 * and a publication date, and none of the others, as before these settings existed.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MetadataField {
  /**
   * The title, named for the organ and the year in one of the usual forms: {@code
   * <机关名称><年份>年政府信息公开工作年度报告}, {@code <机关名称><年份>年度政府信息公开工作年度报告} or {@code <年份>年度<机关名称>政府信息公开工作年度报告}.
   */
  TITLE("title", 0),
  /** The organ's level; the name of the organ follows its level whether or not it is given. */
  ORGAN_LEVEL("organLevel", 100),
  /** The kind of organ. */
  ORGAN_KIND("organKind", 100),
  /**
   * The unified social credit code: 18 characters, {@code 11} (an organ) and the division code
   * followed by an organisation code and a valid check character. Drawn once per organ, so both
   * reports of a pair have the same code or none.
   */
  CREDIT_CODE("creditCode", 0),
  /** The administrative division code: six digits that follow the organ's level. Once per organ. */
  DIVISION_CODE("divisionCode", 0),
  /**
   * The index number of the published page, in one of the forms publishing systems print: {@code
   * <organisation code>/<year>-<sequence>} or {@code <credit code>/<yyyymm>-<sequence>}.
   */
  INDEX_NUMBER("indexNumber", 0),
  /** The publication date, in January of the year after the report year. */
  PUBLICATION_DATE("publicationDate", 100);

  private final String key;
  private final int defaultPercent;

  MetadataField(String key, int defaultPercent) {
    this.key = key;
    this.defaultPercent = defaultPercent;
  }

  /**
   * Returns the name of the field in the canonical JSON form ({@code /metadata/<key>}).
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns how often the field is filled when the configuration does not say.
   *
   * @return the percentage, 0 or 100
   */
  public int defaultPercent() {
    return defaultPercent;
  }
}
