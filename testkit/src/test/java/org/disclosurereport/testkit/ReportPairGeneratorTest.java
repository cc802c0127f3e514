package org.disclosurereport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosurereport.edition.CrossYearRelation;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.RuleCode;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.ReportValidator;
import org.disclosurereport.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPairGeneratorTest {
  private static final ReportValidator STRICT =
      ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_IS_ERROR).build();

  /**
   * STRICT without the year-on-year plausibility flag (DR-V406, INFO): the generator draws the two
   * years independently, so headline figures jump more than fivefold in many pairs, as they
   * sometimes do in real reports. The pairs must chain; whether they jump is checked apart, in
   * {@link #jumpsAreOnlyInformation}.
   */
  private static final ReportValidator STRICT_CHAIN =
      ReportValidator.builder()
          .blankPolicy(BlankPolicy.BLANK_IS_ERROR)
          .disable(RuleCode.YEAR_ON_YEAR_JUMP.id())
          .build();

  @ParameterizedTest
  @CsvSource({"V2019, V2019", "V2019, V2021", "V2021, V2021"})
  void pairsChainAndHaveNoFinding(Edition previous, Edition current) {
    ReportPairGenerator generator = ReportPairGenerator.of(GeneratorConfig.of(current), previous);
    RandomEntropy entropy = RandomEntropy.seeded(17);
    for (int i = 0; i < 300; i++) {
      ReportPair pair = generator.generate(entropy);
      AnnualReport p = pair.previous();
      AnnualReport c = pair.current();
      assertEquals(previous, p.edition());
      assertEquals(current, c.edition());
      assertEquals(p.metadata().organName().orElseThrow(), c.metadata().organName().orElseThrow());
      assertEquals(p.metadata().reportYear().getAsInt() + 1, c.metadata().reportYear().getAsInt());
      ReportAssertions.assertNoFindings(p, STRICT);
      ReportAssertions.assertNoFindings(c, STRICT);
      assertTrue(
          STRICT_CHAIN.validateConsecutive(p, c).findings().isEmpty(), () -> pair.toString());
      ReportAssertions.assertConsistent(pair);
    }
  }

  /** With every variety on, the two years still chain and name the organ the same way. */
  @ParameterizedTest
  @CsvSource({"V2019, V2019", "V2019, V2021", "V2021, V2021"})
  void variedPairsChainAndShareTheOrgansCodes(Edition previous, Edition current) {
    ReportPairGenerator generator =
        ReportPairGenerator.of(GeneratorConfig.varied(current).withBlankPercent(0), previous);
    RandomEntropy entropy = RandomEntropy.seeded(23);
    int withCodes = 0;
    for (int i = 0; i < 300; i++) {
      ReportPair pair = generator.generate(entropy);
      ReportMetadata p = pair.previous().metadata();
      ReportMetadata c = pair.current().metadata();
      assertEquals(p.creditCode(), c.creditCode());
      assertEquals(p.divisionCode(), c.divisionCode());
      withCodes += c.creditCode().isPresent() ? 1 : 0;
      ReportAssertions.assertNoFindings(pair.previous(), STRICT);
      ReportAssertions.assertNoFindings(pair.current(), STRICT);
      assertTrue(
          STRICT_CHAIN.validateConsecutive(pair.previous(), pair.current()).findings().isEmpty(),
          pair::toString);
    }
    assertTrue(withCodes > 0, "some organs have a credit code");
  }

  /**
   * With every rule on, generated pairs stay valid and their only cross-year findings are the
   * year-on-year flags, for information; and the generator's independent years do jump.
   */
  @ParameterizedTest
  @CsvSource({"V2019, V2021", "V2021, V2021"})
  void jumpsAreOnlyInformation(Edition previous, Edition current) {
    ReportPairGenerator generator = ReportPairGenerator.of(GeneratorConfig.of(current), previous);
    RandomEntropy entropy = RandomEntropy.seeded(29);
    int jumps = 0;
    for (int i = 0; i < 200; i++) {
      ReportPair pair = generator.generate(entropy);
      ValidationResult result = STRICT.validateConsecutive(pair.previous(), pair.current());
      assertTrue(result.isValid(), pair::toString);
      for (Finding f : result.findings()) {
        assertEquals(RuleCode.YEAR_ON_YEAR_JUMP.id(), f.ruleId(), pair::toString);
        assertEquals(Severity.INFO, f.severity());
        jumps++;
      }
    }
    assertTrue(jumps > 0, "independent years jump in some pairs");
  }

  @Test
  void everyCrossYearRelationIsExercised() {
    // Each relation of each edition has a pair of editions it applies to, and pairs of those
    // editions keep it: the generator is not silently ignoring one.
    for (Edition current : Edition.values()) {
      for (CrossYearRelation relation : current.spec().crossYearRelations()) {
        Edition previous =
            relation.previousEditions().contains(current)
                ? current
                : relation.previousEditions().iterator().next();
        ReportPair pair =
            ReportPairGenerator.of(GeneratorConfig.of(current), previous)
                .generate(RandomEntropy.seeded(1));
        for (CrossYearRelation.Instance instance : relation.expand(current.spec())) {
          long expected = 0;
          for (CrossYearRelation.TermAt t : instance.terms()) {
            AnnualReport from =
                t.year() == CrossYearRelation.Year.PREVIOUS ? pair.previous() : pair.current();
            expected += t.sign() * from.cell(t.address()).wholeNumber().orElse(0);
          }
          assertEquals(
              expected,
              pair.current().cell(instance.current()).wholeNumber().orElse(0),
              relation.id() + " at " + instance.current());
        }
      }
    }
  }

  @Test
  void aSingleYearLeavesNoRoomForAPair() {
    GeneratorConfig config =
        GeneratorConfig.builder().edition(Edition.V2019).firstYear(2019).lastYear(2019).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReportPairGenerator.of(config));
    assertTrue(e.getMessage().startsWith("Invalid value for lastYear"), e.getMessage());
  }
}
