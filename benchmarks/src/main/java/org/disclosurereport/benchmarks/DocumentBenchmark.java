package org.disclosurereport.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.documents.DocumentReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading the sample report as published documents, a PDF printed by a browser and a {@code .docx},
 * each against what the library underneath does alone: PDFBox extracting the PDF's text, POI
 * opening the {@code .docx} and walking its tables' cells. The reader's cost over them is placing
 * glyphs, rebuilding tables and recognising the report.
 */
@State(Scope.Benchmark)
public class DocumentBenchmark extends BenchmarkDefaults {
  private byte[] pdf;
  private byte[] docx;
  private DocumentReader reader;

  /** Loads the two documents and makes the reader, once per fork. */
  @Setup
  public void setUp() {
    pdf = resource("luoning-2020.pdf");
    docx = resource("luoning-2020.docx");
    reader = DocumentReader.create();
    if (reader.read(pdf).report().isEmpty() || reader.read(docx).report().isEmpty()) {
      throw new IllegalStateException("the sample documents no longer read");
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            DocumentBenchmark.class.getResourceAsStream("/documents/" + name), name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The SDK: the report read from the PDF.
   *
   * @return what was read
   */
  @Benchmark
  public ReadResult pdf() {
    return reader.read(pdf);
  }

  /**
   * The baseline: PDFBox's own text extraction of the same PDF.
   *
   * @return the text
   * @throws IOException never for this file
   */
  @Benchmark
  public String pdfboxText() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /**
   * The SDK: the report read from the {@code .docx}.
   *
   * @return what was read
   */
  @Benchmark
  public ReadResult docx() {
    return reader.read(docx);
  }

  /**
   * The baseline: POI opening the same {@code .docx} and reading the text of every table cell.
   *
   * @return the total length of the cells' text
   * @throws IOException never for this file
   */
  @Benchmark
  public int poiWalk() throws IOException {
    int length = 0;
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (XWPFTable table : document.getTables()) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            length += cell.getText().length();
          }
        }
      }
    }
    return length;
  }
}
