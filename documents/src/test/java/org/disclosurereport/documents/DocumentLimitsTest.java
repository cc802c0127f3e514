package org.disclosurereport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.layout.ReaderRule;
import org.junit.jupiter.api.Test;

/**
 * Documents that cannot be read give one clear finding and no report, within bounded time and
 * memory: a scan, a damaged file, a zip bomb, a document over a limit.
 */
class DocumentLimitsTest {
  private static final DocumentReader READER = DocumentReader.create();

  private static void assertOnly(ReaderRule rule, ReadResult read) {
    assertEquals(Optional.empty(), read.report());
    List<String> ids = read.findings().stream().map(Finding::ruleId).toList();
    assertEquals(List.of(rule.id()), ids, read.findings()::toString);
    assertTrue(read.hasErrors());
  }

  /** A page drawn with shapes only, as a scanned page is an image: no text layer. */
  private static byte[] pdfWithoutText(int pages) throws Exception {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.addRect(50, 50, 400, 600);
          s.fill();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aScannedPdfIsReportedAsHavingNoTextLayer() throws Exception {
    ReadResult read = READER.read(pdfWithoutText(2));
    assertOnly(ReaderRule.DOCUMENT_WITHOUT_TEXT, read);
    assertTrue(read.findings().get(0).messageEn().contains("2 pages"), read.findings()::toString);
  }

  @Test
  void aPdfWithMorePagesThanAllowedIsNotRead() throws Exception {
    DocumentReader reader =
        DocumentReader.create(ReadOptions.defaults(), DocumentLimits.builder().maxPages(3).build());
    assertOnly(ReaderRule.DOCUMENT_OVER_LIMIT, reader.read(pdfWithoutText(4)));
  }

  @Test
  void aPdfWithMoreGlyphsThanAllowedIsNotRead() {
    DocumentReader reader =
        DocumentReader.create(
            ReadOptions.defaults(), DocumentLimits.builder().maxGlyphs(100).build());
    assertOnly(
        ReaderRule.DOCUMENT_OVER_LIMIT,
        reader.read(SampleDocumentsTest.resource("luoning-2020.pdf")));
  }

  @Test
  void damagedDocumentsAreUnreadableNotExceptions() {
    assertOnly(ReaderRule.DOCUMENT_UNREADABLE, READER.read("%PDF-1.7\n1 0 obj <<".getBytes()));
    byte[] docx = SampleDocumentsTest.resource("luoning-2020.docx");
    assertOnly(
        ReaderRule.DOCUMENT_UNREADABLE,
        READER.read(java.util.Arrays.copyOf(docx, docx.length / 2)));
    byte[] doc = SampleDocumentsTest.resource("luoning-2020.doc");
    byte[] cut = java.util.Arrays.copyOf(doc, 4096);
    assertEquals(Optional.empty(), READER.read(cut).report());
    assertOnly(ReaderRule.DOCUMENT_UNREADABLE, READER.read("plain text".getBytes()));
  }

  @Test
  void aZipBombInADocxIsStoppedAtTheLimit() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes());
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    byte[] bomb = bytes.toByteArray();
    assertTrue(bomb.length < 1 << 20, "200 MiB of zeros deflate to " + bomb.length + " bytes");
    DocumentReader reader =
        DocumentReader.create(
            ReadOptions.defaults(), DocumentLimits.builder().maxDecodedBytes(16L << 20).build());
    ReadResult read = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> reader.read(bomb));
    assertOnly(ReaderRule.DOCUMENT_OVER_LIMIT, read);
  }

  @Test
  void detectsTheTypeByContent() {
    assertEquals(
        Optional.of(DocumentType.PDF),
        DocumentType.detect(SampleDocumentsTest.resource("luoning-2020.pdf")));
    assertEquals(
        Optional.of(DocumentType.DOCX),
        DocumentType.detect(SampleDocumentsTest.resource("luoning-2020.docx")));
    assertEquals(
        Optional.of(DocumentType.DOC),
        DocumentType.detect(SampleDocumentsTest.resource("luoning-2020.doc")));
    assertEquals(Optional.empty(), DocumentType.detect("PK\3\4 not a package".getBytes()));
    assertEquals(Optional.empty(), DocumentType.detect("<html>".getBytes()));
  }
}
