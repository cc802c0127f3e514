package org.disclosurereport.validation.internal;

import java.util.List;
import java.util.Map;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.validation.BlankPolicy;

/** Rules on single cells: DR-V010 (counts not negative), DR-V011 and DR-V012 (blank cells). */
final class CellRules {
  private CellRules() {}

  static void check(AnnualReport report, FindingSink sink) {
    EditionSpec spec = report.spec();
    BlankPolicy policy = sink.options().blankPolicy();
    String blankRule = policy.ruleId();
    boolean blanks = sink.enabled(blankRule);
    boolean negatives = sink.enabled(RuleDefinitions.NON_NEGATIVE_COUNT);
    if (!blanks && !negatives) {
      return;
    }
    Map<CellAddress, CellValue> values = report.cells();
    for (CellAddress a : spec.cells()) {
      // The edition's own cells: no need for report.cell's check of the address.
      CellValue v = values.getOrDefault(a, CellValue.blank());
      if (v.isBlank()) {
        if (blanks) {
          sink.of(blankRule, FindingLocation.ofCell(spec, a), cellMessage(blankRule, spec, a))
              .cells(List.of(a))
              .add();
        }
      } else if (negatives && v instanceof CellValue.Count c && c.value() < 0) {
        // The model refuses negative counts when it is built; kept so that the rule holds of
        // any report, however it was made.
        sink.of(
                RuleDefinitions.NON_NEGATIVE_COUNT,
                FindingLocation.ofCell(spec, a),
                negativeCount(spec, a, c.value()))
            .cells(List.of(a))
            .add();
      }
    }
  }

  static Message cellMessage(String ruleId, EditionSpec spec, CellAddress a) {
    return Message.of(ruleId, "labels", spec.label(a), "name", spec.englishName(a));
  }

  /** The message of DR-V010 for a cell, also used by readers that meet a negative count. */
  static Message negativeCount(EditionSpec spec, CellAddress a, long value) {
    return Message.of(
        RuleDefinitions.NON_NEGATIVE_COUNT,
        "labels",
        spec.label(a),
        "name",
        spec.englishName(a),
        "value",
        value);
  }
}
