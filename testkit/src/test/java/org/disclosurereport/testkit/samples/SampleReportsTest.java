package org.disclosurereport.testkit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.testkit.ReportAssertions;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.ReportValidator;
import org.junit.jupiter.api.Test;

class SampleReportsTest {

  @Test
  void theSeedReportIsCompleteAndHasNoFinding() {
    AnnualReport seed = SampleReports.luoning2020();
    assertEquals(Edition.V2019, seed.edition());
    assertEquals(Edition.V2019.spec().cells().size(), seed.cells().size(), "no blank cell");
    ReportAssertions.assertNoFindings(
        seed, ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_IS_ERROR).build());
  }

  @Test
  void theDistrictSampleIsCompleteAndHasNoFinding() {
    AnnualReport sample = SampleReports.exampleDistrict2024();
    assertEquals(Edition.V2021, sample.edition());
    assertEquals(Edition.V2021.spec().cells().size(), sample.cells().size(), "no blank cell");
    assertTrue(sample.otherMatters().fees().isPresent());
    ReportAssertions.assertNoFindings(
        sample, ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_IS_ERROR).build());
  }

  @Test
  void eachCallGivesAnEqualReport() {
    assertEquals(SampleReports.luoning2020(), SampleReports.luoning2020());
    assertEquals(SampleReports.exampleDistrict2024(), SampleReports.exampleDistrict2024());
  }
}
