package org.disclosurereport.cli.internal.io;

/**
 * What {@code --blank} says about blank cells: that a blank where the format wants a number is
 * an error, or that blanks count as zero in the sums. Blank is never silently zero: {@code zero}
 * is the user's explicit choice.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum BlankTreatment {
  /** A blank cell is reported; sums are checked only over filled cells. */
  ERROR,
  /** Blank cells count as zero in every sum. */
  ZERO
}
