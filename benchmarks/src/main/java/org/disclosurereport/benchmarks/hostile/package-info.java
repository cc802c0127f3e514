/**
 * The hostile-input campaign: every reader of the SDK (JSON, XML, HTML, text) fed with mutated
 * documents, and the properties each must keep.
 *
 * <p>{@link org.disclosurereport.benchmarks.hostile.Mutator} mutates valid documents
 * deterministically (byte flips, truncation, duplication, deep nesting, huge numbers, odd
 * encodings, and changes that keep the meaning); {@link
 * org.disclosurereport.benchmarks.hostile.ReaderOracle} reads one input with a time bound and
 * checks that nothing was thrown, nothing hung, nothing ran out of memory, nothing was silently
 * lost, and that a document that kept its meaning gave the same report. The Jazzer fuzz tests and
 * the fixed-seed campaign of the test suite both use them.
 */
package org.disclosurereport.benchmarks.hostile;
