package org.disclosurereport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.disclosurereport.edition.CrossYearRelation;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.disclosurereport.validation.ReportValidator;
import org.disclosurereport.validation.Rule;
import org.disclosurereport.validation.RuleCatalogue;
import org.disclosurereport.validation.RuleScope;
import org.disclosurereport.validation.ValidationResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks the whole rule catalogue: every rule, in every edition it applies to, has mutants that make
 * it fire and make no undocumented rule fire. A rule added to the catalogue without a mutant
 * generator fails here.
 */
class MutantGeneratorTest {
  private static final int MUTANTS_PER_CASE = 20;
  private static final int VARIED_MUTANTS_PER_CASE = 10;

  @TestFactory
  List<DynamicTest> everyRuleOfTheCatalogueFiresAloneOnItsMutants() {
    return catalogue(GeneratorConfig::of, MUTANTS_PER_CASE);
  }

  /**
   * The variety of {@link GeneratorConfig#varied(Edition)} (supplementary rows, optional metadata,
   * credit codes, sub-headings, fees or none) makes no other rule fire on a mutant.
   */
  @TestFactory
  List<DynamicTest> everyRuleFiresAloneOnVariedMutantsToo() {
    return catalogue(GeneratorConfig::varied, VARIED_MUTANTS_PER_CASE);
  }

  /** A test per rule, edition and edition of year N-1; unbreakable rules must be refused. */
  private static List<DynamicTest> catalogue(Function<Edition, GeneratorConfig> config, int count) {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : RuleCatalogue.all()) {
      for (Edition edition : rule.editions()) {
        if (MutantGenerator.unbreakable(rule.id(), edition).isPresent()) {
          tests.add(
              DynamicTest.dynamicTest(
                  rule.id() + " " + edition.id() + " (unbreakable)", () -> refused(rule, edition)));
          continue;
        }
        for (Edition previous : previousEditions(rule, edition)) {
          tests.add(
              DynamicTest.dynamicTest(
                  rule.id()
                      + " "
                      + edition.id()
                      + (rule.scope() == RuleScope.REPORT ? "" : " after " + previous.id()),
                  () -> firesAlone(rule, config.apply(edition), previous, count)));
        }
      }
    }
    return tests;
  }

  private static List<Edition> previousEditions(Rule rule, Edition edition) {
    if (rule.scope() == RuleScope.REPORT) {
      return List.of(edition);
    }
    return rule.relationId()
        .map(
            id ->
                edition.spec().crossYearRelations().stream()
                    .filter(r -> r.id().equals(id))
                    .flatMap(r -> r.previousEditions().stream())
                    .filter(p -> prescribedPair(p, edition))
                    .sorted()
                    .toList())
        .orElse(Arrays.stream(Edition.values()).filter(p -> prescribedPair(p, edition)).toList());
  }

  /**
   * Whether a pair of consecutive reports in these editions can have years both editions are
   * prescribed for; other pairs would also break the edition-year rules.
   */
  private static boolean prescribedPair(Edition previous, Edition current) {
    for (int year = current.firstYear(); year <= Math.min(current.lastYear(), 2100); year++) {
      if (previous.prescribedFor(year - 1)) {
        return true;
      }
    }
    return false;
  }

  private static void refused(Rule rule, Edition edition) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MutantGenerator.of(rule.id(), GeneratorConfig.of(edition)));
    assertTrue(e.getMessage().contains(rule.id()), e.getMessage());
  }

  private static void firesAlone(Rule rule, GeneratorConfig config, Edition previous, int count) {
    Edition edition = config.edition();
    MutantGenerator generator = MutantGenerator.of(rule.id(), config, previous);
    RandomEntropy entropy = RandomEntropy.seeded(rule.id().hashCode() + edition.ordinal());
    Set<String> expected = new TreeSet<>(rule.companions());
    expected.add(rule.id());
    for (int i = 0; i < count; i++) {
      Mutant m = generator.generate(entropy);
      assertEquals(rule.id(), m.ruleId());
      assertEquals(expected, new TreeSet<>(m.expectedRuleIds()));
      ReportValidator validator = m.validator();
      ValidationResult result;
      if (rule.scope() == RuleScope.REPORT) {
        assertTrue(m.previous().isEmpty());
        result = validator.validate(m.report());
      } else {
        assertEquals(previous, m.previous().orElseThrow().edition());
        assertNoFindings(validator.validate(m.previous().orElseThrow()), m);
        assertNoFindings(validator.validate(m.report()), m);
        result = validator.validateConsecutive(m.previous().orElseThrow(), m.report());
      }
      Set<String> fired =
          result.findings().stream()
              .map(Finding::ruleId)
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(expected, fired, () -> m + " gave " + messages(result));
    }
  }

  private static void assertNoFindings(ValidationResult result, Mutant m) {
    assertTrue(
        result.findings().isEmpty(), () -> m + " has findings of its own: " + messages(result));
  }

  private static String messages(ValidationResult result) {
    return result.findings().stream()
        .map(f -> f.ruleId() + " " + f.messageEn())
        .toList()
        .toString();
  }

  @Test
  void unknownRulesAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MutantGenerator.of("DR-V999", GeneratorConfig.of(Edition.V2021)));
    assertEquals("Unknown rule id: DR-V999", e.getMessage());
  }

  @Test
  void aRuleOfAnotherEditionIsRefused() {
    String itemCount =
        Edition.V2019.spec().crossYearRelations().stream()
            .map(CrossYearRelation::id)
            .filter(
                id ->
                    Edition.V2021.spec().crossYearRelations().stream()
                        .noneMatch(r -> r.id().equals(id)))
            .findFirst()
            .orElseThrow();
    String ruleId = RuleCatalogue.forRelation(itemCount).orElseThrow().id();
    assertThrows(
        IllegalArgumentException.class,
        () -> MutantGenerator.of(ruleId, GeneratorConfig.of(Edition.V2021)));
  }

  @Test
  void sumMutantsChangeFewCellsAndShowThem() {
    String ruleId = RuleCatalogue.forRelation("applications.applicantTotal").orElseThrow().id();
    MutantGenerator generator = MutantGenerator.of(ruleId, GeneratorConfig.of(Edition.V2021));
    RandomEntropy entropy = RandomEntropy.seeded(3);
    for (int i = 0; i < 50; i++) {
      Mutant m = generator.generate(entropy);
      assertFalse(m.changes().isEmpty());
      assertTrue(m.changes().size() <= 4, m.toString());
      assertTrue(m.changes().get(0).contains(" / "), "official labels are shown: " + m);
    }
  }
}
