package org.disclosurereport.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingCode;
import org.disclosurereport.model.AnnualReport;

/**
 * What reading one document gave, whatever its format: the report, when one could be built, every
 * problem found, in the order found, and for published pages and text where each cell came from.
 *
 * <p><b>A read with findings of severity ERROR.</b> Reading never stops at the first problem of
 * content, and never invents data. Whether there is a report, and which:
 *
 * <ul>
 *   <li><b>No report</b> ({@link #report()} is empty, the findings say why) when the document
 *       itself cannot be read (not well-formed, not the expected encoding, over a limit, empty),
 *       and
 *       <ul>
 *         <li>for JSON and XML, when it lacks the schema version, the edition or the metadata
 *             ({@code DR-J020}), gives one of them in the wrong type, states a schema version or an
 *             edition this library does not know ({@code DR-J032}, {@code DR-J033}), or holds
 *             values the model refuses together ({@code DR-J034} at the document's root);
 *         <li>for published pages, text, PDF and Word, when no section or table of the format is
 *             recognised in it ({@code DR-L002}).
 *       </ul>
 *   <li>Otherwise <b>a report built from what could be read</b>: each value that could not be (a
 *       negative count, a wrong type, an unreadable cell) is left blank, each with an ERROR
 *       finding; an organ name or report year the document does not give is left empty, with the
 *       ERROR finding {@code DR-V001}; in strict reading, content the format does not describe is
 *       left out, with an ERROR finding ({@code DR-J029}, {@code DR-J030}), where lenient reading
 *       keeps it as an extension. Such a report is <em>incomplete</em>; {@link #hasErrors()} tells,
 *       and {@link #isClean()} is true only for a report read without errors.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadResult {
  private final String source;
  private final AnnualReport report;
  private final Edition edition;
  private final List<Finding> findings;
  private final Map<CellAddress, CellSource> provenance;
  private final Set<CellAddress> unseen;

  /**
   * Creates a result without cell sources; the edition is the report's.
   *
   * @param source the name of the document read (a file name, {@code lines.jsonl:17}, or a name the
   *     caller gave)
   * @param report the report, or null when none could be built
   * @param findings the findings
   */
  public ReadResult(String source, AnnualReport report, List<Finding> findings) {
    this(source, report, report == null ? null : report.metadata().edition(), findings, Map.of());
  }

  /**
   * Creates a result.
   *
   * @param source the name of the document read
   * @param report the report, or null when none could be built
   * @param edition the edition the document was read as, or null when not even that is known
   * @param findings the findings
   * @param provenance where each cell was read, empty for formats that do not say
   */
  public ReadResult(
      String source,
      AnnualReport report,
      Edition edition,
      List<Finding> findings,
      Map<CellAddress, CellSource> provenance) {
    this(source, report, edition, findings, provenance, Set.of());
  }

  /**
   * Creates a result of a source that was cut off.
   *
   * @param source the name of the document read
   * @param report the report, or null when none could be built
   * @param edition the edition the document was read as, or null when not even that is known
   * @param findings the findings
   * @param provenance where each cell was read, empty for formats that do not say
   * @param unseen the cells the source never printed because it ends before them
   */
  public ReadResult(
      String source,
      AnnualReport report,
      Edition edition,
      List<Finding> findings,
      Map<CellAddress, CellSource> provenance,
      Set<CellAddress> unseen) {
    this.source = Objects.requireNonNull(source, "source");
    this.report = report;
    this.edition = edition;
    this.findings = List.copyOf(findings);
    this.provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    this.unseen = Collections.unmodifiableSet(new LinkedHashSet<>(unseen));
  }

  /**
   * @return the name of the document read
   */
  public String source() {
    return source;
  }

  /**
   * @return the report, empty when none could be built (see the class description)
   */
  public Optional<AnnualReport> report() {
    return Optional.ofNullable(report);
  }

  /**
   * Returns the edition the document was read as: the report's, or for a page whose report could
   * not be built, the edition its tables were recognised as.
   *
   * @return the edition, empty when nothing told it
   */
  public Optional<Edition> edition() {
    return Optional.ofNullable(edition);
  }

  /**
   * @return every finding, in the order found
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of one code.
   *
   * @param code the code
   * @return those findings, in order
   */
  public List<Finding> findings(FindingCode code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }

  /**
   * Returns where every cell that was read came from, blank cells included; empty for the canonical
   * forms, whose findings are located by JSON Pointer, line and column instead.
   *
   * @return the sources by cell address
   */
  public Map<CellAddress, CellSource> provenance() {
    return provenance;
  }

  /**
   * Returns where a cell came from.
   *
   * @param address a cell address
   * @return its source, empty when the cell was not in the source or the format does not say
   */
  public Optional<CellSource> cellSource(CellAddress address) {
    return Optional.ofNullable(provenance.get(address));
  }

  /**
   * Returns the cells the source never printed because it was cut off before them (a page saved
   * half-loaded, a text copied in part). Such a cell is <em>unseen</em>: not blank, since nothing
   * says it was left empty, and never zero; a rule over it cannot be checked, and a validator given
   * these cells reports nothing about them. Empty for a source that is read to its end, whatever it
   * leaves blank.
   *
   * @return the unseen cells, in the edition's order
   */
  public Set<CellAddress> unseenCells() {
    return unseen;
  }

  /**
   * Whether any finding is an error; a report that comes with errors is incomplete.
   *
   * @return true when the document had errors
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  /**
   * Whether a report was built and no finding is an error.
   *
   * @return true for a clean read
   */
  public boolean isClean() {
    return report != null && !hasErrors();
  }

  /**
   * Returns the rule ids of the findings, in order; handy in tests and logs.
   *
   * @return the rule ids
   */
  public List<String> ruleIds() {
    return findings.stream().map(Finding::ruleId).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadResult r
        && r.source.equals(source)
        && Objects.equals(r.report, report)
        && r.edition == edition
        && r.findings.equals(findings)
        && r.provenance.equals(provenance)
        && r.unseen.equals(unseen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, report, edition, findings, provenance, unseen);
  }

  @Override
  public String toString() {
    return "ReadResult["
        + source
        + ", report="
        + (report != null)
        + ", findings="
        + ruleIds()
        + "]";
  }
}
