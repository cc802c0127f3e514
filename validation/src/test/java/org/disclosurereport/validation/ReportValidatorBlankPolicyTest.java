package org.disclosurereport.validation;

import static org.disclosurereport.validation.TestReports.luoning2020;
import static org.disclosurereport.validation.TestReports.with;
import static org.disclosurereport.validation.TestReports.withBlank;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Identity;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.junit.jupiter.api.Test;

/** The blank policy that checks each sum over the filled cells and with blanks as zero. */
class ReportValidatorBlankPolicyTest {
  private static final ReportValidator BOTH =
      ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_CHECKED_BOTH_WAYS).build();
  private static final ReportValidator STRICT =
      ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_IS_ERROR).build();
  private static final String T = Tables.APPLICATIONS;

  /** The 总计 column of table 三 left blank on every row, as many published reports do. */
  static AnnualReport totalsColumnBlank() {
    AnnualReport r = luoning2020();
    for (CellAddress a : r.spec().table(T).orElseThrow().cells()) {
      if (a.column().equals(Applicants.TOTAL)) {
        r = withBlank(r, a);
      }
    }
    return r;
  }

  @Test
  void aBlankTotalsColumnGivesWarningsNamingTheBlankThatMustHoldTheParts() {
    AnnualReport report = totalsColumnBlank();
    ValidationResult result = BOTH.validate(report);
    assertTrue(result.isValid(), result.findings().toString());
    EditionSpec spec = report.spec();
    // Expected: one warning for each row whose filled parts add up to more than zero.
    long rowsWithParts =
        spec.identities().stream()
            .filter(i -> i.relation().id().equals("applications.applicantTotal"))
            .filter(i -> report.cell(i.total()).isBlank())
            .filter(
                i -> i.right().stream().anyMatch(a -> report.cell(a).wholeNumber().orElse(0L) > 0))
            .count();
    assertTrue(rowsWithParts > 0);
    List<Finding> needBlanks = result.findings("DR-V107");
    long applicantTotals =
        needBlanks.stream()
            .filter(f -> f.location().column().orElse("").equals(Applicants.TOTAL))
            .count();
    assertEquals(rowsWithParts, applicantTotals);
    for (Finding f : needBlanks) {
      assertEquals(Severity.WARNING, f.severity());
    }
    Finding granted =
        needBlanks.stream()
            .filter(f -> f.location().row().orElse("").equals(ApplicationRows.GRANTED))
            .findFirst()
            .orElseThrow();
    assertTrue(granted.messageZh().contains("（一）予以公开 / 总计"), granted.messageZh());
    // Blank cells are information only in this mode.
    assertEquals(
        spec.table(T).orElseThrow().cells().stream()
            .filter(a -> a.column().equals(Applicants.TOTAL))
            .count(),
        result.findings("DR-V013").size());
    assertTrue(result.findings("DR-V013").stream().allMatch(f -> f.severity() == Severity.INFO));
    // The strict policy reports the same sums, and the blanks as errors.
    ValidationResult strict = STRICT.validate(report);
    assertEquals(needBlanks.size(), strict.findings("DR-V107").size());
    assertFalse(strict.isValid());
  }

  @Test
  void aSumWhoseFilledPartsExceedItsTotalBreaksEitherWay() {
    EditionSpec spec = luoning2020().spec();
    CellAddress total = CellAddress.of(T, ApplicationRows.GRANTED, Applicants.TOTAL);
    CellAddress natural = CellAddress.of(T, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON);
    CellAddress blank =
        CellAddress.of(T, ApplicationRows.GRANTED, Applicants.COMMERCIAL_ENTERPRISE);
    AnnualReport report = luoning2020();
    long parts = report.cell(natural).wholeNumber().orElseThrow();
    assertTrue(parts > 0, "fixture: a filled part above zero");
    report = withBlank(with(report, total, CellValue.count(0)), blank);
    for (ReportValidator v : List.of(BOTH, STRICT)) {
      ValidationResult result = v.validate(report);
      Finding f =
          result.findings("DR-V103").stream()
              .filter(x -> x.location().row().orElse("").equals(ApplicationRows.GRANTED))
              .findFirst()
              .orElseThrow(() -> new AssertionError(result.findings().toString()));
      assertEquals(Severity.ERROR, f.severity());
      assertTrue(
          f.messageEn().contains("no values of the 1 blank cells can make it hold"), f.messageEn());
      assertEquals(0, f.reported().orElseThrow().intValue());
      assertEquals(spec.label(total), f.location().labels().orElseThrow());
    }
  }

  @Test
  void aSumThatHoldsOnlyWithZerosIsNotReportedWhenTheBlanksWouldHoldNothing() {
    // A blank part whose row adds up without it: no finding of any sum.
    AnnualReport report = luoning2020();
    CellAddress zeroPart =
        report.spec().table(T).orElseThrow().cells().stream()
            .filter(a -> !a.column().equals(Applicants.TOTAL))
            .filter(a -> report.cell(a).wholeNumber().orElse(-1L) == 0)
            .findFirst()
            .orElseThrow();
    ValidationResult result = BOTH.validate(withBlank(report, zeroPart));
    assertEquals(List.of("DR-V013"), result.findings().stream().map(Finding::ruleId).toList());
  }

  @Test
  void everyPolicyNamesItsBlankRule() {
    for (BlankPolicy p : BlankPolicy.values()) {
      assertTrue(RuleCatalogue.rule(p.ruleId()).isPresent(), p.name());
    }
    Identity any = luoning2020().spec().identities().get(0);
    assertFalse(any.cells().isEmpty());
  }
}
