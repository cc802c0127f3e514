package org.disclosurereport.validation.internal;

import java.util.List;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.validation.Finding;
import org.disclosurereport.validation.FindingLocation;

/** Findings of catalogued rules for code that meets them before a report exists (readers). */
public final class CatalogueFindings {
  private CatalogueFindings() {}

  /**
   * Returns the DR-V010 finding for a negative count read in a cell.
   *
   * @param spec the edition of the document read
   * @param address the cell
   * @param value the negative value read
   * @return the finding, at the rule's default severity
   */
  public static Finding negativeCount(EditionSpec spec, CellAddress address, long value) {
    return FindingSink.start(
            RuleDefinitions.NON_NEGATIVE_COUNT,
            RuleDefinitions.require(RuleDefinitions.NON_NEGATIVE_COUNT).defaultSeverity(),
            FindingLocation.ofCell(spec, address),
            CellRules.negativeCount(spec, address, value))
        .involvedCells(List.of(address))
        .build();
  }

  /**
   * Returns the DR-V001 finding for a required metadata field that is missing or blank.
   *
   * @param field the field of {@code /metadata}, for example {@code organName}
   * @return the finding, at the rule's default severity
   */
  public static Finding missingMetadata(String field) {
    return FindingSink.start(
            RuleDefinitions.REQUIRED_METADATA,
            RuleDefinitions.require(RuleDefinitions.REQUIRED_METADATA).defaultSeverity(),
            FindingLocation.ofPointer("/metadata/" + field),
            Message.of("DR-V001.missing", "field", field))
        .build();
  }
}
