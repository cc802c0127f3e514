package org.disclosurereport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.ReportValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportGeneratorTest {

  @ParameterizedTest
  @EnumSource(Edition.class)
  void tenThousandReportsHaveNoFindingUnderTheStrictBlankPolicy(Edition edition) {
    ReportGenerator generator = ReportGenerator.of(edition);
    ReportValidator strict = ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_IS_ERROR).build();
    RandomEntropy entropy = RandomEntropy.seeded(edition.ordinal());
    for (int i = 0; i < 10_000; i++) {
      AnnualReport report = generator.generate(entropy);
      ReportAssertions.assertNoFindings(report, strict);
      assertEquals(edition, report.edition());
      assertEquals(edition.spec().cells().size(), report.cells().size(), "no blank cell");
      assertTrue(edition.prescribedFor(report.metadata().reportYear()));
    }
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void blanksCountAsZeroInEveryRelation(Edition edition) {
    GeneratorConfig config = GeneratorConfig.builder().edition(edition).blankPercent(40).build();
    ReportGenerator generator = ReportGenerator.of(config);
    RandomEntropy entropy = RandomEntropy.seeded(99);
    int blanks = 0;
    for (int i = 0; i < 500; i++) {
      AnnualReport report = generator.generate(entropy);
      ReportAssertions.assertConsistent(report);
      blanks += edition.spec().cells().size() - report.cells().size();
    }
    assertTrue(blanks > 500, "blank cells are generated: " + blanks);
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void configurationBoundsTheReport(Edition edition) {
    GeneratorConfig config =
        GeneratorConfig.builder()
            .edition(edition)
            .firstYear(2024)
            .lastYear(2025)
            .maxCount(3)
            .organLevel(OrganLevel.TOWNSHIP)
            .maxTextLength(12)
            .build();
    EditionSpec spec = edition.spec();
    Set<CellAddress> related =
        spec.identities().stream().flatMap(i -> i.cells().stream()).collect(Collectors.toSet());
    ReportGenerator generator = ReportGenerator.of(config);
    RandomEntropy entropy = RandomEntropy.seeded(5);
    for (int i = 0; i < 200; i++) {
      AnnualReport report = generator.generate(entropy);
      int year = report.metadata().reportYear();
      assertTrue(year == 2024 || year == 2025, "year " + year);
      assertEquals(OrganLevel.TOWNSHIP, report.metadata().organLevel().orElseThrow());
      assertTrue(report.general().text().length() <= 12);
      assertTrue(report.general().text().length() >= 1);
      for (CellAddress a : spec.cells()) {
        CellValue v = report.cell(a);
        if (spec.kind(a) == CellKind.COUNT && !related.contains(a)) {
          assertTrue(v.wholeNumber().orElseThrow() <= 3, a + " = " + v);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void zeroMaxCountGivesAllZeroTables(Edition edition) {
    GeneratorConfig config = GeneratorConfig.builder().edition(edition).maxCount(0).build();
    AnnualReport report = ReportGenerator.of(config).generate(RandomEntropy.seeded(1));
    for (CellAddress a : edition.spec().cells()) {
      assertEquals(0, report.cell(a).decimal().orElseThrow().signum(), a.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void sameChoicesGiveTheSameReport(Edition edition) {
    ReportGenerator generator = ReportGenerator.of(edition);
    assertEquals(generator.generate(RandomEntropy.seeded(3)), generator.generate(RandomEntropy.seeded(3)));
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void smallestChoicesGiveTheSimplestReport(Edition edition) {
    AnnualReport report = ReportGenerator.of(edition).generate((min, max) -> min < 0 && max > 0 ? 0 : min);
    ReportAssertions.assertConsistent(report);
    for (CellAddress a : edition.spec().cells()) {
      assertEquals(0, report.cell(a).decimal().orElseThrow().signum(), a.toString());
    }
    assertEquals(edition.firstYear(), report.metadata().reportYear());
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void invalidConfigurationNamesTheSetting(Edition edition) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratorConfig.builder().edition(edition).maxCount(-1).build());
    assertEquals("Invalid value for maxCount (valid values 0 - 1000000000): -1", e.getMessage());
    IllegalArgumentException years =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratorConfig.builder().edition(edition).firstYear(2025).lastYear(2024).build());
    assertTrue(years.getMessage().startsWith("Invalid value for lastYear"), years.getMessage());
  }
}
