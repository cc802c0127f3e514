package org.disclosurereport.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Section 六, other matters to report: free text and, where the organ reports them, its
 * information-processing fees.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractOtherMatters {

  /**
   * Only the generated {@link OtherMatters} extends this type: build a value with {@code
   * OtherMatters.builder()}.
   */
  AbstractOtherMatters() {}

  /**
   * Returns the text of the section.
   *
   * @return the text, possibly empty
   */
  @Value.Default
  public Narrative narrative() {
    return Narrative.empty();
  }

  /**
   * Returns the structured fee statement.
   *
   * @return the fees, empty when the report states none
   */
  public abstract Optional<InformationProcessingFees> fees();
}
