package org.disclosurereport.validation;

import org.disclosurereport.edition.SectionId;
import org.immutables.value.Value;

/**
 * A figure stated in the narrative of a report: what it counts, the number and its unit, the
 * sentence it is in and where the number stands in the section's text.
 *
 * <p>A figure about a part of the organ ("其中县政府本级收到申请20件") is kept but marked {@link #subUnit()}:
 * it is not the organ's total and is never compared with the tables.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractNarrativeFigure {
  /** Only the value type generated from it extends it. */
  AbstractNarrativeFigure() {}

  /**
   * @return what is counted
   */
  public abstract FigureKind kind();

  /**
   * @return the number, converted from Arabic or Chinese numerals
   */
  public abstract long value();

  /**
   * @return the unit as written, for example {@code 件} or {@code 条}
   */
  public abstract String unit();

  /**
   * @return the section whose text states the figure
   */
  public abstract SectionId section();

  /**
   * @return the whole sentence, as written
   */
  public abstract String sentence();

  /**
   * @return the offset of the number in the section's text ({@code Narrative.text()}), from 0
   */
  public abstract int position();

  /**
   * @return the number as written, for example {@code 二十三} or {@code 1,208}
   */
  public abstract String written();

  /**
   * @return whether the figure is about a part of the organ rather than the whole
   */
  public abstract boolean subUnit();

  @Value.Check
  protected void check() {
    if (value() < 0 || position() < 0) {
      throw new IllegalArgumentException(
          "Invalid narrative figure (valid values: value and position 0 or more): "
              + value()
              + " at "
              + position());
    }
  }
}
