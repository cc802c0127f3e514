package org.disclosurereport.model;

import java.util.Map;
import org.immutables.value.Value;

/**
 * A row a published report prints that the national format does not have, such as Hubei's {@code
 * 其他主动公开文件} under {@code 第二十条第（一）项}. It is kept, with its raw cell texts, so that nothing read is
 * lost; validators report it as information.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractSupplementaryRow {

  /**
   * Only the generated {@link SupplementaryRow} extends this type: build a value with {@code
   * SupplementaryRow.builder()}.
   */
  AbstractSupplementaryRow() {}

  /**
   * Returns the key of the table the row was printed in.
   *
   * @return the table key
   */
  public abstract String table();

  /**
   * Returns the row's label as printed.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * Returns the raw text of each cell, by the key of the column it was printed under.
   *
   * @return the cell texts
   */
  public abstract Map<String, String> values();
}
