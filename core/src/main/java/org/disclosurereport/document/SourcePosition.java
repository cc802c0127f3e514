package org.disclosurereport.document;

import java.util.OptionalInt;

/**
 * Where a cell starts in its source, the line and the character position in the line, for a reader
 * that can work them out only at a cost and so does so only when they are wanted.
 *
 * <p>The HTML reader parses a page without tracking the source position of every node, which costs
 * about as much as the parse itself, and finds the lines again, by a second parse that tracks them,
 * only when a finding quotes a cell or a caller asks where a cell came from. A {@link CellSource}
 * built with one ({@link CellSource.Builder#position(SourcePosition)}) asks it the first time its
 * {@link CellSource#line()} or {@link CellSource#lineColumn()} is wanted.
 *
 * <p>Implementations must be thread-safe and answer the same every time they are asked.
 */
public interface SourcePosition {
  /**
   * Returns the line in the source where the cell starts.
   *
   * @return the line, counting from 1; empty when the source does not tell
   */
  OptionalInt line();

  /**
   * Returns the character position in the line where the cell starts.
   *
   * @return the position, counting from 1; empty when the source does not tell
   */
  OptionalInt lineColumn();
}
