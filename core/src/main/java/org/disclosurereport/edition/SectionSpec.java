package org.disclosurereport.edition;

import java.util.List;
import java.util.Objects;

/**
 * One of the six sections of an edition: its number, official heading and tables.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the section
 * @param number the Chinese ordinal printed before the heading, for example {@code 三}
 * @param heading the heading as most commonly printed, without its number
 * @param englishName a short English name
 * @param headingVariants other headings real reports print for this section, for readers
 * @param tableKeys the keys of the section's tables, in printed order; empty for text sections
 */
public record SectionSpec(
    SectionId id,
    String number,
    String heading,
    String englishName,
    List<String> headingVariants,
    List<String> tableKeys) {

  /** Creates a section description; lists are copied. */
  public SectionSpec {
    Objects.requireNonNull(id);
    Objects.requireNonNull(number);
    Objects.requireNonNull(heading);
    Objects.requireNonNull(englishName);
    headingVariants = List.copyOf(headingVariants);
    tableKeys = List.copyOf(tableKeys);
  }

  /**
   * Returns the heading with its number, as printed: {@code 三、收到和处理政府信息公开申请情况}.
   *
   * @return the numbered heading
   */
  public String numberedHeading() {
    return number + "、" + heading;
  }

  /**
   * Whether the section holds tables (section 二, 三, 四) rather than free text.
   *
   * @return true for a table section
   */
  public boolean hasTables() {
    return !tableKeys.isEmpty();
  }
}
