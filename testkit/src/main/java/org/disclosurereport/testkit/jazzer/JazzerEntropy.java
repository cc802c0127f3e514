package org.disclosurereport.testkit.jazzer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.Objects;
import org.disclosurereport.testkit.Entropy;
import org.disclosurereport.testkit.Generator;

/**
 * An {@link Entropy} that takes each choice from Jazzer's {@link FuzzedDataProvider}, so that
 * coverage-guided fuzzing explores reports: Jazzer mutates the bytes behind the choices and keeps
 * the inputs that reach new code.
 *
 * <pre>{@code
 * private static final ReportGenerator REPORTS = ReportGenerator.of(Edition.V2021);
 *
 * @FuzzTest
 * void readsWhatItWrites(FuzzedDataProvider data) {
 *   AnnualReport report = JazzerEntropy.generate(data, REPORTS);
 *   assertEquals(report, reader.read(writer.write(report)));
 * }
 * }</pre>
 *
 * <p>When the fuzzer's bytes run out, every further choice is the smallest allowed, so any input,
 * even an empty one, makes a complete report. Not thread-safe, like the provider it wraps.
 */
public final class JazzerEntropy implements Entropy {
  private final FuzzedDataProvider data;

  /**
   * Creates an entropy over a provider.
   *
   * @param data the provider Jazzer passed to the fuzz test
   */
  public JazzerEntropy(FuzzedDataProvider data) {
    this.data = Objects.requireNonNull(data, "data");
  }

  /**
   * Makes one value from the fuzzer's input.
   *
   * @param <T> the type of value
   * @param data the provider Jazzer passed to the fuzz test
   * @param generator the generator, such as a {@link org.disclosurereport.testkit.ReportGenerator}
   * @return the value
   */
  public static <T> T generate(FuzzedDataProvider data, Generator<T> generator) {
    return generator.generate(new JazzerEntropy(data));
  }

  @Override
  public long between(long min, long max) {
    Entropy.checkRange(min, max);
    if (min == max) {
      return min;
    }
    return data.consumeLong(min, max);
  }
}
