package org.disclosurereport.testkit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.InformationProcessingFees;
import org.disclosurereport.model.OrganKind;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.testkit.internal.Amounts;
import org.disclosurereport.testkit.internal.CellSolver;
import org.disclosurereport.testkit.internal.Equations;
import org.disclosurereport.testkit.internal.Narratives;
import org.disclosurereport.testkit.internal.OrganCodes;
import org.disclosurereport.testkit.internal.OrganNames;
import org.disclosurereport.testkit.internal.Slot;
import org.disclosurereport.testkit.internal.SupplementaryRows;

/**
 * Generates annual reports that are consistent by construction: every sum relation of their edition
 * holds.
 *
 * <p>The generator reads the sum relations of the edition description ({@link
 * EditionSpec#identities()}) and builds each report from them: it draws the cells that nothing
 * determines (the leaves) and derives the totals, never generating and filtering. A drawn {@code
 * 本年增/减} (2019 edition) never takes next year's item count below zero, so every report can be the
 * first year of a {@link ReportPairGenerator pair}. With {@link GeneratorConfig#blankPercent()}
 * above zero some cells are blank, and the relations hold when blanks count as zero. The other
 * settings of the configuration vary the rest of the report (amounts, metadata, text, fees,
 * supplementary rows) without making it inconsistent: {@link GeneratorConfig#varied(Edition)} turns
 * them all on.
 *
 * <pre>{@code
 * ReportGenerator generator = ReportGenerator.of(GeneratorConfig.of(Edition.V2021));
 * AnnualReport report = generator.generate(RandomEntropy.seeded(7));
 * }</pre>
 *
 * <p>Every choice is drawn from the {@link Entropy} given, so the same choices give the same
 * report, and an engine that shrinks the choices shrinks the report. This class is immutable and
 * thread-safe; the entropy passed to {@link #generate(Entropy)} is used by the calling thread only.
 */
public final class ReportGenerator implements Generator<AnnualReport> {
  private final GeneratorConfig config;
  private final EditionSpec spec;
  private final CellSolver solver;
  private final Amounts amounts;
  private final Narratives.Shape text;

  private ReportGenerator(GeneratorConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.spec = config.edition().spec();
    this.solver = new CellSolver(spec, 0, Equations.inYear(0, spec), Equations.selfChain(0, spec));
    this.amounts =
        new Amounts(config.minAmountScale(), config.maxAmountScale(), config.unstatedUnitPercent());
    this.text =
        new Narratives.Shape(
            config.maxTextLength(),
            config.headingPercent(),
            config.maxParagraphs(),
            config.specialCharacterPercent());
  }

  /**
   * Returns a generator.
   *
   * @param config what to generate
   * @return the generator
   */
  public static ReportGenerator of(GeneratorConfig config) {
    return new ReportGenerator(config);
  }

