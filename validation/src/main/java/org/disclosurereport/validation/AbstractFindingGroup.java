package org.disclosurereport.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.immutables.value.Value;

/**
 * Findings of one rule and severity that share a pattern in one table: the same column over many
 * rows, a whole row, or a whole table. A group summarises its members in one message ("总计 column
 * blank on 19 rows of table 三: （一）予以公开 … 四、结转下年度继续办理"); the members stay available, unchanged, for
 * those who want every finding.
 *
 * <p>Groups are made by {@link FindingGroups}. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractFindingGroup {
  /** Only the value type generated from it extends it. */
  AbstractFindingGroup() {}

  /**
   * @return the rule id all members share
   */
  public abstract String ruleId();

  /**
   * @return the severity all members share
   */
  public abstract Severity severity();

  /**
   * @return the shape of the group
   */
  public abstract GroupPattern pattern();

  /**
   * @return the section of the table
   */
  public abstract SectionId section();

  /**
   * @return the table key
   */
  public abstract String table();

  /**
   * @return the row key, for a {@link GroupPattern#ROW} group
   */
  public abstract Optional<String> row();

  /**
   * @return the column key, for a {@link GroupPattern#COLUMN} group
   */
  public abstract Optional<String> column();

  /**
   * Returns the official labels of the row or column the group runs along, or of the table's
   * section for a {@link GroupPattern#TABLE} group.
   *
   * @return the labels
   */
  public abstract String labels();

  /**
   * @return the summary in Chinese (zh-CN)
   */
  public abstract String messageZh();

  /**
   * @return the summary in English
   */
  public abstract String messageEn();

  /**
   * @return the member findings, in the order they were found
   */
  public abstract List<Finding> members();

  /**
   * @return how many findings the group holds
   */
  @Value.Derived
  public int count() {
    return members().size();
  }

  /**
   * Returns the summary in the given locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the locale
   * @return the summary
   */
  public String message(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? messageZh() : messageEn();
  }

  @Value.Check
  protected void check() {
    if (members().size() < 2) {
      throw new IllegalArgumentException(
          "Invalid member count of a finding group (valid values 2 or more): " + members().size());
    }
  }
}
