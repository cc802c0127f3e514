package org.disclosurereport.validation;

import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.validation.internal.CatalogueFindings;

/**
 * Findings of catalogued rules for readers, which meet some problems before a report can be
 * built: the model refuses a negative count or a missing organ name, so a reader that reads one
 * reports it with the same rule id, location and messages as the validator would.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Findings {
  private Findings() {}

  /**
   * Returns the finding of rule {@code DR-V010} (counts are zero or more) for a cell.
   *
   * @param spec the edition of the document read
   * @param address a count cell of that edition
   * @param value the negative value read
   * @return the finding, at the rule's default severity
   * @throws IllegalArgumentException if the edition has no such cell
   */
  public static Finding negativeCount(EditionSpec spec, CellAddress address, long value) {
    return CatalogueFindings.negativeCount(spec, address, value);
  }

  /**
   * Returns the finding of rule {@code DR-V001} (required metadata present) for a field.
   *
   * @param field the field under {@code /metadata}, for example {@code organName}
   * @return the finding, located at {@code /metadata/<field>}, at the rule's default severity
   */
  public static Finding missingMetadata(String field) {
    return CatalogueFindings.missingMetadata(field);
  }
}
