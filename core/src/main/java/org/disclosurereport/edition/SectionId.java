package org.disclosurereport.edition;

/**
 * The six sections every annual report has, in both editions, in their printed order.
 *
 * <p>Headings and their variants are part of each edition's description ({@link SectionSpec}), not
 * of this enum.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SectionId {
  /** 一、总体情况: the overview, free text. */
  GENERAL("general"),
  /** 二、主动公开政府信息情况: the Article 20 tables. */
  PROACTIVE_DISCLOSURE("proactiveDisclosure"),
  /** 三、收到和处理政府信息公开申请情况: the applications matrix. */
  APPLICATIONS("applications"),
  /** 四、政府信息公开行政复议、行政诉讼情况: the review and litigation table. */
  REVIEW_AND_LITIGATION("reviewAndLitigation"),
  /** 五、存在的主要问题及改进情况: problems and improvements, free text. */
  PROBLEMS("problems"),
  /** 六、其他需要报告的事项: other matters, free text and the information-processing fees. */
  OTHER_MATTERS("otherMatters");

  private final String key;

  SectionId(String key) {
    this.key = key;
  }

  /**
   * Returns the stable key of the section, used in documents and JSON Pointers.
   *
   * @return the key, never null
   */
  public String key() {
    return key;
  }
}
