/**
 * What the SDK costs, measured with JMH against what a user would otherwise write, in the same run:
 * reading and writing JSON and XML, validating, reading published pages, generating test reports.
 *
 * <p>{@link org.disclosurereport.benchmarks.Ratios} is the main class of {@code benchmarks.jar};
 * {@link org.disclosurereport.benchmarks.RatioTable} holds the published ratios and their targets.
 */
package org.disclosurereport.benchmarks;
