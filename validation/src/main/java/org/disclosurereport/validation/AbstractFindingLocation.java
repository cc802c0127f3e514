package org.disclosurereport.validation;

import java.util.Optional;
import java.util.OptionalInt;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionId;
import org.immutables.value.Value;

/**
 * Where a finding is: a section, a table cell with its official labels, a JSON Pointer into the
 * canonical JSON form, and for findings of readers the line and column in the source and the raw
 * text found there. Every part is optional; a finding about the whole report has none.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractFindingLocation {
  /** @return the section */
  public abstract Optional<SectionId> section();

  /** @return the table key */
  public abstract Optional<String> table();

  /** @return the row key */
  public abstract Optional<String> row();

  /** @return the column key */
  public abstract Optional<String> column();

  /** @return the official Chinese labels of the cell, for example {@code （七）总计 / 自然人} */
  public abstract Optional<String> labels();

  /** @return the JSON Pointer (RFC 6901) into the canonical JSON form */
  public abstract Optional<String> jsonPointer();

  /** @return the 1-based line in the source document */
  public abstract OptionalInt line();

  /** @return the 1-based column in the source document */
  public abstract OptionalInt columnNumber();

  /** @return the raw text found in the source at this place, quoted in messages */
  public abstract Optional<String> sourceText();

  /**
   * Returns the location of a cell, with its section, labels and JSON Pointer from the edition
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
        .jsonPointer(address.jsonPointer())
        .build();
  }

  /**
   * Returns the location of a whole section. Text sections point at their member of the
   * canonical JSON ({@code /general}, {@code /problems}, {@code /otherMatters}); table sections
   * at {@code /tables}.
   *
   * @param section the section
   * @return the location
   */
  public static FindingLocation ofSection(SectionId section) {
    FindingLocation.Builder b = FindingLocation.builder().section(section);
    switch (section) {
      case GENERAL, PROBLEMS, OTHER_MATTERS -> b.jsonPointer("/" + section.key());
      default -> b.jsonPointer("/tables");
    }
    return b.build();
  }

  /**
   * Returns a location with only a JSON Pointer.
   *
   * @param pointer the pointer
   * @return the location
   */
  public static FindingLocation ofPointer(String pointer) {
    return FindingLocation.builder().jsonPointer(pointer).build();
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
