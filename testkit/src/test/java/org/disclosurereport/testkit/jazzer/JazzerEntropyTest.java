package org.disclosurereport.testkit.jazzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.CannedFuzzedDataProvider;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.SplittableRandom;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.testkit.GeneratorConfig;
import org.disclosurereport.testkit.ReportAssertions;
import org.disclosurereport.testkit.ReportGenerator;
import org.disclosurereport.testkit.ReportPair;
import org.disclosurereport.testkit.ReportPairGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

class JazzerEntropyTest {
  private static final ReportGenerator REPORTS_2019 = ReportGenerator.of(Edition.V2019);
  private static final ReportGenerator REPORTS_2021 =
      ReportGenerator.of(GeneratorConfig.builder().edition(Edition.V2021).blankPercent(20).build());
  private static final ReportPairGenerator PAIRS =
      ReportPairGenerator.of(GeneratorConfig.of(Edition.V2021), Edition.V2019);

  @Test
  void eachChoiceIsOneValueOfTheProvider() {
    FuzzedDataProvider data = CannedFuzzedDataProvider.create(List.of(7L, -3L, 99L));
    JazzerEntropy entropy = new JazzerEntropy(data);
    assertEquals(7, entropy.between(0, 10));
    assertEquals(5, entropy.between(5, 5), "a range of one value draws nothing");
    assertEquals(-3, entropy.between(-5, 5));
    assertEquals(99, entropy.between(0, 99));
  }

  @Test
  void anyBytesMakeConsistentReports() {
    SplittableRandom random = new SplittableRandom(8);
    for (int i = 0; i < 100; i++) {
      byte[] input = new byte[random.nextInt(0, 4096)];
      random.nextBytes(input);
      everyInputMakesConsistentReports(BytesProvider.of(input));
    }
  }

  @Test
  void anEmptyInputMakesTheSmallestReport() {
    AnnualReport report = JazzerEntropy.generate(BytesProvider.of(new byte[0]), REPORTS_2019);
    ReportAssertions.assertConsistent(report);
    assertEquals(Edition.V2019.firstYear(), report.metadata().reportYear().getAsInt());
    assertTrue(
        report.cells().values().stream().allMatch(v -> v.decimal().orElseThrow().signum() == 0));
  }

  /**
   * The fuzz test users write. It runs only when fuzzing ({@code JAZZER_FUZZ=1}), since loading
   * Jazzer's agent costs more than the rest of this module's tests; {@link
   * #anyBytesMakeConsistentReports()} checks the same property on random inputs every build.
   */
  @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = "1")
  @FuzzTest(maxDuration = "60s")
  void everyInputMakesConsistentReports(FuzzedDataProvider data) {
    AnnualReport first = JazzerEntropy.generate(data, REPORTS_2019);
    AnnualReport second = JazzerEntropy.generate(data, REPORTS_2021);
    ReportPair pair = JazzerEntropy.generate(data, PAIRS);
    ReportAssertions.assertConsistent(first);
    ReportAssertions.assertConsistent(second);
    ReportAssertions.assertConsistent(pair);
  }
}
