package org.disclosurereport.layout.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.OrganKind;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.ReportMetadata;

/**
 * A report's metadata in machine-readable form, as the HTML renderer writes it in {@code <meta
 * name="disclosure-report:…" content="…">} elements: every field, exactly, so that reading a
 * rendered page back never depends on what its title happens to say. The reader prefers these
 * fields over the title and the printed lines whenever they are present and well-formed.
 *
 * <p>Names are written once, here. This class is stateless and thread-safe.
 */
public final class DeclaredMetadata {
  /** The prefix of every {@code <meta>} name. */
  public static final String PREFIX = "disclosure-report:";

  static final String ORGAN_NAME = "organ-name";
  static final String REPORT_YEAR = "report-year";
  static final String EDITION = "edition";
  static final String TITLE = "title";
  static final String ORGAN_LEVEL = "organ-level";
  static final String ORGAN_KIND = "organ-kind";
  static final String CREDIT_CODE = "credit-code";
  static final String DIVISION_CODE = "division-code";
  static final String INDEX_NUMBER = "index-number";
  static final String PUBLICATION_DATE = "publication-date";

  private DeclaredMetadata() {}

  /**
   * Returns the fields of a report's metadata, by name without the prefix, in a fixed order.
   *
   * @param meta the metadata
   * @return name to value
   */
  public static Map<String, String> fields(ReportMetadata meta) {
    Map<String, String> f = new LinkedHashMap<>();
    meta.organName().ifPresent(v -> f.put(ORGAN_NAME, v));
    meta.reportYear().ifPresent(v -> f.put(REPORT_YEAR, String.valueOf(v)));
    f.put(EDITION, meta.edition().id());
    meta.title().ifPresent(v -> f.put(TITLE, v));
    meta.organLevel().ifPresent(v -> f.put(ORGAN_LEVEL, v.name()));
    meta.organKind().ifPresent(v -> f.put(ORGAN_KIND, v.name()));
    meta.creditCode().ifPresent(v -> f.put(CREDIT_CODE, v));
    meta.divisionCode().ifPresent(v -> f.put(DIVISION_CODE, v));
    meta.indexNumber().ifPresent(v -> f.put(INDEX_NUMBER, v));
    meta.publicationDate().ifPresent(v -> f.put(PUBLICATION_DATE, v.toString()));
    return f;
  }

  /**
   * The fields read back from a page; each accessor is empty when the field is absent or not
   * well-formed.
   *
   * @param fields name (without the prefix) to value, as found
   */
  public record Read(Map<String, String> fields) {
    /** Copies the map. */
    public Read {
      fields = Map.copyOf(fields);
    }

    /**
     * @return whether the page declares its metadata at all (it names the organ, or its edition,
     *     which a page that declares any metadata always does)
     */
    public boolean declared() {
      return organName().isPresent() || fields.containsKey(EDITION);
    }

    /**
     * @return the organ's name
     */
    public Optional<String> organName() {
      return Optional.ofNullable(fields.get(ORGAN_NAME)).filter(s -> !s.isBlank());
    }

    /**
     * @return the report year
     */
    public Optional<Integer> reportYear() {
      try {
        return Optional.ofNullable(fields.get(REPORT_YEAR))
            .map(String::strip)
            .map(Integer::valueOf);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }

    /**
     * @return the edition
     */
    public Optional<Edition> edition() {
      return Optional.ofNullable(fields.get(EDITION)).flatMap(Edition::fromId);
    }

    /**
     * @return the title
     */
    public Optional<String> title() {
      return Optional.ofNullable(fields.get(TITLE));
    }

    /**
     * @return the organ's level
     */
    public Optional<OrganLevel> organLevel() {
      return constant(OrganLevel.class, fields.get(ORGAN_LEVEL));
    }

    /**
     * @return the organ's kind
     */
    public Optional<OrganKind> organKind() {
      return constant(OrganKind.class, fields.get(ORGAN_KIND));
    }

    /**
     * @return the credit code
     */
    public Optional<String> creditCode() {
      return Optional.ofNullable(fields.get(CREDIT_CODE));
    }

    /**
     * @return the division code
     */
    public Optional<String> divisionCode() {
      return Optional.ofNullable(fields.get(DIVISION_CODE));
    }

    /**
     * @return the index number
     */
    public Optional<String> indexNumber() {
      return Optional.ofNullable(fields.get(INDEX_NUMBER));
    }

    /**
     * @return the publication date
     */
    public Optional<LocalDate> publicationDate() {
      try {
        return Optional.ofNullable(fields.get(PUBLICATION_DATE)).map(LocalDate::parse);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
      if (value == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }
}
