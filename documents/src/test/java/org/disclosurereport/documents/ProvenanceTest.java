package org.disclosurereport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalInt;
import org.disclosurereport.document.CellSource;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.junit.jupiter.api.Test;

/** Each figure says where it was read: page and position in a PDF, table, row and cell in Word. */
class ProvenanceTest {
  private static final CellAddress NEW_NATURAL =
      CellAddress.of(
          Tables.APPLICATIONS, ApplicationRows.NEWLY_RECEIVED, Applicants.NATURAL_PERSON);

  @Test
  void aPdfFigureHasItsPageAndPosition() {
    ReadResult read =
        DocumentReader.create().read(SampleDocumentsTest.resource("luoning-2020.pdf"));
    CellSource s = read.cellSource(NEW_NATURAL).orElseThrow();
    assertEquals(DocumentFormat.PDF, s.format());
    assertEquals(OptionalInt.of(2), s.page());
    assertTrue(s.x().orElseThrow() > 0 && s.y().orElseThrow() > 0, s::toString);
    assertEquals("1", s.rawText());
  }

  @Test
  void aWordFigureHasItsTableRowAndCell() {
    Map<String, DocumentFormat> formats =
        Map.of("luoning-2020.docx", DocumentFormat.DOCX, "luoning-2020.doc", DocumentFormat.DOC);
    for (String name : formats.keySet()) {
      ReadResult read = DocumentReader.create().read(SampleDocumentsTest.resource(name));
      CellSource s = read.cellSource(NEW_NATURAL).orElseThrow();
      assertEquals(formats.get(name), s.format(), name);
      assertTrue(
          s.table().isPresent() && s.row().isPresent() && s.column().isPresent(), s::toString);
      assertEquals("1", s.rawText());
    }
  }
}
