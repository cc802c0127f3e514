package org.disclosurereport.validation;

import static org.disclosurereport.validation.TestReports.luoning2020;
import static org.disclosurereport.validation.TestReports.withBlank;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.InformationProcessingFees;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OtherMatters;
import org.junit.jupiter.api.Test;

/** The content checks: a required table not filled in, a fee collected while 六 says 无. */
class ReportValidatorContentTest {
  private static final ReportValidator BOTH =
      ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_CHECKED_BOTH_WAYS).build();

  @Test
  void aTableWithEveryCellBlankIsMissing() {
    AnnualReport report = luoning2020();
    for (CellAddress a : report.spec().table(Tables.REVIEW_AND_LITIGATION).orElseThrow().cells()) {
      report = withBlank(report, a);
    }
    ValidationResult result = BOTH.validate(report);
    List<Finding> missing = result.findings("DR-V203");
    assertEquals(1, missing.size());
    assertEquals(Severity.WARNING, missing.get(0).severity());
    assertEquals(Tables.REVIEW_AND_LITIGATION, missing.get(0).location().table().orElseThrow());
    assertTrue(missing.get(0).messageZh().startsWith("四、"), missing.get(0).messageZh());
    // One blank cell less and the table is there, if incomplete.
    AnnualReport partly =
        withBlank(
            luoning2020(),
            report.spec().table(Tables.REVIEW_AND_LITIGATION).orElseThrow().cells().get(0));
    assertEquals(List.of(), BOTH.validate(partly).findings("DR-V203"));
  }

  private static AnnualReport withFee(String text, long collected) {
    InformationProcessingFees fees =
        InformationProcessingFees.builder()
            .noticesIssued(CellValue.count(1))
            .amountNotified(CellValue.amount(BigDecimal.valueOf(100), MoneyUnit.YUAN))
            .amountCollected(CellValue.amount(BigDecimal.valueOf(collected), MoneyUnit.YUAN))
            .build();
    return luoning2020()
        .withOtherMatters(OtherMatters.builder().narrative(Narrative.of(text)).fees(fees).build());
  }

  @Test
  void aFeeCollectedWhileSectionSixSaysNothingIsAWarning() {
    ValidationResult result = BOTH.validate(withFee("无。", 50));
    List<Finding> f = result.findings("DR-V303");
    assertEquals(1, f.size(), result.findings().toString());
    assertTrue(f.get(0).messageEn().contains("50元"), f.get(0).messageEn());
    assertEquals(
        List.of(), BOTH.validate(withFee("无。", 0)).findings("DR-V303"), "nothing collected");
    assertEquals(
        List.of(),
        BOTH.validate(withFee("本年度收取信息处理费50元，已按规定缴入国库。", 50)).findings("DR-V303"),
        "the section reports the fee");
  }
}
