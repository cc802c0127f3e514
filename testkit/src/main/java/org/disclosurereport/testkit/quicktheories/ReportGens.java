package org.disclosurereport.testkit.quicktheories;

import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.testkit.Generator;
import org.disclosurereport.testkit.GeneratorConfig;
import org.disclosurereport.testkit.Mutant;
import org.disclosurereport.testkit.MutantGenerator;
import org.disclosurereport.testkit.ReportGenerator;
import org.disclosurereport.testkit.ReportPair;
import org.disclosurereport.testkit.ReportPairGenerator;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators ({@link Gen}) of reports, pairs of years and one-rule mutants.
 *
 * <pre>{@code
 * qt().forAll(ReportGens.reports(Edition.V2021))
 *     .checkAssert(report -> assertEquals(report, read(write(report))));
 * }</pre>
 *
 * <p>Each {@code Gen} draws every choice through {@link QuickTheoriesEntropy}, so QuickTheories'
 * integrated shrinking works on reports: when a property fails, QuickTheories shrinks the choices
 * and rebuilds the report from them, and since reports are built from their choices the shrunk
 * report is again consistent (or, for a mutant, again breaks exactly its rule), only smaller.
 * Failing values are shown with a short description (organ, year, edition and every non-zero cell)
 * rather than the whole report.
 */
public final class ReportGens {
  private ReportGens() {}

  /**
   * Returns a QuickTheories generator over any testkit generator.
   *
   * @param <T> the type of value
   * @param generator the generator
   * @return the QuickTheories generator
   */
  public static <T> Gen<T> of(Generator<T> generator) {
    return source -> generator.generate(new QuickTheoriesEntropy(source));
  }

  /**
   * Returns consistent reports.
   *
   * @param config what to generate
   * @return the generator
   */
  public static Gen<AnnualReport> reports(GeneratorConfig config) {
    return of(ReportGenerator.of(config)).describedAs(Descriptions::describe);
  }

  /**
   * Returns consistent reports of an edition, with the default configuration.
   *
   * @param edition the edition
   * @return the generator
   */
  public static Gen<AnnualReport> reports(Edition edition) {
    return reports(GeneratorConfig.of(edition));
  }

  /**
   * Returns pairs of consecutive years whose figures chain.
   *
   * @param generator the pair generator
   * @return the generator
   */
  public static Gen<ReportPair> pairs(ReportPairGenerator generator) {
    return of(generator)
        .describedAs(
            p -> Descriptions.describe(p.previous()) + " / " + Descriptions.describe(p.current()));
  }

  /**
   * Returns reports (or pairs of reports) that break one rule of the validation catalogue and only
   * that rule; a shrunk mutant still breaks exactly its rule.
   *
   * @param ruleId the rule id, for example {@code DR-V101}
   * @param config the configuration of the report (year N, for a rule on consecutive reports)
   * @return the generator
   * @throws IllegalArgumentException as {@link MutantGenerator#of(String, GeneratorConfig)}
   */
  public static Gen<Mutant> mutants(String ruleId, GeneratorConfig config) {
    return of(MutantGenerator.of(ruleId, config)).describedAs(Mutant::toString);
  }
}
