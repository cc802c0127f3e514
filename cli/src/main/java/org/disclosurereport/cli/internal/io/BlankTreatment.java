package org.disclosurereport.cli.internal.io;

/**
 * What {@code --blank} says about blank cells: that a blank where the format wants a number is
 * an error, or that blanks count as zero in the sums. Blank is never silently zero: {@code zero}
 * is the user's explicit choice.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum BlankTreatment {
  /**
   * A blank cell is an error; each sum with blanks is checked over the filled cells and with
   * blanks as zero.
   */
  ERROR,
  /**
   * A blank cell is noted for information; each sum with blanks is checked over the filled cells
   * (an error when it breaks) and with blanks as zero (a warning naming the blanks).
   */
  BOTH,
  /** Blank cells count as zero in every sum. */
  ZERO
}
