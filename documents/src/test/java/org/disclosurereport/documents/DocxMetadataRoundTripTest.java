package org.disclosurereport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.model.TextBlock;
import org.disclosurereport.testkit.Entropy;
import org.disclosurereport.testkit.GeneratorConfig;
import org.disclosurereport.testkit.MetadataField;
import org.disclosurereport.testkit.ReadAssertions;
import org.disclosurereport.testkit.ReportGenerator;
import org.disclosurereport.testkit.quicktheories.ReportGens;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/**
 * The rendered {@code .docx} keeps every metadata field in its custom properties, and the reader
 * prefers them to the title; its paragraphs come back as paragraphs even when they read like a
 * section heading.
 */
class DocxMetadataRoundTripTest {
  private static final DocumentReader READER = DocumentReader.create();

  /** Titles that mislead a reader that takes the organ and the year from the title. */
  private static Optional<String> title(int choice, ReportMetadata m) {
    return switch (choice) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(m.reportYear().getAsInt() + "年政府信息公开工作年度报告");
      case 2 -> Optional.of("洛宁县政府" + (m.reportYear().getAsInt() - 1) + "年政府信息公开工作年度报告");
      default -> m.title();
    };
  }

  /** A text whose paragraphs are section headings and sub-headings, then a sub-section. */
  private static Narrative headingsAsText(Edition edition, Entropy e) {
    List<String> headings = new ArrayList<>();
    for (SectionSpec s : edition.spec().sections()) {
      headings.add(s.numberedHeading());
    }
    headings.add("（二）依申请公开");
    return Narrative.builder()
        .addBlocks(TextBlock.of(null, e.pick(headings) + "\n本机关认真落实条例。"))
        .addBlocks(TextBlock.of("（一）主动公开", e.pick(headings)))
        .addBlocks(TextBlock.of("（二）依申请公开", "全年新收申请" + e.intBetween(0, 99) + "件。"))
        .build();
  }

  private static Gen<AnnualReport> reports(Edition edition) {
    GeneratorConfig config =
        GeneratorConfig.varied(edition)
            .withSpecialCharacterPercent(0)
            .withFeesPercent(0)
            .withMetadataPercent(MetadataField.TITLE, 100);
    ReportGenerator generator = ReportGenerator.of(config);
    return ReportGens.of(
        e -> {
          AnnualReport r = generator.generate(e);
          ReportMetadata m = r.metadata();
          r = r.withMetadata(ReportMetadata.copyOf(m).withTitle(title(e.intBetween(0, 3), m)));
          return e.chance(50) ? r.withGeneral(headingsAsText(edition, e)) : r;
        });
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void everyMetadataFieldAndParagraphComesBack(Edition edition) {
    qt().withExamples(20)
        .forAll(reports(edition))
        .checkAssert(
            report ->
                ReadAssertions.assertReadsBack(
                    report, READER.read(DocxRenderer.create().render(report))));
  }

  @Test
  void theCasesOfAPublishedTitle() {
    AnnualReport luoning = SampleReports.luoning2020();
    for (String t :
        List.of("2020年政府信息公开工作年度报告", "洛宁县政府2020年政府信息公开工作年度报告", "洛宁县人民政府2019年政府信息公开工作年度报告")) {
      AnnualReport report =
          AnnualReport.copyOf(luoning)
              .withMetadata(ReportMetadata.copyOf(luoning.metadata()).withTitle(t));
      AnnualReport back = READER.read(DocxRenderer.create().render(report)).report().orElseThrow();
      assertEquals("洛宁县人民政府", back.metadata().organName().orElseThrow(), t);
      assertEquals(2020, back.metadata().reportYear().getAsInt(), t);
      assertEquals(report, back);
    }
  }
}
