package org.disclosurereport.cli.internal.batch;

/** Told how a batch advances. Called on the thread that runs the batch, never concurrently. */
public interface ProgressListener {
  /** A listener that shows nothing: for output that is piped, and for CI. */
  ProgressListener NONE = (done, found, walkFinished) -> {};

  /**
   * Called after each file's result has been handed over.
   *
   * @param done the number of files finished
   * @param found the number of files found so far
   * @param walkFinished whether all files have been found, so that {@code found} is the total
   */
  void advanced(long done, long found, boolean walkFinished);

  /** Called once when the batch has finished, also when it failed. */
  default void finished() {}
}
