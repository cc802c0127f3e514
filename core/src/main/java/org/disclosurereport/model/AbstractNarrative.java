package org.disclosurereport.model;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The free text of a section (一、五、六): a list of blocks, each with an optional sub-heading.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractNarrative {

  /**
   * Only the generated {@link Narrative} extends this type: build a value with {@code
   * Narrative.builder()}.
   */
  AbstractNarrative() {}

  /**
   * Returns the blocks in printed order.
   *
   * @return the blocks, possibly empty
   */
  public abstract List<TextBlock> blocks();

  /**
   * Returns an empty text.
   *
   * @return the empty text
   */
  public static Narrative empty() {
    return Narrative.builder().build();
  }

  /**
   * Returns a text of one block without a heading.
   *
   * @param body the text
   * @return the narrative
   */
  public static Narrative of(String body) {
    return Narrative.builder().addBlocks(TextBlock.of(null, body)).build();
  }

  /**
   * Whether the section has no text at all (white space does not count).
   *
   * @return true when every heading and body is blank
   */
  public boolean isBlank() {
    return blocks().stream()
        .allMatch(b -> b.body().isBlank() && b.heading().map(String::isBlank).orElse(true));
  }

  /**
   * Returns the whole text, headings and bodies on their own lines.
   *
   * @return the text
   */
  public String text() {
    return blocks().stream()
        .map(b -> b.heading().map(h -> h + "\n" + b.body()).orElse(b.body()))
        .collect(Collectors.joining("\n"));
  }
}
