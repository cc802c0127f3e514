package org.disclosurereport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.model.SupplementaryRow;
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
    ReportValidator strict =
        ReportValidator.builder().blankPolicy(BlankPolicy.BLANK_IS_ERROR).build();
    RandomEntropy entropy = RandomEntropy.seeded(edition.ordinal());
    for (int i = 0; i < 10_000; i++) {
      AnnualReport report = generator.generate(entropy);
      ReportAssertions.assertNoFindings(report, strict);
      assertEquals(edition, report.edition());
      assertEquals(edition.spec().cells().size(), report.cells().size(), "no blank cell");
      assertTrue(edition.prescribedFor(report.metadata().reportYear().getAsInt()));
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
      int year = report.metadata().reportYear().getAsInt();
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
    assertEquals(
        generator.generate(RandomEntropy.seeded(3)), generator.generate(RandomEntropy.seeded(3)));
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void smallestChoicesGiveTheSimplestReport(Edition edition) {
    AnnualReport report =
        ReportGenerator.of(edition).generate((min, max) -> min < 0 && max > 0 ? 0 : min);
    ReportAssertions.assertConsistent(report);
    for (CellAddress a : edition.spec().cells()) {
      assertEquals(0, report.cell(a).decimal().orElseThrow().signum(), a.toString());
    }
    assertEquals(edition.firstYear(), report.metadata().reportYear().getAsInt());
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
            () ->
                GeneratorConfig.builder().edition(edition).firstYear(2025).lastYear(2024).build());
    assertTrue(years.getMessage().startsWith("Invalid value for lastYear"), years.getMessage());
  }

  /**
   * With every kind of variety on, 1,000 reports show each kind, both ways, and every one of them
   * is still consistent and has no finding but the warnings on its blank cells.
   */
  @ParameterizedTest
  @EnumSource(Edition.class)
  void variedReportsShowEveryVarietyAndStayConsistent(Edition edition) {
    ReportGenerator generator = ReportGenerator.of(GeneratorConfig.varied(edition));
    ReportValidator validator =
        ReportValidator.builder()
            .blankPolicy(BlankPolicy.BLANK_AS_ZERO)
            .disable(BlankPolicy.BLANK_AS_ZERO.ruleId())
            .build();
    EditionSpec spec = edition.spec();
    Set<String> seen = new TreeSet<>();
    RandomEntropy entropy = RandomEntropy.seeded(edition.ordinal() + 100);
    for (int i = 0; i < 1_000; i++) {
      AnnualReport report = generator.generate(entropy);
      ReportAssertions.assertConsistent(report);
      ReportAssertions.assertNoFindings(report, validator);
      for (MetadataField field : MetadataField.values()) {
        seen.add(field.key() + (present(report.metadata(), field) ? " present" : " absent"));
      }
      String organ = report.metadata().organName().orElseThrow();
      int year = report.metadata().reportYear().getAsInt();
      report
          .metadata()
          .title()
          .ifPresent(
              t -> {
                if (t.startsWith(year + "年度" + organ)) {
                  seen.add("title year first");
                } else if (t.startsWith(organ + year + "年度")) {
                  seen.add("title organ first, 年度");
                } else if (t.startsWith(organ + year + "年")) {
                  seen.add("title organ first");
                }
              });
      List<CellValue.Amount> amounts = new ArrayList<>();
      for (CellAddress a : spec.cells()) {
        if (report.cell(a) instanceof CellValue.Amount amount) {
          spec.columnOf(a)
              .declaredUnit()
              .ifPresent(u -> assertEquals(u, amount.unit(), a.toString()));
          amounts.add(amount);
        }
      }
      report
          .otherMatters()
          .fees()
          .ifPresentOrElse(
              fees -> {
                seen.add("fees");
                amounts.add((CellValue.Amount) fees.amountNotified());
                amounts.add((CellValue.Amount) fees.amountCollected());
              },
              () -> seen.add("no fees"));
      for (CellValue.Amount amount : amounts) {
        seen.add("scale " + amount.value().scale());
        seen.add("unit " + amount.unit());
      }
      for (Narrative text :
          List.of(report.general(), report.problems(), report.otherMatters().narrative())) {
        seen.add(
            text.blocks().stream().anyMatch(b -> b.heading().isPresent())
                ? "headings"
                : "no headings");
        if (text.blocks().stream().anyMatch(b -> b.body().contains("\n"))) {
          seen.add("paragraphs");
        }
        if (text.text().chars().anyMatch(c -> "<>&\"'\\\t\r".indexOf(c) >= 0)) {
          seen.add("special characters");
        }
      }
      seen.add(
          report.supplementaryRows().isEmpty() ? "no supplementary rows" : "supplementary rows");
    }
    Set<String> expected = new TreeSet<>();
    for (MetadataField field : MetadataField.values()) {
      expected.add(field.key() + " present");
      expected.add(field.key() + " absent");
    }
    for (int scale = 0; scale <= 4; scale++) {
      expected.add("scale " + scale);
    }
    for (MoneyUnit unit : MoneyUnit.values()) {
      expected.add("unit " + unit);
    }
    expected.addAll(
        List.of(
            "title year first",
            "title organ first",
            "title organ first, 年度",
            "fees",
            "no fees",
            "headings",
            "no headings",
            "paragraphs",
            "special characters",
            "supplementary rows",
            "no supplementary rows"));
    assertEquals(expected, seen);
  }

  private static boolean present(ReportMetadata m, MetadataField field) {
    return switch (field) {
      case TITLE -> m.title().isPresent();
      case ORGAN_LEVEL -> m.organLevel().isPresent();
      case ORGAN_KIND -> m.organKind().isPresent();
      case CREDIT_CODE -> m.creditCode().isPresent();
      case DIVISION_CODE -> m.divisionCode().isPresent();
      case INDEX_NUMBER -> m.indexNumber().isPresent();
      case PUBLICATION_DATE -> m.publicationDate().isPresent();
    };
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void defaultsAddNoVariety(Edition edition) {
    ReportGenerator generator = ReportGenerator.of(edition);
    RandomEntropy entropy = RandomEntropy.seeded(8);
    for (int i = 0; i < 200; i++) {
      AnnualReport report = generator.generate(entropy);
      ReportMetadata m = report.metadata();
      for (MetadataField field : MetadataField.values()) {
        assertEquals(field.defaultPercent() == 100, present(m, field), field.key());
      }
      assertTrue(report.supplementaryRows().isEmpty());
      assertTrue(report.otherMatters().fees().isPresent());
      for (Narrative text :
          List.of(report.general(), report.problems(), report.otherMatters().narrative())) {
        assertEquals(1, text.blocks().size());
        assertTrue(text.blocks().get(0).heading().isEmpty());
        assertFalse(text.text().contains("\n"));
      }
      for (CellValue v : report.cells().values()) {
        if (v instanceof CellValue.Amount amount) {
          assertEquals(2, amount.value().scale());
          assertNotEquals(MoneyUnit.UNSTATED, amount.unit());
        }
      }
    }
  }

  /** Settings at 0 or 100 percent, and a fixed scale, hold for every report. */
  @ParameterizedTest
  @EnumSource(Edition.class)
  void settingsAtTheirBoundsHoldForEveryReport(Edition edition) {
    GeneratorConfig.Builder always =
        GeneratorConfig.builder()
            .edition(edition)
            .minAmountScale(4)
            .maxAmountScale(4)
            .unstatedUnitPercent(100)
            .headingPercent(100)
            .feesPercent(0)
            .supplementaryRowPercent(100);
    for (MetadataField field : MetadataField.values()) {
      always.putMetadataPercents(field, 100);
    }
    List<TableSpec> proactive = edition.spec().tables(SectionId.PROACTIVE_DISCLOSURE);
    RandomEntropy entropy = RandomEntropy.seeded(21);
    ReportGenerator generator = ReportGenerator.of(always.build());
    for (int i = 0; i < 200; i++) {
      AnnualReport report = generator.generate(entropy);
      ReportAssertions.assertConsistent(report);
      for (MetadataField field : MetadataField.values()) {
        assertTrue(present(report.metadata(), field), field.key());
      }
      String title = report.metadata().title().orElseThrow();
      assertTrue(title.contains(report.metadata().organName().orElseThrow()), title);
      assertTrue(title.contains(String.valueOf(report.metadata().reportYear().getAsInt())), title);
      assertTrue(report.metadata().creditCode().orElseThrow().startsWith("11"));
      assertTrue(report.otherMatters().fees().isEmpty());
      assertEquals(
          proactive.stream().map(TableSpec::key).toList(),
          report.supplementaryRows().stream().map(SupplementaryRow::table).toList(),
          "one row per table of section 二, in the tables' order");
      for (Narrative text :
          List.of(report.general(), report.problems(), report.otherMatters().narrative())) {
        List<String> headings = text.blocks().stream().flatMap(b -> b.heading().stream()).toList();
        assertFalse(headings.isEmpty());
        for (int h = 0; h < headings.size(); h++) {
          assertTrue(headings.get(h).startsWith("（" + "一二三".charAt(h) + "）"), headings.toString());
        }
      }
      for (CellAddress a : edition.spec().cells()) {
        if (report.cell(a) instanceof CellValue.Amount amount) {
          assertEquals(4, amount.value().scale());
          assertEquals(
              edition.spec().columnOf(a).declaredUnit().orElse(MoneyUnit.UNSTATED), amount.unit());
        }
      }
    }
  }
}
