package org.disclosurereport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.testkit.GeneratorConfig;
import org.disclosurereport.testkit.MetadataField;
import org.disclosurereport.testkit.quicktheories.ReportGens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The property that ties the Word renderer to the document reader: reading the {@code .docx}
 * rendered from a report gives the report back, with nothing to warn about.
 *
 * <p>The reports are the testkit's, limited to what a published document carries: a title (the
 * renderer prints one and the reader takes the organ and year from it), no organ level or kind and
 * no fees as figures (a document has no place for them), no special characters (a document's
 * paragraphs re-flow white space).
 */
class DocxRoundTripTest {
  private static final int EXAMPLES = 30;
  private static final DocumentReader READER = DocumentReader.create();

  private static GeneratorConfig config(Edition edition) {
    return GeneratorConfig.varied(edition)
        .withSpecialCharacterPercent(0)
        .withFeesPercent(0)
        .withMetadataPercent(MetadataField.TITLE, 100)
        .withMetadataPercent(MetadataField.ORGAN_LEVEL, 0)
        .withMetadataPercent(MetadataField.ORGAN_KIND, 0);
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void readingTheRenderedDocxGivesTheReportBack(Edition edition) {
    qt().withExamples(EXAMPLES)
        .forAll(ReportGens.reports(config(edition)))
        .checkAssert(
            report -> {
              byte[] docx = DocxRenderer.create().render(report);
              assertEquals(java.util.Optional.of(DocumentType.DOCX), DocumentType.detect(docx));
              ReadResult read = READER.read(docx);
              List<Finding> problems =
                  read.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
              assertTrue(problems.isEmpty(), () -> "findings: " + problems);
              assertEquals(report, read.report().orElseThrow());
            });
  }

  @Test
  void theSamplesRenderAndReadBack() {
    for (String name : new String[] {"luoning-2020", "example-district-2024"}) {
      AnnualReport report = SampleDocumentsTest.expected(name);
      assertEquals(
          report, READER.read(DocxRenderer.create().render(report)).report().orElseThrow());
    }
  }
}
