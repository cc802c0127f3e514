package org.disclosurereport.layout;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.immutables.value.Value;

/**
 * What a {@link PublishedReportReader} read: the report, the findings about the source, and
 * where each cell came from.
 *
 * <p>A report is produced whenever the organ's name and the report year are known (from the
 * source or the {@link ReaderOptions}); a partial source gives a report with what was there, and
 * findings for what is missing. The source of a cell is kept here, not in the model, so that the
 * model stays independent of where a report came from.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractReadReport {
  /**
   * Returns the report read.
   *
   * @return the report, empty when the organ's name or the report year is unknown
   */
  public abstract Optional<AnnualReport> report();

  /**
   * Returns the edition the tables were read as.
   *
   * @return the edition, empty when nothing could be read
   */
  public abstract Optional<Edition> edition();

  /**
   * Returns the findings about the source, in the order they were made.
   *
   * @return the findings, possibly empty
   */
  public abstract List<Finding> findings();

  /**
   * Returns where every cell that was read came from, blank cells included.
   *
   * @return the sources by cell address
   */
  public abstract Map<CellAddress, CellSource> provenance();

  /**
   * Returns where a cell came from.
   *
   * @param address a cell address
   * @return its source, empty when the cell was not in the source
   */
  public Optional<CellSource> source(CellAddress address) {
    return Optional.ofNullable(provenance().get(address));
  }

  /**
   * Whether any finding is an error.
   *
   * @return true when some finding has severity {@link org.disclosurereport.finding.Severity#ERROR}
   */
  public boolean hasErrors() {
    return findings().stream().anyMatch(Finding::isError);
  }

  /**
   * Returns the findings of one rule.
   *
   * @param rule the rule
   * @return the findings with that rule's id
   */
  public List<Finding> findings(ReaderRule rule) {
    return findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
  }
}