  /**
   * Returns a generator of reports of an edition, with every other setting at its default.
   *
   * @param edition the edition
   * @return the generator
   */
  public static ReportGenerator of(Edition edition) {
    return of(GeneratorConfig.of(edition));
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration
   */
  public GeneratorConfig config() {
    return config;
  }

  /**
   * Generates a report.
   *
   * @param entropy the source of every choice
   * @return a report of the configured edition whose sum relations all hold
   */
  @Override
  public AnnualReport generate(Entropy entropy) {
    Objects.requireNonNull(entropy, "entropy");
    int year = entropy.intBetween(config.firstYear(), config.lastYear());
    Organ organ = drawOrgan(entropy);
    return generate(entropy, organ, year);
  }

  /** Generates a report of an organ and year chosen by the caller. */
  AnnualReport generate(Entropy entropy, Organ organ, int year) {
    return generate(entropy, organ, year, solver, Map.of());
  }

  /**
   * The organ a report is about, with the codes it has on its pages: drawn once for a pair, so that
   * both years name the same organ the same way.
   */
  record Organ(
      String name,
      OrganKind kind,
      OrganLevel level,
      Optional<String> divisionCode,
      Optional<String> creditCode) {}

  Organ drawOrgan(Entropy entropy) {
    OrganLevel level =
        config.organLevel().orElseGet(() -> entropy.pick(Arrays.asList(OrganLevel.values())));
    OrganNames.Organ drawn = OrganNames.draw(entropy, level);
    boolean division = entropy.chance(config.metadataPercent(MetadataField.DIVISION_CODE));
    boolean credit = entropy.chance(config.metadataPercent(MetadataField.CREDIT_CODE));
    String code = division || credit ? OrganCodes.division(entropy, level) : null;
    return new Organ(
        drawn.name(),
        drawn.kind(),
        level,
        division ? Optional.of(code) : Optional.empty(),
        credit ? Optional.of(OrganCodes.credit(entropy, code)) : Optional.empty());
  }

  /**
   * Generates a report with a solver of the caller (one that knows the equations linking it to
   * another report) and the cells of the other report.
   */
  AnnualReport generate(
      Entropy entropy, Organ organ, int year, CellSolver cellSolver, Map<Slot, CellValue> others) {
    Map<CellAddress, CellValue> cells =
        cellSolver.solve(entropy, config.maxCount(), config.blankPercent(), amounts, others);
    return AnnualReport.builder()
        .metadata(metadata(entropy, organ, year))
        .putAllCells(cells)
        .general(Narratives.draw(entropy, text))
        .problems(Narratives.draw(entropy, text))
        .otherMatters(
            OtherMatters.builder()
                .narrative(Narratives.draw(entropy, text))
                .fees(fees(entropy))
                .build())
        .addAllSupplementaryRows(
            SupplementaryRows.draw(
                entropy, spec, config.supplementaryRowPercent(), config.maxCount(), amounts))
        .build();
  }

  private ReportMetadata metadata(Entropy entropy, Organ organ, int year) {
    ReportMetadata.Builder m =
        ReportMetadata.builder()
            .organName(organ.name())
            .edition(config.edition())
            .reportYear(year)
            .divisionCode(organ.divisionCode())
            .creditCode(organ.creditCode());
    if (entropy.chance(config.metadataPercent(MetadataField.ORGAN_LEVEL))) {
      m.organLevel(organ.level());
    }
    if (entropy.chance(config.metadataPercent(MetadataField.ORGAN_KIND))) {
      m.organKind(organ.kind());
    }
    if (entropy.chance(config.metadataPercent(MetadataField.PUBLICATION_DATE))) {
      m.publicationDate(LocalDate.of(year + 1, 1, 1).plusDays(entropy.between(0, 30)));
    }
    if (entropy.chance(config.metadataPercent(MetadataField.TITLE))) {
      m.title(OrganNames.title(entropy, organ.name(), year));
    }
    if (entropy.chance(config.metadataPercent(MetadataField.INDEX_NUMBER))) {
      m.indexNumber(OrganCodes.indexNumber(entropy, organ.creditCode().orElse(null), year + 1));
    }
    return m.build();
  }

  /**
   * Draws section 六's fee statement, if any: both amounts in one unit and scale, the amount
   * collected never above the amount notified, and both zero when no notice was issued.
   */
  private Optional<InformationProcessingFees> fees(Entropy entropy) {
    if (!entropy.chance(config.feesPercent())) {
      return Optional.empty();
    }
    long notices = entropy.between(0, Math.min(config.maxCount(), 5));
    MoneyUnit unit = amounts.unit(entropy, null);
    int scale = amounts.scale(entropy);
    long cap = Amounts.unscaled(Math.max(1, config.maxCount()) * 100L * notices, scale);
    long notified = notices == 0 ? 0 : entropy.between(1, cap);
    long collected = entropy.between(0, notified);
    return Optional.of(
        InformationProcessingFees.builder()
            .noticesIssued(CellValue.count(notices))
            .amountNotified(CellValue.amount(Amounts.of(notified, scale), unit))
            .amountCollected(CellValue.amount(Amounts.of(collected, scale), unit))
            .build());
  }

  EditionSpec spec() {
    return spec;
  }
}
