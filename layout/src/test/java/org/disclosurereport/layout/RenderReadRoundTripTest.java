package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.function.Function;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The property that ties the renderers to the reader: reading what was rendered gives back the
 * report, for both editions, as HTML and as text, and the reader has nothing to warn about.
 */
class RenderReadRoundTripTest {
  private static final int EXAMPLES = 150;
  private static final PublishedReportReader READER = PublishedReportReader.create();

  @ParameterizedTest
  @EnumSource(Edition.class)
  void readingTheRenderedHtmlGivesTheReportBack(Edition edition) {
    check(edition, r -> READER.readHtml(HtmlRenderer.create().render(r)));
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void readingTheRenderedTextGivesTheReportBack(Edition edition) {
    check(edition, r -> READER.readText(TextRenderer.create().render(r)));
  }

  private static void check(Edition edition, Function<AnnualReport, ReadResult> roundTrip) {
    qt().withExamples(EXAMPLES)
        .forAll(LayoutReports.reports(edition))
        .checkAssert(
            report -> {
              ReadResult read = roundTrip.apply(report);
              List<Finding> problems =
                  read.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
              assertTrue(problems.isEmpty(), () -> "findings: " + problems);
              assertEquals(report, read.report().orElseThrow());
            });
  }
}
