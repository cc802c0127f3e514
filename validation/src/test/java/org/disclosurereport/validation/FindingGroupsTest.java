package org.disclosurereport.validation;

import static org.disclosurereport.validation.TestReports.luoning2020;
import static org.disclosurereport.validation.TestReports.withBlank;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.junit.jupiter.api.Test;

class FindingGroupsTest {
  private static final ReportValidator STRICT =
      ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_IS_ERROR).build();

  @Test
  void aBlankColumnIsOneGroupNamingItsFirstAndLastRows() {
    AnnualReport report = ReportValidatorBlankPolicyTest.totalsColumnBlank();
    ValidationResult result = STRICT.validate(report);
    FindingGroups groups = FindingGroups.of(report.spec(), result.findings());
    FindingGroup blanks = groups.groups().get(0);
    assertEquals("DR-V011", blanks.ruleId());
    assertEquals(Severity.ERROR, blanks.severity());
    assertEquals(GroupPattern.COLUMN, blanks.pattern());
    assertEquals(Applicants.TOTAL, blanks.column().orElseThrow());
    assertEquals(SectionId.APPLICATIONS, blanks.section());
    assertEquals(result.findings("DR-V011").size(), blanks.count());
    EditionSpec spec = report.spec();
    List<CellAddress> column =
        spec.table(Tables.APPLICATIONS).orElseThrow().cells().stream()
            .filter(a -> a.column().equals(Applicants.TOTAL))
            .toList();
    String first = String.join(" / ", spec.rowOf(column.get(0)).qualifiedLabels());
    String last = String.join(" / ", spec.rowOf(column.get(column.size() - 1)).qualifiedLabels());
    assertEquals(
        "Blank cells in the 总计 column on "
            + column.size()
            + " rows of table 三: "
            + first
            + " … "
            + last,
        blanks.message(Locale.ENGLISH));
    assertEquals(
        "空白单元格：表三“总计”列共 " + column.size() + " 行（" + first + " … " + last + "）",
        blanks.message(Locale.CHINA));
    // The sums of the rows that hold only if the blank totals hold their parts follow, grouped.
    FindingGroup sums = groups.groups().get(1);
    assertEquals("DR-V107", sums.ruleId());
    assertEquals(Severity.WARNING, sums.severity());
    assertEquals(GroupPattern.COLUMN, sums.pattern());
    assertTrue(
        sums.message(Locale.ENGLISH)
            .startsWith("Sums that hold only if blank cells hold the difference in the 总计 column"),
        sums.message(Locale.ENGLISH));
  }

  @Test
  void aWholeRowAndAWholeTableAreGroupsAndErrorsComeFirst() {
    AnnualReport report = luoning2020();
    EditionSpec spec = report.spec();
    for (CellAddress a : spec.table(Tables.APPLICATIONS).orElseThrow().cells()) {
      if (a.row().equals(ApplicationRows.NEWLY_RECEIVED)) {
        report = withBlank(report, a);
      }
    }
    for (CellAddress a : spec.table(Tables.REVIEW_AND_LITIGATION).orElseThrow().cells()) {
      report = withBlank(report, a);
    }
    ValidationResult result = ReportValidator.create().validate(report);
    FindingGroups groups = FindingGroups.of(spec, result.findings());
    List<GroupPattern> patterns = groups.groups().stream().map(FindingGroup::pattern).toList();
    assertTrue(patterns.contains(GroupPattern.ROW), patterns.toString());
    assertTrue(patterns.contains(GroupPattern.TABLE), patterns.toString());
    FindingGroup table =
        groups.groups().stream()
            .filter(g -> g.pattern() == GroupPattern.TABLE)
            .findFirst()
            .orElseThrow();
    assertEquals(
        spec.table(Tables.REVIEW_AND_LITIGATION).orElseThrow().cells().size(), table.count());
    for (int i = 1; i < groups.groups().size(); i++) {
      assertTrue(
          groups.groups().get(i - 1).severity().compareTo(groups.groups().get(i).severity()) <= 0);
    }
  }

  @Test
  void twoFindingsInAColumnStaySingle() {
    AnnualReport report = luoning2020();
    report =
        withBlank(
            report, CellAddress.of(Tables.APPLICATIONS, ApplicationRows.GRANTED, Applicants.TOTAL));
    report =
        withBlank(
            report,
            CellAddress.of(
                Tables.APPLICATIONS, ApplicationRows.WITHHELD_STATE_SECRET, Applicants.TOTAL));
    ValidationResult result = STRICT.validate(report);
    FindingGroups groups = FindingGroups.of(report.spec(), result.findings());
    assertEquals(List.of(), groups.groups());
    assertEquals(result.findings(), groups.ungrouped());
  }

  @Test
  void aGroupNeedsTwoMembers() {
    Finding f =
        STRICT.validate(ReportValidatorBlankPolicyTest.totalsColumnBlank()).findings().get(0);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            FindingGroup.builder()
                .ruleId("DR-V011")
                .severity(Severity.ERROR)
                .pattern(GroupPattern.ROW)
                .section(SectionId.APPLICATIONS)
                .table(Tables.APPLICATIONS)
                .labels("x")
                .messageZh("x")
                .messageEn("x")
                .addMembers(f)
                .build());
  }

  /** Property: every finding is in exactly one group or single, whatever cells are blank. */
  @Test
  void groupsPartitionTheFindings() {
    AnnualReport base = luoning2020();
    List<CellAddress> cells = base.spec().cells();
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, cells.size() - 1)).ofSizeBetween(0, 120))
        .checkAssert(
            picks -> {
              AnnualReport r = base;
              for (int i : picks) {
                r = withBlank(r, cells.get(i));
              }
              List<Finding> findings = STRICT.validate(r).findings();
              FindingGroups g = FindingGroups.of(r.spec(), findings);
              Map<Finding, Integer> seen = new IdentityHashMap<>();
              List<Finding> all = new ArrayList<>(g.ungrouped());
              g.groups().forEach(x -> all.addAll(x.members()));
              for (Finding f : all) {
                seen.merge(f, 1, Integer::sum);
              }
              assertEquals(findings.size(), all.size());
              assertEquals(findings.size(), seen.size());
              assertTrue(seen.values().stream().allMatch(n -> n == 1));
              for (FindingGroup x : g.groups()) {
                assertTrue(x.members().stream().allMatch(f -> f.ruleId().equals(x.ruleId())));
              }
            });
  }
}
