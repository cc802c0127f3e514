package org.disclosurereport.model;

import org.disclosurereport.edition.Keys.ReviewAndLitigation;

/**
 * Typed access to section 四: the three groups 行政复议, 行政诉讼 / 未经复议直接起诉 and 行政诉讼 / 复议后起诉.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReviewAndLitigationView {
  private final TableView table;

  ReviewAndLitigationView(TableView table) {
    this.table = table;
  }

  /**
   * @return 行政复议
   */
  public OutcomeCounts review() {
    return new OutcomeCounts(table, ReviewAndLitigation.REVIEW);
  }

  /**
   * @return 行政诉讼 / 未经复议直接起诉
   */
  public OutcomeCounts directSuit() {
    return new OutcomeCounts(table, ReviewAndLitigation.DIRECT_SUIT);
  }

  /**
   * @return 行政诉讼 / 复议后起诉
   */
  public OutcomeCounts suitAfterReview() {
    return new OutcomeCounts(table, ReviewAndLitigation.SUIT_AFTER_REVIEW);
  }

  /** The five counts of one group. This class is immutable and thread-safe. */
  public static final class OutcomeCounts {
    private final TableView table;
    private final String group;

    OutcomeCounts(TableView table, String group) {
      this.table = table;
      this.group = group;
    }

    private CellValue get(String outcome) {
      return table.cell(ReviewAndLitigation.CASES, ReviewAndLitigation.column(group, outcome));
    }

    /**
     * @return 结果维持
     */
    public CellValue upheld() {
      return get(ReviewAndLitigation.UPHELD);
    }

    /**
     * @return 结果纠正
     */
    public CellValue corrected() {
      return get(ReviewAndLitigation.CORRECTED);
    }

    /**
     * @return 其他结果
     */
    public CellValue other() {
      return get(ReviewAndLitigation.OTHER_OUTCOME);
    }

    /**
     * @return 尚未审结
     */
    public CellValue pending() {
      return get(ReviewAndLitigation.PENDING);
    }

    /**
     * @return 总计, as reported
     */
    public CellValue total() {
      return get(ReviewAndLitigation.TOTAL);
    }
  }
}
