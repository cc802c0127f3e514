package org.disclosurereport.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A part of a text section: an optional sub-heading (such as {@code （一）主动公开}) and its body.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractTextBlock {

  /**
   * Only the generated {@link TextBlock} extends this type: build a value with {@code
   * TextBlock.builder()}.
   */
  AbstractTextBlock() {}

  /**
   * Returns the sub-heading as printed, without surrounding white space.
   *
   * @return the heading
   */
  public abstract Optional<String> heading();

  /**
   * Returns the body text; paragraphs are separated by {@code \n}.
   *
   * @return the body, possibly empty
   */
  public abstract String body();

  /**
   * Creates a block.
   *
   * @param heading the sub-heading, or null for none
   * @param body the body
   * @return the block
   */
  public static TextBlock of(String heading, String body) {
    return TextBlock.builder().heading(Optional.ofNullable(heading)).body(body).build();
  }
}
