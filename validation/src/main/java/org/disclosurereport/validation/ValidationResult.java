package org.disclosurereport.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;

/**
 * The findings of one validation, with the policy they were found under.
 *
 * <p>A report is {@linkplain #isValid() valid} when no finding is an {@link Severity#ERROR};
 * warnings and information do not make it invalid. Findings keep the order in which the rules
 * report them: rule by rule in catalogue order, cell by cell in printed order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationResult {
  private final List<Finding> findings;
  private final BlankPolicy blankPolicy;
  private final Map<SectionId, List<Finding>> bySection;
  private final List<Finding> unlocated;

  /**
   * Creates a result.
   *
   * @param findings the findings, in the order found
   * @param blankPolicy the policy the findings were found under
   */
  public ValidationResult(List<Finding> findings, BlankPolicy blankPolicy) {
    this.findings = List.copyOf(findings);
    this.blankPolicy = Objects.requireNonNull(blankPolicy, "blankPolicy");
    Map<SectionId, List<Finding>> sections = new EnumMap<>(SectionId.class);
    List<Finding> none = new ArrayList<>();
    for (Finding f : this.findings) {
      f.location()
          .section()
          .ifPresentOrElse(
              s -> sections.computeIfAbsent(s, k -> new ArrayList<>()).add(f), () -> none.add(f));
    }
    sections.replaceAll((k, v) -> List.copyOf(v));
    this.bySection = Collections.unmodifiableMap(sections);
    this.unlocated = List.copyOf(none);
  }

  /**
   * Returns every finding.
   *
   * @return the findings, possibly empty
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the blank policy the report was judged under.
   *
   * @return the policy
   */
  public BlankPolicy blankPolicy() {
    return blankPolicy;
  }

  /**
   * Whether the report has no {@link Severity#ERROR} finding.
   *
   * @return true when valid
   */
  public boolean isValid() {
    return findings.stream().noneMatch(Finding::isError);
  }

  /**
   * Returns the findings of one severity.
   *
   * @param severity the severity
   * @return the findings, in order
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * Returns the findings of one rule.
   *
   * @param ruleId the rule id
   * @return the findings, in order
   */
  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /**
   * Returns the findings located in a section, by section in printed order; sections without
   * findings are absent.
   *
   * @return the findings by section
   */
  public Map<SectionId, List<Finding>> bySection() {
    return bySection;
  }

  /**
   * Returns the findings that are about the whole report rather than one section (edition versus
   * year, the pairing of two reports).
   *
   * @return the findings, in order
   */
  public List<Finding> unlocated() {
    return unlocated;
  }

  @Override
  public String toString() {
    return "ValidationResult[" + blankPolicy + ", " + findings.size() + " findings]";
  }
}
