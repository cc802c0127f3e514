package org.disclosurereport.finding;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;

/**
 * Helpers over findings: the findings of the validator's rules that readers meet before a report
 * exists, and questions about a list of findings.
 *
 * <p>The model refuses a negative count or a missing organ name, so a reader that reads one reports
 * it with the same code, location and message as the validator would ({@link #negativeCount},
 * {@link #missingMetadata}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Findings {
  /** Orders findings by severity (errors first), then id, then pointer. */
  public static final Comparator<Finding> BY_SEVERITY_AND_ID =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::ruleId)
          .thenComparing(f -> f.location().jsonPointer().map(JsonPointer::toString).orElse(""));

  private Findings() {}

  /**
   * Returns the finding of {@link RuleCode#NON_NEGATIVE_COUNT} ({@code DR-V010}) for a cell.
   *
   * @param spec the edition of the document read
   * @param address a count cell of that edition
   * @param value the negative value read
   * @return the finding, at the rule's default severity
   * @throws IllegalArgumentException if the edition has no such cell
   */
  public static Finding negativeCount(EditionSpec spec, CellAddress address, long value) {
    return Finding.of(
            RuleCode.NON_NEGATIVE_COUNT,
            "labels",
            spec.label(address),
            "name",
            spec.englishName(address),
            "value",
            value)
        .location(FindingLocation.ofCell(spec, address))
        .addInvolvedCells(address)
        .build();
  }

  /**
   * Returns the finding of {@link RuleCode#REQUIRED_METADATA} ({@code DR-V001}) for a field.
   *
   * @param field the field under {@code /metadata}, for example {@code organName}
   * @return the finding, located at {@code /metadata/<field>}, at the rule's default severity
   */
  public static Finding missingMetadata(String field) {
    return Finding.of(RuleCode.REQUIRED_METADATA, "field", field)
        .addMessageKeys(RuleCode.REQUIRED_METADATA.id() + ".missing")
        .location(FindingLocation.ofPointer(JsonPointer.of("metadata", field)))
        .build();
  }

  /**
   * Returns a finding about a blank cell with a note of what its source printed there: a mark for
   * nothing ({@code /}, {@code -}, {@code —}) is read as blank, and the note keeps the difference
   * between a cell left empty and a cell printed as {@code /} visible to whoever reads the finding.
   *
   * @param finding a finding about one cell, of a code whose bundle has the note ({@link RuleCode})
   * @param printed the text the source printed in the cell, as found
   * @return the finding, its message followed by the note
   */
  public static Finding printedAs(Finding finding, String printed) {
    return Finding.builder()
        .from(finding)
        .addMessageKeys("note.printedAs")
        .putMessageArguments("printed", LocalizedText.of(printed))
        .build();
  }

  /**
   * Whether any finding is an error.
   *
   * @param findings the findings
   * @return true when one has severity {@link Severity#ERROR}
   */
  public static boolean hasErrors(Collection<Finding> findings) {
    return findings.stream().anyMatch(Finding::isError);
  }

  /**
   * Counts the findings of a severity.
   *
   * @param findings the findings
   * @param severity the severity
   * @return how many have it
   */
  public static long count(Collection<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * Returns the findings with a code.
   *
   * @param findings the findings
   * @param code the code
   * @return those with the code, in order
   */
  public static List<Finding> withCode(Collection<Finding> findings, FindingCode code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }
}
