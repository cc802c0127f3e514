package org.disclosurereport.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every benchmark of this module runs with unless the command line overrides them:
 * average time per operation in microseconds, one thread, two forks with a fixed heap ({@code -Xms}
 * = {@code -Xmx}, so that heap resizing is not measured), three warm-up and five measured
 * iterations of one second. Ratios are only taken between benchmarks of one run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class BenchmarkDefaults {
  /** For subclasses. */
  protected BenchmarkDefaults() {}
}
