package org.disclosurereport.testkit;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.ReportMetadata;
import org.immutables.value.Value;

/**
 * What the generators make: which edition, which years, how large the numbers, how many blank
 * cells, which organ level, how much text, and how varied the rest of the report is.
 *
 * <pre>{@code
 * GeneratorConfig config = GeneratorConfig.builder()
 *     .edition(Edition.V2019)
 *     .maxCount(20)
 *     .blankPercent(10)
 *     .build();
 * }</pre>
 *
 * <p>The settings of variety (amount scales and units, optional metadata, sub-headings, paragraphs,
 * special characters, fees, supplementary rows) default to what the generators did before they
 * existed: amounts with two decimals, the organ's level and kind and a publication date, one
 * paragraph of plain sentences per text section, a fee statement, no supplementary row. {@link
 * #varied(Edition)} turns every one of them on. Whatever the settings, a report is consistent:
 * every sum relation of its edition holds, and its fee statement breaks no fee rule. Each choice
 * they add is drawn from the {@link Entropy} like every other, so shrinking goes towards the
 * defaults: a report without sub-headings, supplementary rows or optional metadata.
 *
 * <p>Building checks every limit and names the one at fault: "Invalid value for maxCount (valid
 * values 0 - 1000000000): -1". Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractGeneratorConfig {
  /** Only the value type generated from it extends it. */
  AbstractGeneratorConfig() {}

  /** The largest {@link #maxCount()} accepted, so that no derived total can overflow a cell. */
  public static final long MAX_COUNT_LIMIT = 1_000_000_000L;

  /** The largest {@link #maxTextLength()} accepted. */
  public static final int MAX_TEXT_LIMIT = 100_000;

  /** The largest {@link #maxParagraphs()} accepted. */
  public static final int MAX_PARAGRAPHS_LIMIT = 20;

  /**
   * Returns a configuration with every default for an edition.
   *
   * @param edition the edition of the reports to generate
   * @return the configuration
   */
  public static GeneratorConfig of(Edition edition) {
    return GeneratorConfig.builder().edition(edition).build();
  }

  /**
   * Returns a configuration with every kind of variety on, at rates that make each kind common in a
   * few hundred reports: amounts with 0 to 4 decimals, a third of the amounts in a column that
   * declares no unit without a unit, every optional metadata field half of the time, sub-headings
   * in half of the text sections, up to three paragraphs, special characters after one sentence in
   * ten, a fee statement half of the time, a supplementary row in one table of section 二 in five,
   * and one blank in ten of the cells that may be blank.
   *
   * <p>Adjust it with the generated {@code with*} methods, for example {@code
   * GeneratorConfig.varied(edition).withSpecialCharacterPercent(0)} for a format that normalises
   * white space.
   *
   * @param edition the edition of the reports to generate
   * @return the configuration
   */
  public static GeneratorConfig varied(Edition edition) {
    GeneratorConfig.Builder b =
        GeneratorConfig.builder()
            .edition(edition)
            .blankPercent(10)
            .minAmountScale(0)
            .maxAmountScale(4)
            .unstatedUnitPercent(33)
            .headingPercent(50)
            .maxParagraphs(3)
            .specialCharacterPercent(10)
            .feesPercent(50)
            .supplementaryRowPercent(20);
    for (MetadataField field : MetadataField.values()) {
      b.putMetadataPercents(field, 50);
    }
    return b.build();
  }

  /**
   * Returns the edition of the generated reports.
   *
   * @return the edition
   */
  public abstract Edition edition();

  /**
   * Returns the first report year generated. Defaults to the first year the edition was issued for.
   *
   * @return the first year, at least {@value
   *     org.disclosurereport.model.ReportMetadata#FIRST_REPORT_YEAR}
   */
  @Value.Default
  public int firstYear() {
    return edition().firstYear();
  }

  /**
   * Returns the last report year generated. Defaults to the last year the edition was issued for,
   * and to nine years after its first for the edition in force.
   *
   * @return the last year, at least {@link #firstYear()}
   */
  @Value.Default
  public int lastYear() {
    return (int) Math.min(edition().lastYear(), (long) edition().firstYear() + 9);
  }

  /**
   * Returns the largest count drawn for a cell that is not derived from others (a leaf). Totals are
   * sums of leaves and may be larger. Zero gives reports whose every count is zero.
   *
   * @return the largest leaf count, 0 to {@value #MAX_COUNT_LIMIT}; default 30
   */
  @Value.Default
  public long maxCount() {
    return 30;
  }

  /**
   * Returns how often, in percent, a cell whose value is zero is left blank. Blanks are drawn so
   * that every identity still holds when blanks count as zero. Default 0: no blank cells.
   *
   * @return the percentage, 0 to 100
   */
  @Value.Default
  public int blankPercent() {
    return 0;
  }

  /**
   * Returns the level of the reporting organ; empty to draw one.
   *
   * @return the organ level
   */
  public abstract Optional<OrganLevel> organLevel();

  /**
   * Returns the largest length, in characters, of the text drawn for each text section: the bodies
   * of its blocks together, paragraph breaks included, sub-headings not counted. The text always
   * has at least one sentence unless this is 0; with sub-headings or paragraphs the length is
   * shared among them, so a section has no more blocks and paragraphs than it allows.
   *
   * @return the largest length, 0 to {@value #MAX_TEXT_LIMIT}; default 200
   */
  @Value.Default
  public int maxTextLength() {
    return 200;
  }

  /**
   * Returns the fewest decimal places of an amount of money (the 2019 edition's {@code 采购总金额}, the
   * 2021 edition's {@code 本年收费金额}, the fees of section 六). Each amount's scale is drawn between
   * this and {@link #maxAmountScale()}; {@code 1.50} keeps its two decimals.
   *
   * @return the fewest decimals, 0 to {@link #maxAmountScale()}; default 2
   */
  @Value.Default
  public int minAmountScale() {
    return 2;
  }

  /**
   * Returns the most decimal places of an amount of money.
   *
   * @return the most decimals, {@link #minAmountScale()} to {@value
   *     org.disclosurereport.model.CellValue#MAX_AMOUNT_SCALE}; default 2
   */
  @Value.Default
  public int maxAmountScale() {
    return 2;
  }

  /**
   * Returns how often, in percent, an amount in a column whose label declares no unit (the 2019
   * edition's {@code 采购总金额}) and a fee statement are given as a bare number, {@link
   * org.disclosurereport.edition.MoneyUnit#UNSTATED}; otherwise they are in 元 or 万元, half each. An
   * amount in a column that declares its unit always has that unit.
   *
   * @return the percentage, 0 to 100; default 0
   */
  @Value.Default
  public int unstatedUnitPercent() {
    return 0;
  }

  /**
   * Returns how often, in percent, each optional metadata field is filled, by field. A field not in
   * the map has its {@link MetadataField#defaultPercent() default}; use {@link
   * #metadataPercent(MetadataField)} to read the value in force.
   *
   * @return the percentages set, each 0 to 100
   */
  public abstract Map<MetadataField, Integer> metadataPercents();

  /**
   * Returns how often, in percent, a metadata field is filled.
   *
   * @param field the field
   * @return the percentage set for it, or its default
   */
  public final int metadataPercent(MetadataField field) {
    return metadataPercents().getOrDefault(field, field.defaultPercent());
  }

  /**
   * Returns a copy with one metadata field filled at another rate, the others as they are.
   *
   * @param field the field
   * @param percent how often it is filled, 0 to 100
   * @return the configuration
   * @throws IllegalArgumentException if the percentage is outside {@code [0, 100]}
   */
  public final GeneratorConfig withMetadataPercent(MetadataField field, int percent) {
    Map<MetadataField, Integer> percents = new EnumMap<>(MetadataField.class);
    percents.putAll(metadataPercents());
    percents.put(field, percent);
    return GeneratorConfig.copyOf(this).withMetadataPercents(percents);
  }

  /**
   * Returns how often, in percent, a text section (一, 五 and the text of 六) is divided by
   * sub-headings: one to three blocks headed {@code （一）…}, {@code （二）…} in order, after an opening
   * block without heading half of the time. Otherwise the section is one block without heading.
   *
   * @return the percentage, 0 to 100; default 0
   */
  @Value.Default
  public int headingPercent() {
    return 0;
  }

  /**
   * Returns the most paragraphs of a block of text; paragraphs are separated by {@code \n}, and
   * their number is drawn from 1 to this.
   *
   * @return the most paragraphs, 1 to {@value #MAX_PARAGRAPHS_LIMIT}; default 1
   */
  @Value.Default
  public int maxParagraphs() {
    return 1;
  }

  /**
   * Returns how often, in percent, a sentence of text is followed by characters that JSON, XML or
   * HTML must escape or that white-space handling may lose: {@code < > & " ' \}, an entity such as
   * {@code &amp;}, {@code ]]>}, a tab or a carriage return. For formats that keep text exactly;
   * leave at 0 for one that normalises it.
   *
   * @return the percentage, 0 to 100; default 0
   */
  @Value.Default
  public int specialCharacterPercent() {
    return 0;
  }

  /**
   * Returns how often, in percent, section 六 has a fee statement. A statement is consistent: no
   * amount without a notice issued, and the amount collected, in the unit of the amount notified,
   * is not larger.
   *
   * @return the percentage, 0 to 100; default 100
   */
  @Value.Default
  public int feesPercent() {
    return 100;
  }

  /**
   * Returns how often, in percent, each table of section 二 gets a row the national format does not
   * have, such as a province's {@code 其他主动公开文件} under {@code 第二十条第（一）项}, with raw cell texts as
   * printed ({@code 186}, {@code +3}, {@code 12.50万元}) under some of the table's columns.
   * Supplementary rows are in the order of their tables.
   *
   * @return the percentage, 0 to 100; default 0
   */
  @Value.Default
  public int supplementaryRowPercent() {
    return 0;
  }

  @Value.Check
  protected void check() {
    range(
        "firstYear",
        firstYear(),
        ReportMetadata.FIRST_REPORT_YEAR,
        ReportMetadata.LAST_REPORT_YEAR);
    range("lastYear", lastYear(), firstYear(), ReportMetadata.LAST_REPORT_YEAR);
    range("maxCount", maxCount(), 0, Math.min(MAX_COUNT_LIMIT, CellValue.MAX_WHOLE));
    range("blankPercent", blankPercent(), 0, 100);
    range("maxTextLength", maxTextLength(), 0, MAX_TEXT_LIMIT);
    range("minAmountScale", minAmountScale(), 0, CellValue.MAX_AMOUNT_SCALE);
    range("maxAmountScale", maxAmountScale(), minAmountScale(), CellValue.MAX_AMOUNT_SCALE);
    range("unstatedUnitPercent", unstatedUnitPercent(), 0, 100);
    metadataPercents()
        .forEach(
            (field, percent) -> range("metadataPercents[" + field.key() + "]", percent, 0, 100));
    range("headingPercent", headingPercent(), 0, 100);
    range("maxParagraphs", maxParagraphs(), 1, MAX_PARAGRAPHS_LIMIT);
    range("specialCharacterPercent", specialCharacterPercent(), 0, 100);
    range("feesPercent", feesPercent(), 0, 100);
    range("supplementaryRowPercent", supplementaryRowPercent(), 0, 100);
  }

  private static void range(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "Invalid value for " + name + " (valid values " + min + " - " + max + "): " + value);
    }
  }
}
