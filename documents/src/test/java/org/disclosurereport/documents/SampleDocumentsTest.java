package org.disclosurereport.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.testkit.ReadAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every sample document, as a browser prints the web page to PDF, as an office suite saves it as
 * Word 2007+ and Word 97-2003 and exports that to PDF, reads into exactly the report of its JSON.
 */
class SampleDocumentsTest {
  private static final DocumentReader READER = DocumentReader.create();

  static byte[] resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            SampleDocumentsTest.class.getResourceAsStream("/documents/" + name), name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The report of the sample's JSON, less what no document prints (the organ's level and kind, the
   * fees as figures: {@link ReadAssertions#asPublished}).
   */
  static AnnualReport expected(String name) {
    return ReadAssertions.asPublished(
        ReportJson.create().read(resource(name + ".json"), name).report().orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({
    "luoning-2020, .docx",
    "luoning-2020, .doc",
    "luoning-2020, .pdf",
    "luoning-2020, -from-word.pdf",
    "example-district-2024, .docx",
    "example-district-2024, .doc",
    "example-district-2024, .pdf",
    "example-district-2024, -from-word.pdf",
  })
  void readsTheReportOfItsJson(String name, String suffix) {
    // A published document may bend a rule (a warning) without being misread.
    ReadAssertions.assertReadsBack(
        expected(name), READER.read(resource(name + suffix)), Severity.WARNING);
  }
}
