package org.disclosurereport.cli.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.RuleCode;
import org.disclosurereport.finding.Severity;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {
  private static Finding finding(String id, Severity s) {
    return Fixtures.finding(id, s).build();
  }

  private static ReportOutcome read(Finding... findings) {
    return new ReportOutcome(
        "r", Optional.empty(), Optional.of(ReportIdentity.of(Fixtures.valid())), List.of(findings));
  }

  @Test
  void countsFilesReportsAndFindings() {
    BatchSummary s = new BatchSummary();
    s.add(FileResult.of(read()));
    s.add(FileResult.of(read(finding("DR-V012", Severity.WARNING))));
    s.add(
        FileResult.of(
            read(finding("DR-V101", Severity.ERROR), finding("DR-V101", Severity.ERROR))));
    s.add(FileResult.of(Outcomes.unreadable("x", finding("DR-J001", Severity.ERROR))));
    s.add(FileResult.skipped("logo.png"));
    assertEquals(4, s.filesRead());
    assertEquals(1, s.skipped());
    assertEquals(2, s.reportsValid());
    assertEquals(1, s.reportsWithErrors());
    assertEquals(1, s.unreadable());
    assertEquals(3, s.findings(Severity.ERROR));
    assertEquals(1, s.findings(Severity.WARNING));
    assertEquals(0, s.findings(Severity.INFO));
    assertEquals(
        List.of(
            new RuleTally("DR-V101", Severity.ERROR, 2, 1),
            new RuleTally("DR-J001", Severity.ERROR, 1, 1),
            new RuleTally("DR-V012", Severity.WARNING, 1, 1)),
        s.topRules());
  }

  @Test
  void listsOnlyTheTenMostFrequentRulesAndTheMostSeriousSeverity() {
    BatchSummary s = new BatchSummary();
    for (int rule = 0; rule < 15; rule++) {
      List<Finding> fs = new ArrayList<>();
      for (int i = 0; i <= rule; i++) {
        fs.add(
            finding(
                RuleCode.values()[rule].id(),
                i == 0 && rule == 14 ? Severity.ERROR : Severity.WARNING));
      }
      s.add(FileResult.of(read(fs.toArray(Finding[]::new))));
    }
    List<RuleTally> top = s.topRules();
    assertEquals(BatchSummary.TOP_RULES, top.size());
    assertEquals(
        IntStream.rangeClosed(5, 14)
            .map(i -> 19 - i)
            .mapToObj(i -> RuleCode.values()[i].id())
            .toList(),
        top.stream().map(RuleTally::ruleId).toList());
    assertEquals(Severity.ERROR, top.get(0).severity());
    assertEquals(15, top.get(0).findings());
  }
}
