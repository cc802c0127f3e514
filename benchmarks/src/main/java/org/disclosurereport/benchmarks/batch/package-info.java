/**
 * The batch-throughput measurement: report files written by the testkit, for {@code
 * benchmarks/batch-throughput.sh} to validate with the command-line tool.
 */
package org.disclosurereport.benchmarks.batch;
