package org.disclosurereport.model;

import org.disclosurereport.edition.CellKind;
import org.immutables.value.Value;

/**
 * The information-processing fees (信息处理费) an organ reports in section 六, under 《政府信息公开信息处理费管理办法》
 * (国办函〔2020〕109号): how many fee notices it issued, the amount they asked for and the amount
 * actually collected. Each figure may be blank.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractInformationProcessingFees {

  /**
   * Only the generated {@link InformationProcessingFees} extends this type: build a value with
   * {@code InformationProcessingFees.builder()}.
   */
  AbstractInformationProcessingFees() {}

  /**
   * Returns the number of fee notices (收费通知) issued.
   *
   * @return a count, or blank
   */
  @Value.Default
  public CellValue noticesIssued() {
    return CellValue.blank();
  }

  /**
   * Returns the total amount the notices asked for.
   *
   * @return an amount, or blank
   */
  @Value.Default
  public CellValue amountNotified() {
    return CellValue.blank();
  }

  /**
   * Returns the amount actually collected.
   *
   * @return an amount, or blank
   */
  @Value.Default
  public CellValue amountCollected() {
    return CellValue.blank();
  }

  @Value.Check
  protected void check() {
    requireKind(noticesIssued(), CellKind.COUNT, "otherMatters.fees.noticesIssued");
    requireKind(amountNotified(), CellKind.AMOUNT, "otherMatters.fees.amountNotified");
    requireKind(amountCollected(), CellKind.AMOUNT, "otherMatters.fees.amountCollected");
  }

  private static void requireKind(CellValue value, CellKind kind, String field) {
    if (!value.isBlank() && value.kind().orElseThrow() != kind) {
      throw new ReportShapeException(
          ReportShapeException.Code.WRONG_KIND,
          field,
          field,
          kind.name(),
          value.kind().orElseThrow().name());
    }
  }
}
