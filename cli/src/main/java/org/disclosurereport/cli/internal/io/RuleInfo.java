package org.disclosurereport.cli.internal.io;

import java.util.Objects;
import java.util.Optional;
import org.disclosurereport.finding.Severity;

/**
 * One entry of the rule catalogue as the tool lists it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable rule id
 * @param severity the usual severity of its findings
 * @param category what checks it: the validator, a reader, or the tool itself
 * @param titleEn what it checks, in English
 * @param titleZh what it checks, in Chinese
 * @param relation the id of the sum or cross-year relation of the edition descriptions it checks,
 *     when it checks one (for example {@code applications.balance})
 */
public record RuleInfo(
    String id,
    Severity severity,
    String category,
    String titleEn,
    String titleZh,
    Optional<String> relation) {
  /** Creates an entry. */
  public RuleInfo {
    Objects.requireNonNull(id);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(category);
    Objects.requireNonNull(titleEn);
    Objects.requireNonNull(titleZh);
    Objects.requireNonNull(relation);
  }
}
