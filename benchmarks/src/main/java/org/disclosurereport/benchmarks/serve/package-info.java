/**
 * The load test of {@code disclosure serve}: concurrent clients posting reports to its API for a
 * bounded time, reporting throughput and latency. Run by {@code benchmarks/serve-load.sh}; not part
 * of {@code mvn verify}.
 */
package org.disclosurereport.benchmarks.serve;
