package org.disclosurereport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.serialization.ReportJson;
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
   * The report of the sample's JSON, less what no document prints: the organ's level and kind, and
   * the information-processing fees as structured figures (the document states them in the text of
   * section 六, which is read), are data of the JSON form only.
   */
  static AnnualReport expected(String name) {
    AnnualReport json =
        ReportJson.create().read(resource(name + ".json"), name).report().orElseThrow();
    return json.withMetadata(
            ReportMetadata.copyOf(json.metadata())
                .withOrganLevel(Optional.empty())
                .withOrganKind(Optional.empty()))
        .withOtherMatters(OtherMatters.copyOf(json.otherMatters()).withFees(Optional.empty()));
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
    ReadResult read = READER.read(resource(name + suffix));
    AnnualReport want = expected(name);
    AnnualReport got =
        read.report().orElseThrow(() -> new AssertionError(read.findings().toString()));
    assertEquals(want.metadata(), got.metadata());
    assertEquals(want.cells(), got.cells());
    assertEquals(want.general(), got.general());
    assertEquals(want.problems(), got.problems());
    assertEquals(want.otherMatters(), got.otherMatters());
    assertEquals(want.supplementaryRows(), got.supplementaryRows());
    assertEquals(want, got);
    assertTrue(
        read.findings().stream().noneMatch(f -> f.severity().name().equals("ERROR")),
        read.findings()::toString);
  }
}
