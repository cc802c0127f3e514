package org.disclosurereport.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Identity;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.validation.ReportValidator;
import org.disclosurereport.validation.RuleCatalogue;
import org.junit.jupiter.api.Test;

class ValidateBenchmarkTest {
  @Test
  void theIdentityValidatorChecksTheSumsAndNothingElse() {
    AnnualReport report = Fixture.get().report();
    Identity first = report.spec().identities().get(0);
    CellAddress total = first.left().get(0);
    long printed = report.cell(total).wholeNumber().orElseThrow();
    AnnualReport broken =
        report
            .withProblems(Narrative.empty())
            .withCells(with(report, total, CellValue.count(printed + 1)));
    List<String> all =
        ReportValidator.create().validate(broken).findings().stream().map(Finding::ruleId).toList();
    List<String> sums =
        ValidateBenchmark.identityRulesOnly().validate(broken).findings().stream()
            .map(Finding::ruleId)
            .toList();
    assertFalse(sums.isEmpty());
    assertTrue(all.containsAll(sums));
    assertTrue(
        all.size() > sums.size(), "the empty section 五 is found by the full validator: " + all);
    for (String id : sums) {
      assertTrue(RuleCatalogue.rule(id).orElseThrow().relationId().isPresent(), id);
    }
    assertEquals(List.of(), ValidateBenchmark.identityRulesOnly().validate(report).findings());
  }

  private static java.util.Map<CellAddress, CellValue> with(
      AnnualReport r, CellAddress a, CellValue v) {
    java.util.Map<CellAddress, CellValue> cells = new java.util.LinkedHashMap<>(r.cells());
    cells.put(a, v);
    return cells;
  }
}
