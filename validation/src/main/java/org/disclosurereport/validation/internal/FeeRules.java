package org.disclosurereport.validation.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.InformationProcessingFees;

/**
 * Rules on the information-processing fees of section 六: DR-V301 (collected not above notified) and
 * DR-V302 (fee notices reported when amounts are).
 */
final class FeeRules {
  private static final JsonPointer FEES = JsonPointer.of("otherMatters", "fees");

  private FeeRules() {}

  static void check(AnnualReport report, FindingSink sink) {
    Optional<InformationProcessingFees> statement = report.otherMatters().fees();
    if (statement.isEmpty()) {
      return;
    }
    InformationProcessingFees fees = statement.get();
    if (sink.enabled(RuleDefinitions.FEES_COLLECTED_ABOVE_NOTIFIED)
        && fees.amountCollected() instanceof CellValue.Amount collected
        && fees.amountNotified() instanceof CellValue.Amount notified) {
      collectedAboveNotified(collected, notified, sink);
    }
    if (sink.enabled(RuleDefinitions.FEES_WITHOUT_NOTICES)) {
      CellValue amount =
          positive(fees.amountNotified()) ? fees.amountNotified() : fees.amountCollected();
      boolean noNotices =
          fees.noticesIssued().isBlank()
              || fees.noticesIssued().decimal().orElseThrow().signum() == 0;
      if (positive(amount) && noNotices) {
        emit(
            sink,
            RuleDefinitions.FEES_WITHOUT_NOTICES,
            "noticesIssued",
            Message.of("DR-V302", "amount", amount),
            fees.noticesIssued().decimal().orElse(null),
            null);
      }
    }
  }

  private static boolean positive(CellValue v) {
    return v.decimal().map(d -> d.signum() > 0).orElse(false);
  }

  /**
   * Compares in yuan when both units are known, as printed when the units are the same, and not at
   * all when only one unit is known (a bare number cannot be converted).
   */
  private static void collectedAboveNotified(
      CellValue.Amount collected, CellValue.Amount notified, FindingSink sink) {
    BigDecimal tolerance = sink.options().moneyTolerance();
    BigDecimal c;
    BigDecimal n;
    if (collected.inYuan().isPresent() && notified.inYuan().isPresent()) {
      c = collected.inYuan().get();
      n = notified.inYuan().get();
    } else if (collected.unit() == MoneyUnit.UNSTATED && notified.unit() == MoneyUnit.UNSTATED) {
      c = collected.value();
      n = notified.value();
    } else {
      return;
    }
    if (c.compareTo(n.add(tolerance)) > 0) {
      emit(
          sink,
          RuleDefinitions.FEES_COLLECTED_ABOVE_NOTIFIED,
          "amountCollected",
          Message.of("DR-V301", "collected", collected, "notified", notified),
          c,
          n);
    }
  }

  /** Records a finding located at one field of the fee statement. */
  private static void emit(
      FindingSink sink,
      String ruleId,
      String field,
      Message message,
      BigDecimal reported,
      BigDecimal expected) {
    FindingLocation location =
        FindingLocation.builder()
            .section(SectionId.OTHER_MATTERS)
            .jsonPointer(FEES.child(field))
            .build();
    sink.of(ruleId, location, message).values(reported, expected).add();
  }
}
