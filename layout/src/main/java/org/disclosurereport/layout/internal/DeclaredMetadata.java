package org.disclosurereport.layout.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.MessageRenderer;
import org.disclosurereport.layout.ReaderRule;
import org.disclosurereport.model.OrganKind;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.ReportMetadata;

/**
 * A report's metadata in machine-readable form: every field, exactly, so that reading a rendered
 * report back never depends on what its title happens to say. The HTML renderer writes the fields
 * in {@code <meta name="disclosure-report:…" content="…">} elements; the text renderer writes them
 * as a block of {@code 标签：值} lines under the title, one per field, which a person reads as the
 * report's particulars. The readers prefer these fields over the title and the printed lines
 * whenever they are present and well-formed.
 *
 * <p>Names are written once, here; the labels of the text block are data of the readers' message
 * bundle (keys {@code metadata.<name>}, and {@code metadata.<name>.<CONSTANT>} for the organ's
 * level and kind, printed by their Chinese names). This class is stateless and thread-safe.
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

  /** The fields in the order they are written. */
  private static final List<String> NAMES =
      List.of(
          ORGAN_NAME,
          REPORT_YEAR,
          EDITION,
          TITLE,
          ORGAN_LEVEL,
          ORGAN_KIND,
          CREDIT_CODE,
          DIVISION_CODE,
          INDEX_NUMBER,
          PUBLICATION_DATE);

  /** Field name by its printed label, for reading the text block. */
  private static final Map<String, String> BY_LABEL = byLabel();

  /** What separates a label from its value in the text block. */
  private static final char SEPARATOR = '：';

  /** How many lines at the head of a text are looked at for the block. */
  private static final int MAX_HEAD_LINES = 64;

  /** The fields whose values are constants, printed by their labels. */
  private static final Map<String, Class<? extends Enum<?>>> ENUMS =
      Map.of(ORGAN_LEVEL, OrganLevel.class, ORGAN_KIND, OrganKind.class);

  private DeclaredMetadata() {}

  /** For each field whose values are constants, the constant's name by its printed label. */
  private static final Map<String, Map<String, String>> CONSTANTS = constantsByLabel();

  /** The constant a printed label names, or the text as it is when it names none. */
  private static String constantNamed(String field, String printed) {
    return CONSTANTS.get(field).getOrDefault(printed, printed);
  }

  private static Map<String, Map<String, String>> constantsByLabel() {
    Map<String, Map<String, String>> m = new HashMap<>();
    ENUMS.forEach(
        (field, type) -> {
          Map<String, String> byLabel = new HashMap<>();
          for (Enum<?> c : type.getEnumConstants()) {
            byLabel.putIfAbsent(label(field + "." + c.name()), c.name()); // the first, as before
          }
          m.put(field, Map.copyOf(byLabel));
        });
    return Map.copyOf(m);
  }

  private static Map<String, String> byLabel() {
    Map<String, String> m = new HashMap<>();
    for (String name : NAMES) {
      m.put(label(name), name);
    }
    return Map.copyOf(m);
  }

  /**
   * Returns the Chinese label a text prints for a field.
   *
   * @param name the field name, without the prefix
   * @return the label
   */
  static String label(String name) {
    return MessageRenderer.pattern(ReaderRule.BUNDLE, "metadata." + name, Locale.CHINESE);
  }

  /**
   * Returns the lines of the text block: one {@code 标签：值} line per field the metadata has.
   *
   * @param meta the metadata
   * @return the lines, without line breaks
   */
  public static List<String> textLines(ReportMetadata meta) {
    List<String> lines = new ArrayList<>();
    fields(meta)
        .forEach(
            (name, value) ->
                lines.add(
                    label(name)
                        + SEPARATOR
                        + (ENUMS.containsKey(name) ? label(name + "." + value) : value)));
    return lines;
  }

  /**
   * Finds the text block among the first lines of a text: the first run of consecutive {@code 标签：值}
   * lines with known labels that names the organ, the year and the edition: a run that does not is
   * text of the report, not a block a renderer wrote. Values are taken exactly as printed.
   *
   * @param text the text
   * @return the fields found, empty when the text has no block
   */
  public static Read readText(String text) {
    Map<String, String> found = new HashMap<>();
    Set<String> used = new HashSet<>();
    int start = 0;
    for (int i = 0; i < MAX_HEAD_LINES && start <= text.length(); i++) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String line = text.substring(start, end);
      start = end < text.length() && text.startsWith("\r\n", end) ? end + 2 : end + 1;
      int colon = line.indexOf(SEPARATOR);
      String name = colon < 0 ? null : BY_LABEL.get(line.substring(0, colon));
      if (name != null) {
        String value = line.substring(colon + 1);
        found.putIfAbsent(name, ENUMS.containsKey(name) ? constantNamed(name, value) : value);
        used.add(line.strip());
      } else if (!found.isEmpty()) {
        if (complete(found)) {
          break;
        }
        found.clear();
        used.clear();
      }
    }
    return complete(found) ? new Read(found, used) : new Read(Map.of());
  }

  private static boolean complete(Map<String, String> found) {
    return found.containsKey(ORGAN_NAME)
        && found.containsKey(REPORT_YEAR)
        && found.containsKey(EDITION);
  }

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
   * @param lines the lines of a text that gave the fields, stripped; empty for a page
   */
  public record Read(Map<String, String> fields, Set<String> lines) {
    /** Copies the map and the set. */
    public Read {
      fields = Map.copyOf(fields);
      lines = Set.copyOf(lines);
    }

    /**
     * Fields read from a page.
     *
     * @param fields name (without the prefix) to value, as found
     */
    public Read(Map<String, String> fields) {
      this(fields, Set.of());
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
      String value = fields.get(PUBLICATION_DATE);
      if (value == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(isoDate(value) ? isoDateOf(value) : LocalDate.parse(value));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }

    /** Whether text is {@code yyyy-mm-dd} in ASCII digits, as the renderers write a date. */
    private static boolean isoDate(String s) {
      if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
        return false;
      }
      for (int i = 0; i < 10; i++) {
        char c = s.charAt(i);
        if (i != 4 && i != 7 && (c < '0' || c > '9')) {
          return false;
        }
      }
      return true;
    }

    /**
     * The date of text in {@link #isoDate} form, as {@link LocalDate#parse} reads it without its
     * formatter's cost; an impossible date throws as it does.
     */
    private static LocalDate isoDateOf(String s) {
      return LocalDate.of(
          Integer.parseInt(s, 0, 4, 10),
          Integer.parseInt(s, 5, 7, 10),
          Integer.parseInt(s, 8, 10, 10));
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
