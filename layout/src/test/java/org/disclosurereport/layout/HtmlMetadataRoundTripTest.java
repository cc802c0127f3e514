package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.OrganKind;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.testkit.ReadAssertions;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The rendered page carries every metadata field in {@code <meta>} elements, and the reader prefers
 * them to the title: a title that names no organ, another organ or another year, and fields no page
 * prints (the organ's level and kind), all come back exactly.
 */
class HtmlMetadataRoundTripTest {
  private static final PublishedReportReader READER = PublishedReportReader.create();

  /** Titles that mislead a reader that takes the organ and the year from the title. */
  private static Optional<String> title(int choice, ReportMetadata m) {
    return switch (choice) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(m.reportYear().getAsInt() + "年政府信息公开工作年度报告");
      case 2 -> Optional.of("洛宁县政府" + (m.reportYear().getAsInt() - 1) + "年政府信息公开工作年度报告");
      case 3 -> Optional.of("关于印发年度报告的通知");
      default -> m.title();
    };
  }

  static Gen<AnnualReport> reports(Edition edition) {
    return LayoutReports.reports(edition)
        .zip(
            Generate.range(0, 4),
            Generate.range(0, OrganLevel.values().length),
            Generate.range(0, OrganKind.values().length),
            (report, t, level, kind) -> {
              ReportMetadata m = report.metadata();
              return AnnualReport.copyOf(report)
                  .withMetadata(
                      ReportMetadata.copyOf(m)
                          .withTitle(title(t, m))
                          .withOrganLevel(
                              level == 0
                                  ? Optional.empty()
                                  : Optional.of(OrganLevel.values()[level - 1]))
                          .withOrganKind(
                              kind == 0
                                  ? Optional.empty()
                                  : Optional.of(OrganKind.values()[kind - 1])));
            });
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void everyMetadataFieldComesBackWhateverTheTitleSays(Edition edition) {
    qt().withExamples(60)
        .forAll(reports(edition))
        .checkAssert(
            report ->
                ReadAssertions.assertReadsBack(
                    report, READER.readHtml(HtmlRenderer.create().render(report))));
  }

  @Test
  void theCasesOfAPublishedTitle() {
    AnnualReport luoning = SampleReports.luoning2020();
    for (String t :
        List.of("2020年政府信息公开工作年度报告", "洛宁县政府2020年政府信息公开工作年度报告", "洛宁县人民政府2019年政府信息公开工作年度报告")) {
      AnnualReport report =
          AnnualReport.copyOf(luoning)
              .withMetadata(ReportMetadata.copyOf(luoning.metadata()).withTitle(t));
      AnnualReport back =
          READER.readHtml(HtmlRenderer.create().render(report)).report().orElseThrow();
      assertEquals("洛宁县人民政府", back.metadata().organName().orElseThrow(), t);
      assertEquals(2020, back.metadata().reportYear().getAsInt(), t);
      assertEquals(Optional.of(t), back.metadata().title());
    }
  }
}
