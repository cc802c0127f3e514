package org.disclosurereport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.documents.DocumentReader;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;

/**
 * Keeps the sample documents in {@code examples/documents/} (the Luoning sample report as an organ
 * publishes it: a PDF exported from Word, and the {@code .docx}) reading into exactly the sample
 * report, so that the PDF example of the README shows what it says.
 */
class SampleDocumentsTest {
  private static final Path DIR = Path.of("documents");

  @Test
  void everySampleDocumentReadsIntoTheSampleReport() throws IOException {
    List<Path> documents;
    try (Stream<Path> s = Files.list(DIR)) {
      documents = s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    assertEquals(
        List.of("luoning-2020.docx", "luoning-2020.pdf"),
        documents.stream().map(p -> p.getFileName().toString()).toList());
    AnnualReport sample = SampleReports.luoning2020();
    for (Path document : documents) {
      ReadResult read = DocumentReader.create().read(document);
      assertFalse(read.hasErrors(), document + ": " + read.findings());
      AnnualReport report = read.report().orElseThrow();
      assertEquals(sample.cells(), report.cells(), document.toString());
      assertEquals(sample.metadata().organName(), report.metadata().organName());
      assertEquals(sample.metadata().reportYear(), report.metadata().reportYear());
      assertTrue(report.cells().size() > 100, document.toString());
    }
  }
}
