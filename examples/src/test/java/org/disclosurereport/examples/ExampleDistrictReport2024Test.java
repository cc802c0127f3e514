package org.disclosurereport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.testkit.samples.SampleReports;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.ReportValidator;
import org.disclosurereport.validation.ValidationResult;
import org.junit.jupiter.api.Test;

class ExampleDistrictReport2024Test {
  private final AnnualReport report = ExampleDistrictReport2024.build();

  @Test
  void isACompleteReportOfThe2021Edition() {
    assertEquals(Edition.V2021, report.edition());
    assertEquals(2024, report.metadata().reportYear());
    assertEquals(Edition.V2021.spec().cells().size(), report.cells().size(), "no cell left blank");
    assertEquals(CellValue.count(25), report.cell(Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, Proactive.IN_FORCE));
    assertEquals(CellValue.count(66), report.applications().newlyReceived().total());
    assertEquals(CellValue.count(3), report.reviewAndLitigation().review().total());
  }

  /** The example and the tests' shared fixture are one report, so neither can drift. */
  @Test
  void isTheTestkitsDistrictSample() {
    assertEquals(SampleReports.exampleDistrict2024(), report);
  }

  @Test
  void everySumOfTheFormatHolds() {
    ValidationResult result =
        ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_IS_ERROR).build().validate(report);
    assertTrue(result.findings().isEmpty(), result.findings().toString());
    for (var identity : report.spec().identities()) {
      if (identity.relation().isTotal()) {
        assertEquals(report.derivedTotal(identity.total()), report.cell(identity.total()), identity.toString());
      }
    }
  }

  @Test
  void theSeedReportIsValidToo() {
    ValidationResult result =
        ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_IS_ERROR).build().validate(LuoningReport2020.build());
    assertTrue(result.isValid(), result.findings().toString());
  }
}
