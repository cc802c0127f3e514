package org.disclosurereport.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.testkit.internal.CellSolver;
import org.disclosurereport.testkit.internal.Equation;
import org.disclosurereport.testkit.internal.Equations;
import org.disclosurereport.testkit.internal.Slot;

/**
 * Generates the reports of one organ for two consecutive years, year N-1 and year N, whose figures
 * chain: every cross-year relation of year N's edition that applies to year N-1's edition ({@link
 * org.disclosurereport.edition.EditionSpec#crossYearRelations()}) holds, and each report is
 * consistent on its own.
 *
 * <p>Year N is drawn from the configured years, preferring those for which year N's edition is
 * prescribed and year N-1's edition was prescribed for year N-1 (2021 alone for a 2019-edition year
 * N-1 and a 2021-edition year N). Year N-1 is generated as by {@link ReportGenerator}. Year N is
 * then built with the cross-year relations as further equations whose year N-1 side is known: for
 * example {@code 二、上年结转} of year N is last year's {@code 四、结转下年度继续办理}, and year N's {@code 一、本年新收}
 * is solved so that section 三 still balances.
 *
 * <pre>{@code
 * ReportPairGenerator pairs = ReportPairGenerator.of(GeneratorConfig.of(Edition.V2021), Edition.V2019);
 * ReportPair pair = pairs.generate(RandomEntropy.seeded(1)); // years 2020 and 2021..2030
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportPairGenerator implements Generator<ReportPair> {
  private final GeneratorConfig config;
  private final Edition previousEdition;
  private final ReportGenerator previous;
  private final ReportGenerator current;
  private final CellSolver currentSolver;
  private final int firstYear;
  private final int lastYear;

  private ReportPairGenerator(GeneratorConfig config, Edition previousEdition) {
    this.config = Objects.requireNonNull(config, "config");
    this.previousEdition = Objects.requireNonNull(previousEdition, "previousEdition");
    int firstYear = Math.max(config.firstYear(), ReportMetadata.FIRST_REPORT_YEAR + 1);
    if (firstYear > config.lastYear()) {
      throw new IllegalArgumentException(
          "Invalid value for lastYear (valid values "
              + firstYear
              + " - "
              + ReportMetadata.LAST_REPORT_YEAR
              + " for a pair, whose first year is at least "
              + ReportMetadata.FIRST_REPORT_YEAR
              + "): "
              + config.lastYear());
    }
    // Prefer years for which both editions are prescribed, so that neither report is judged for
    // its edition; fall back to the configured years when they leave none.
    int preferredFirst = Math.max(firstYear, previousEdition.firstYear() + 1);
    int preferredLast = (int) Math.min(config.lastYear(), previousEdition.lastYear() + 1L);
    boolean preferred = preferredFirst <= preferredLast;
    this.firstYear = preferred ? preferredFirst : firstYear;
    this.lastYear = preferred ? preferredLast : config.lastYear();
    this.current = ReportGenerator.of(config);
    List<Equation> equations = new ArrayList<>(crossYearEquations());
    equations.addAll(Equations.inYear(1, current.spec()));
    this.currentSolver =
        new CellSolver(current.spec(), 1, equations, Equations.selfChain(1, current.spec()));
    this.previous =
        ReportGenerator.of(
            GeneratorConfig.copyOf(config)
                .withEdition(previousEdition)
                .withFirstYear(ReportMetadata.FIRST_REPORT_YEAR)
                .withLastYear(ReportMetadata.LAST_REPORT_YEAR));
  }

  /**
   * Returns a generator of pairs whose two reports share an edition.
   *
   * @param config the configuration of year N; its years are year N's
   * @return the generator
   * @throws IllegalArgumentException if the configured years leave no room for year N-1
   */
  public static ReportPairGenerator of(GeneratorConfig config) {
    return new ReportPairGenerator(config, config.edition());
  }

  /**
   * Returns a generator of pairs whose year N-1 uses another edition, for example 2020 in the 2019
   * edition and 2021 in the 2021 edition.
   *
   * @param config the configuration of year N; its years are year N's
   * @param previousEdition the edition of year N-1
   * @return the generator
   * @throws IllegalArgumentException if the configured years leave no room for year N-1
   */
  public static ReportPairGenerator of(GeneratorConfig config, Edition previousEdition) {
    return new ReportPairGenerator(config, previousEdition);
  }

  /**
   * Returns the configuration of year N.
   *
   * @return the configuration
   */
  public GeneratorConfig config() {
    return config;
  }

  /**
   * Returns the edition of year N-1.
   *
   * @return the edition
   */
  public Edition previousEdition() {
    return previousEdition;
  }

  /**
   * Returns the equations linking the two years (report 0 is year N-1, report 1 year N).
   *
   * @return the cross-year equations
   */
  List<Equation> crossYearEquations() {
    return Equations.crossYear(0, previousEdition, 1, current.spec());
  }

  @Override
  public ReportPair generate(Entropy entropy) {
    Objects.requireNonNull(entropy, "entropy");
    int year = entropy.intBetween(firstYear, lastYear);
    ReportGenerator.Organ organ = current.drawOrgan(entropy);
    AnnualReport first = previous.generate(entropy, organ, year - 1);
    Map<Slot, CellValue> known = new HashMap<>();
    for (CellAddress a : first.spec().cells()) {
      known.put(new Slot(0, a), first.cell(a));
    }
    AnnualReport second = current.generate(entropy, organ, year, currentSolver, known);
    return new ReportPair(first, second);
  }
}
