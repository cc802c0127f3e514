package org.disclosurereport.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.RepairHint;
import org.disclosurereport.finding.RuleCode;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.validation.Rule;
import org.disclosurereport.validation.ValidationOptions;

/**
 * Collects the findings of one validation, applying the options: switched-off rules report nothing,
 * and each finding gets the severity the options give its rule. One sink per call; not shared
 * between threads.
 */
final class FindingSink {
  private final ValidationOptions options;
  private final List<Finding> findings = new ArrayList<>();

  FindingSink(ValidationOptions options) {
    this.options = options;
  }

  ValidationOptions options() {
    return options;
  }

  boolean enabled(String ruleId) {
    return options.isEnabled(ruleId);
  }

  /** Starts a finding of a rule; {@link Draft#add()} records it. */
  Draft of(String ruleId, FindingLocation location, Message message) {
    Rule rule = RuleDefinitions.require(ruleId);
    return new Draft(start(ruleId, options.severityOf(rule), location, message));
  }

  /** Starts a finding with its message rendered in both languages and kept as keys. */
  static Finding.Builder start(
      String ruleId, Severity severity, FindingLocation location, Message message) {
    return Finding.builder()
        .code(RuleCode.ofId(ruleId))
        .severity(severity)
        .location(location)
        .messageKeys(message.keys())
        .messageArguments(message.arguments());
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** A finding being built. */
  final class Draft {
    private final Finding.Builder builder;

    private Draft(Finding.Builder builder) {
      this.builder = builder;
    }

    Draft values(BigDecimal reported, BigDecimal expected) {
      if (reported != null) {
        builder.reported(reported);
      }
      if (expected != null) {
        builder.expected(expected);
      }
      return this;
    }

    Draft cells(List<CellAddress> cells) {
      builder.involvedCells(cells);
      return this;
    }

    Draft hints(List<RepairHint> hints) {
      builder.hints(hints);
      return this;
    }

    void add() {
      findings.add(builder.build());
    }
  }
}
