package org.disclosurereport.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.RuleCode;
import org.disclosurereport.finding.Severity;
import org.immutables.value.Value;

/**
 * One rule of the {@link RuleCatalogue}: a stable id, how serious a breach is, what it says in
 * Chinese and English, which cells it involves in each edition, and where it comes from.
 *
 * <p>Ids ({@code DR-Vnnn}) are stable and never reused; options, findings, tests and tools name
 * rules by id. The cells are derived from the edition descriptions, never written by hand: for a
 * sum rule they are the cells of every identity of its sum relation.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRule {
  /** Only the value type generated from it extends it. */
  AbstractRule() {}

  /**
   * @return the stable id, for example {@code DR-V102}
   */
  public abstract String id();

  /**
   * Returns the code of the rule, the public constant findings of the rule carry.
   *
   * @return the code
   */
  @Value.Derived
  @Value.Auxiliary
  public RuleCode code() {
    return RuleCode.ofId(id());
  }

  /**
   * @return the severity of a breach unless the options change it
   */
  public abstract Severity defaultSeverity();

  /**
   * @return whether the rule looks at one report or at two consecutive ones
   */
  public abstract RuleScope scope();

  /**
   * @return what the rule requires, in Chinese
   */
  public abstract String descriptionZh();

  /**
   * @return what the rule requires, in English
   */
  public abstract String descriptionEn();

  /**
   * Returns the legal or format sources of the rule: the consistency rules of the format
   * description ({@code docs/format.md} in the repository, with the id of the relation a sum or
   * cross-year rule checks), articles of the 条例, and notices.
   *
   * @return the sources, never empty
   */
  public abstract List<String> sources();

  /**
   * Returns the ids of rules that necessarily fire whenever this one fires, whatever the report;
   * empty for a rule that can be broken alone. Generators of one-rule-broken reports expect these
   * findings next to the rule's own.
   *
   * @return the companion rule ids, possibly empty
   */
  public abstract List<String> companions();

  /**
   * @return the editions the rule applies to
   */
  public abstract Set<Edition> editions();

  /**
   * Returns the id of the sum relation or cross-year relation of the edition description the rule
   * checks, for example {@code applications.resultsTotal}; empty for other rules.
   *
   * @return the relation id
   */
  public abstract Optional<String> relationId();

  /**
   * Returns the cells the rule involves in each edition it applies to, in printed order; an edition
   * is absent when the rule involves no cells (text and metadata rules).
   *
   * @return the cells by edition
   */
  public abstract Map<Edition, List<CellAddress>> cellsByEdition();

  /**
   * Returns the cells the rule involves in one edition.
   *
   * @param edition the edition
   * @return the cells, empty when the rule involves no cells of that edition
   */
  public List<CellAddress> cells(Edition edition) {
    return cellsByEdition().getOrDefault(edition, List.of());
  }

  /**
   * Whether the rule applies to reports of an edition.
   *
   * @param edition the edition
   * @return true when it applies
   */
  public boolean appliesTo(Edition edition) {
    return editions().contains(edition);
  }
}
