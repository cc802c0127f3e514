package org.disclosurereport.testkit;

import java.util.Optional;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.ReportMetadata;
import org.immutables.value.Value;

/**
 * What the generators make: which edition, which years, how large the numbers, how many blank
 * cells, which organ level, how much text.
 *
 * <pre>{@code
 * GeneratorConfig config = GeneratorConfig.builder()
 *     .edition(Edition.V2019)
 *     .maxCount(20)
 *     .blankPercent(10)
 *     .build();
 * }</pre>
 *
 * <p>Building checks every limit and names the one at fault: "Invalid value for maxCount (valid
 * values 0 - 1000000000): -1". Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractGeneratorConfig {
  /** The largest {@link #maxCount()} accepted, so that no derived total can overflow a cell. */
  public static final long MAX_COUNT_LIMIT = 1_000_000_000L;

  /** The largest {@link #maxTextLength()} accepted. */
  public static final int MAX_TEXT_LIMIT = 100_000;

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
   * Returns the edition of the generated reports.
   *
   * @return the edition
   */
  public abstract Edition edition();

  /**
   * Returns the first report year generated. Defaults to the first year the edition was issued
   * for.
   *
   * @return the first year, at least {@value ReportMetadata#FIRST_REPORT_YEAR}
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
   * Returns the largest count drawn for a cell that is not derived from others (a leaf). Totals
   * are sums of leaves and may be larger. Zero gives reports whose every count is zero.
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
   * Returns the largest length, in characters, of the text drawn for each text section; the text
   * always has at least one sentence unless this is 0.
   *
   * @return the largest length, 0 to {@value #MAX_TEXT_LIMIT}; default 200
   */
  @Value.Default
  public int maxTextLength() {
    return 200;
  }

  @Value.Check
  protected void check() {
    range("firstYear", firstYear(), ReportMetadata.FIRST_REPORT_YEAR, ReportMetadata.LAST_REPORT_YEAR);
    range("lastYear", lastYear(), firstYear(), ReportMetadata.LAST_REPORT_YEAR);
    range("maxCount", maxCount(), 0, Math.min(MAX_COUNT_LIMIT, CellValue.MAX_WHOLE));
    range("blankPercent", blankPercent(), 0, 100);
    range("maxTextLength", maxTextLength(), 0, MAX_TEXT_LIMIT);
  }

  private static void range(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "Invalid value for " + name + " (valid values " + min + " - " + max + "): " + value);
    }
  }
}
