package org.disclosurereport.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.layout.CellSource;
import org.disclosurereport.layout.ReadReport;
import org.disclosurereport.layout.SourceKind;
import org.junit.jupiter.api.Test;

/** Each figure says where it was read: page and position in a PDF, table, row and cell in Word. */
class ProvenanceTest {
  private static final CellAddress NEW_NATURAL =
      CellAddress.of(Tables.APPLICATIONS, ApplicationRows.NEWLY_RECEIVED, Applicants.NATURAL_PERSON);

  @Test
  void aPdfFigureHasItsPageAndPosition() {
    ReadReport read = DocumentReader.create().read(SampleDocumentsTest.resource("luoning-2020.pdf"));
    CellSource s = read.source(NEW_NATURAL).orElseThrow();
    assertEquals(SourceKind.PDF, s.kind());
    assertEquals(OptionalInt.of(2), s.page());
    assertTrue(s.x().orElseThrow() > 0 && s.y().orElseThrow() > 0, s::toString);
    assertEquals("1", s.rawText());
  }

  @Test
  void aWordFigureHasItsTableRowAndCell() {
    for (String name : new String[] {"luoning-2020.docx", "luoning-2020.doc"}) {
      ReadReport read = DocumentReader.create().read(SampleDocumentsTest.resource(name));
      CellSource s = read.source(NEW_NATURAL).orElseThrow();
      assertEquals(SourceKind.WORD, s.kind());
      assertTrue(s.table().isPresent() && s.row().isPresent() && s.column().isPresent(), s::toString);
      assertEquals("1", s.rawText());
    }
  }
}
