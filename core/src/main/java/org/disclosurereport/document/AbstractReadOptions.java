package org.disclosurereport.document;

import java.util.Optional;
import java.util.OptionalInt;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AbstractReportMetadata;
import org.immutables.value.Value;

/**
 * How a reader reads, whatever the format: the one options type every reader of the SDK takes
 * (canonical JSON and XML, published HTML pages and text, PDF and Word documents).
 *
 * <p>Two concerns are shared:
 *
 * <ul>
 *   <li><b>What to do with content the format does not describe</b>: {@link #strictness()}. The
 *       canonical forms can carry members no edition defines; the readers of published layouts keep
 *       a row they cannot place as a supplementary row whatever the strictness.
 *   <li><b>What to assume when the source does not say</b>: {@link #edition()}, {@link
 *       #defaultOrganName()} and {@link #defaultReportYear()}. A published page, text or document
 *       takes its organ and year from its title, and many have none; the reader then uses these
 *       (and says so in a finding), and otherwise produces no report, only findings, since the
 *       model cannot hold a report without them and a reader never invents them. A canonical
 *       document states its edition, organ and year itself, so the JSON and XML readers never
 *       assume them: a canonical document that lacks one is refused with a finding, whatever these
 *       say.
 * </ul>
 *
 * <p>How much input a reader accepts depends on the format and is set apart, by the limits type of
 * that format's reader ({@code Limits} of the JSON and XML readers, {@code LayoutLimits} of the
 * readers of pages and text, {@code DocumentLimits} of the PDF and Word reader).
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder().defaultOrganName("洛宁县人民政府").defaultReportYear(2020).build();
 * }</pre>
 *
 * <p>{@link #defaults()} is strict and assumes nothing. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractReadOptions {
  /**
   * Returns what a reader of a canonical form does with members the form does not describe.
   *
   * @return the strictness, {@link Strictness#STRICT} unless set
   */
  @Value.Default
  public Strictness strictness() {
    return Strictness.STRICT;
  }

  /**
   * Returns the edition to read a published layout with, overriding detection from the table
   * labels. Leave empty to detect it (the normal case: real reports use the 2019 tables for later
   * years too).
   *
   * @return the edition
   */
  public abstract Optional<Edition> edition();

  /**
   * Returns the organ's name to use when a published layout prints none.
   *
   * @return the name, never blank
   */
  public abstract Optional<String> defaultOrganName();

  /**
   * Returns the report year to use when a published layout prints none.
   *
   * @return the year, {@value org.disclosurereport.model.AbstractReportMetadata#FIRST_REPORT_YEAR}
   *     to {@value org.disclosurereport.model.AbstractReportMetadata#LAST_REPORT_YEAR}
   */
  public abstract OptionalInt defaultReportYear();

  /**
   * Returns strict options that assume nothing.
   *
   * @return the default options
   */
  public static ReadOptions defaults() {
    return Defaults.STRICT;
  }

  /**
   * Returns options that assume nothing and keep unknown members of a canonical form as extensions
   * ({@link Strictness#LENIENT}).
   *
   * @return the options
   */
  public static ReadOptions lenient() {
    return Defaults.LENIENT;
  }

  /**
   * Returns options of a strictness that assume nothing.
   *
   * @param strictness the strictness
   * @return the options
   */
  public static ReadOptions of(Strictness strictness) {
    return strictness == Strictness.STRICT ? Defaults.STRICT : Defaults.LENIENT;
  }

  /** Refuses a year out of range and a blank organ name, naming the option. */
  @Value.Check
  protected void check() {
    defaultReportYear()
        .ifPresent(
            y -> {
              if (y < AbstractReportMetadata.FIRST_REPORT_YEAR
                  || y > AbstractReportMetadata.LAST_REPORT_YEAR) {
                throw new IllegalArgumentException(
                    "Invalid value for defaultReportYear (valid values "
                        + AbstractReportMetadata.FIRST_REPORT_YEAR
                        + " to "
                        + AbstractReportMetadata.LAST_REPORT_YEAR
                        + "): "
                        + y);
              }
            });
    defaultOrganName()
        .filter(String::isBlank)
        .ifPresent(
            n -> {
              throw new IllegalArgumentException(
                  "Invalid value for defaultOrganName (must not be blank): '" + n + "'");
            });
  }

  /** The shared instances, built once the generated class is initialised. */
  private static final class Defaults {
    static final ReadOptions STRICT = ReadOptions.builder().build();
    static final ReadOptions LENIENT = ReadOptions.builder().strictness(Strictness.LENIENT).build();

    private Defaults() {}
  }
}
