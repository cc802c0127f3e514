package org.disclosurereport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportCodec;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportXml;
import org.disclosurereport.testkit.GeneratorConfig;
import org.disclosurereport.testkit.Mutant;
import org.disclosurereport.testkit.MutantGenerator;
import org.disclosurereport.testkit.quicktheories.ReportGens;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.ReportValidator;
import org.disclosurereport.validation.RuleCatalogue;
import org.disclosurereport.validation.RuleScope;
import org.disclosurereport.validation.ValidationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests as a portal team would write them: the portal takes uploaded reports as JSON or
 * XML, reads them with the SDK's hardened readers, validates them, and publishes only reports the
 * validator has nothing to say about.
 *
 * <p>Two properties, checked with QuickTheories on reports made by the testkit:
 *
 * <ol>
 *   <li>every consistent report, of either edition, survives the upload unchanged in both formats
 *       and is accepted;
 *   <li>every report broken in one way (a <em>mutant</em>: one rule of the catalogue broken, and
 *       only that one) survives the upload too, and is refused with exactly the rule it breaks.
 * </ol>
 *
 * <p>When a property fails, QuickTheories shrinks the testkit's choices and shows the smallest
 * report it found that still fails; because the testkit builds reports from their choices, that
 * report is again consistent (or again breaks exactly one rule), only simpler.
 */
class PortalPropertyTest {
  /** The portal's readers: strict (unknown members are errors) with the default limits. */
  private static final List<ReportCodec> UPLOAD_FORMATS =
      List.of(ReportJson.create(), ReportXml.create());

  /** The portal requires every cell to be filled: a blank cell is an error. */
  private static final ReportValidator PORTAL =
      ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_IS_ERROR).build();

  /**
   * Reports with every kind of variety the testkit can make (amounts of any scale and unit,
   * optional metadata, sub-headings, several paragraphs, characters JSON and XML must escape, fees
   * or none, rows the national format lacks) and, as this portal requires, no blank cell.
   */
  private static GeneratorConfig uploads(Edition edition) {
    return GeneratorConfig.varied(edition).withBlankPercent(0);
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void everyConsistentReportIsUploadedUnchangedAndAccepted(Edition edition) {
    qt().withExamples(200)
        .forAll(ReportGens.reports(uploads(edition)))
        .checkAssert(
            report -> {
              for (ReportCodec format : UPLOAD_FORMATS) {
                AnnualReport uploaded = upload(report, format);
                assertEquals(report, uploaded, format.format() + " keeps every detail");
                ValidationResult result = PORTAL.validate(uploaded);
                assertTrue(
                    result.findings().isEmpty(), () -> "accepted, but: " + result.findings());
              }
            });
  }

  @ParameterizedTest(name = "{1} in edition {0}")
  @MethodSource("rulesOfOneReport")
  void everyReportBrokenInOneWayIsRefusedWithTheRuleItBreaks(Edition edition, String ruleId) {
    qt().withExamples(20)
        .forAll(ReportGens.mutants(ruleId, uploads(edition)))
        .checkAssert(
            mutant -> {
              for (ReportCodec format : UPLOAD_FORMATS) {
                AnnualReport uploaded = upload(mutant.report(), format);
                assertEquals(
                    mutant.report(), uploaded, format.format() + " keeps the broken figures");
                ValidationResult result = PORTAL.validate(uploaded);
                assertEquals(expectedRules(mutant), firedRules(result), mutant::toString);
              }
            });
  }

  /**
   * Every rule on one report that the portal checks, in every edition it applies to: all of the
   * catalogue except rules on two consecutive reports (a portal that compares years would test them
   * with {@code Mutant.previous()}), the rule on blanks counted as zero (this portal counts blanks
   * as errors), and rules no report the model can build breaks.
   */
  static Stream<Arguments> rulesOfOneReport() {
    return RuleCatalogue.all().stream()
        .filter(rule -> rule.scope() == RuleScope.REPORT)
        .filter(rule -> !rule.id().equals(BlankPolicy.BLANK_AS_ZERO.ruleId()))
        // Rules whose one-rule mutants leave cells blank under the policy that checks sums both
        // ways: this portal refuses any blank cell (DR-V011) before they matter.
        .filter(rule -> !rule.id().equals(BlankPolicy.BLANK_CHECKED_BOTH_WAYS.ruleId()))
        .filter(rule -> !rule.companions().contains(BlankPolicy.BLANK_CHECKED_BOTH_WAYS.ruleId()))
        .flatMap(
            rule ->
                rule.editions().stream()
                    .sorted()
                    .filter(edition -> MutantGenerator.unbreakable(rule.id(), edition).isEmpty())
                    .map(edition -> Arguments.of(edition, rule.id())));
  }

  /** What the portal does with an upload: write it as the uploader would, read it back. */
  private static AnnualReport upload(AnnualReport report, ReportCodec format) {
    byte[] document = format.writeBytes(report, Formatting.PRETTY);
    ReadResult read = format.read(document, "upload." + format.format().name().toLowerCase());
    assertTrue(read.isClean(), () -> "the upload reads cleanly: " + read.findings());
    return read.report().orElseThrow();
  }

  private static Set<String> expectedRules(Mutant mutant) {
    return new TreeSet<>(mutant.expectedRuleIds());
  }

  private static Set<String> firedRules(ValidationResult result) {
    return result.findings().stream()
        .map(Finding::ruleId)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
