package org.disclosurereport.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.SupplementaryRow;
import org.disclosurereport.testkit.Entropy;

/**
 * Draws rows that the national format does not have, as some provinces print them in section 二:
 * Hubei's {@code 其他主动公开文件} under {@code 第二十条第（一）项}, or further kinds of decisions under the other
 * Article 20 items. Each row has the raw text of some of its cells, printed as reports print values
 * of the column's kind.
 *
 * <p>The labels are not the national format's, and {@link #LABELS} holds none of an edition's row
 * labels or aliases (the testkit's tests check it), so a reader cannot mistake such a row for one
 * of the format's.
 */
public final class SupplementaryRows {
  /** Labels of rows some provinces add to section 二. */
  public static final List<String> LABELS = List.of("其他主动公开文件", "行政确认", "行政奖励", "行政征收", "其他事项");

  private SupplementaryRows() {}

  /**
   * Draws the supplementary rows of a report: for each table of section 二, in printed order, a row
   * with the given probability.
   *
   * @param entropy the source of choices
   * @param spec the edition
   * @param percent how often a table gets a row, in percent
   * @param maxCount the largest number printed
   * @param amounts how amounts are drawn
   * @return the rows, in the order of their tables
   */
  public static List<SupplementaryRow> draw(
      Entropy entropy, EditionSpec spec, int percent, long maxCount, Amounts amounts) {
    List<SupplementaryRow> rows = new ArrayList<>();
    if (percent == 0) {
      return rows;
    }
    for (TableSpec table : spec.tables(SectionId.PROACTIVE_DISCLOSURE)) {
      if (!entropy.chance(percent)) {
        continue;
      }
      SupplementaryRow.Builder row =
          SupplementaryRow.builder().table(table.key()).label(entropy.pick(LABELS));
      for (AxisNode column : table.columnLeaves()) {
        if (entropy.chance(70)) {
          row.putValues(column.key(), text(entropy, column, maxCount, amounts));
        }
      }
      rows.add(row.build());
    }
    return rows;
  }

  /** A value of the column's kind, as printed: {@code 186}, {@code +3}, {@code 12.50万元}. */
  private static String text(Entropy entropy, AxisNode column, long maxCount, Amounts amounts) {
    CellValue value =
        switch (column.kind().orElseThrow()) {
          case COUNT -> CellValue.count(entropy.between(0, maxCount));
          case CHANGE -> CellValue.change(entropy.between(-maxCount, maxCount));
          case AMOUNT -> amounts.draw(entropy, column.declaredUnit().orElse(null), maxCount);
        };
    return value.toString();
  }
}
