package org.disclosurereport.finding;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionId;
import org.immutables.value.Value;

/**
 * Where a finding is: a section, a table cell with its official labels, a {@link JsonPointer} into
 * the canonical JSON form, and for findings of readers the line and column in the source and the
 * raw text found there. Every part is optional; a finding about the whole report has none.
 *
 * <p>Use the typed factories ({@link #ofCell}, {@link #ofSection}, {@link #ofPointer}, {@link
 * #none()}) and add the source position with {@code FindingLocation.builder().from(...)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractFindingLocation {
  private static final int MAX_SOURCE_TEXT = 80;

  /**
   * @return the section
   */
  public abstract Optional<SectionId> section();

  /**
   * @return the table key
   */
  public abstract Optional<String> table();

  /**
   * @return the row key
   */
  public abstract Optional<String> row();

  /**
   * @return the column key
   */
  public abstract Optional<String> column();

  /**
   * @return the official Chinese labels of the cell, for example {@code （七）总计 / 自然人}
   */
  public abstract Optional<String> labels();

  /**
   * @return the place in the canonical JSON form
   */
  public abstract Optional<JsonPointer> jsonPointer();

  /**
   * @return the 1-based line in the source document
   */
  public abstract OptionalInt line();

  /**
   * @return the 1-based column in the source document
   */
  public abstract OptionalInt columnNumber();

  /**
   * @return the raw text found in the source at this place, quoted in messages; at most {@link
   *     MessageRenderer#MAX_QUOTED} characters and a note of its full length
   */
  public abstract Optional<String> sourceText();

  /**
   * Bounds the source text and the labels, which quote input, to {@link MessageRenderer#MAX_QUOTED}
   * characters with their full length stated.
   *
   * @return the normalized location
   */
  @Value.Check
  protected AbstractFindingLocation normalize() {
    Optional<String> text = sourceText().map(t -> MessageRenderer.bounded(t, Locale.ENGLISH));
    Optional<String> label = labels().map(t -> MessageRenderer.bounded(t, Locale.ENGLISH));
    if (!text.equals(sourceText()) || !label.equals(labels())) {
      return FindingLocation.builder().from(this).sourceText(text).labels(label).build();
    }
    return this;
  }

  /**
   * Returns the cell this location names, when it names one.
   *
   * @return the cell
   */
  public Optional<CellAddress> cell() {
    return table().isPresent() && row().isPresent() && column().isPresent()
        ? Optional.of(CellAddress.of(table().get(), row().get(), column().get()))
        : Optional.empty();
  }

  /**
   * Returns the location of a cell, with its section, labels and pointer from the edition
   * description.
   *
   * @param spec the edition description
   * @param address a cell of that edition
   * @return the location
   * @throws IllegalArgumentException if the edition has no such cell
   */
  public static FindingLocation ofCell(EditionSpec spec, CellAddress address) {
    return FindingLocation.builder()
        .section(spec.table(address.table()).orElseThrow().section())
        .table(address.table())
        .row(address.row())
        .column(address.column())
        .labels(spec.label(address))
        .jsonPointer(JsonPointer.ofCell(address))
        .build();
  }

  /**
   * Returns the location of a whole section. Text sections point at their member of the canonical
   * JSON ({@code /general}, {@code /problems}, {@code /otherMatters}); table sections at {@code
   * /tables}.
   *
   * @param section the section
   * @return the location
   */
  public static FindingLocation ofSection(SectionId section) {
    FindingLocation.Builder b = FindingLocation.builder().section(section);
    switch (section) {
      case GENERAL, PROBLEMS, OTHER_MATTERS -> b.jsonPointer(JsonPointer.of(section.key()));
      default -> b.jsonPointer(JsonPointer.of("tables"));
    }
    return b.build();
  }

  /**
   * Returns a location with only a pointer.
   *
   * @param pointer the pointer
   * @return the location
   */
  public static FindingLocation ofPointer(JsonPointer pointer) {
    return FindingLocation.builder().jsonPointer(pointer).build();
  }

  /**
   * Returns a location with a pointer and, when known, a position in the source.
   *
   * @param pointer the pointer, or null when the place has none
   * @param line the 1-based line, 0 when unknown
   * @param column the 1-based column, 0 when unknown
   * @return the location
   */
  public static FindingLocation ofSource(JsonPointer pointer, int line, int column) {
    FindingLocation.Builder b = FindingLocation.builder();
    if (pointer != null) {
      b.jsonPointer(pointer);
    }
    if (line > 0) {
      b.line(line);
    }
    if (column > 0) {
      b.columnNumber(column);
    }
    return b.build();
  }

  /**
   * Returns a copy of this location with the raw text found in the source, shortened to 80
   * characters (an ellipsis marks a cut).
   *
   * @param text the text found
   * @return the location
   */
  public FindingLocation withQuotedSource(String text) {
    return FindingLocation.builder()
        .from(this)
        .sourceText(
            text.length() > MAX_SOURCE_TEXT ? text.substring(0, MAX_SOURCE_TEXT) + "…" : text)
        .build();
  }

  /**
   * Returns an empty location: the finding is about the whole report or document.
   *
   * @return the location
   */
  public static FindingLocation none() {
    return FindingLocation.builder().build();
  }
}
