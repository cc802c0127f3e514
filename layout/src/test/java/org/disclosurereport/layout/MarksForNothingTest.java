package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.Tables;
import org.junit.jupiter.api.Test;

/** A mark printed for nothing is a blank cell whose source still says what was printed. */
class MarksForNothingTest {
  private static final String SEED = PublishedReportReaderTest.resource("luoning-2020.txt");

  @Test
  void eachMarkIsABlankCellThatRemembersTheMark() {
    CellAddress cell =
        CellAddress.of(Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, Proactive.NEWLY_PUBLISHED);
    for (String mark : new String[] {"/", "-", "—"}) {
      ReadResult read =
          PublishedReportReader.create()
              .readText(SEED.replace("规章\t0\t0\t0", "规章\t0\t" + mark + "\t0"));
      assertFalse(read.report().orElseThrow().cells().containsKey(cell), mark);
      assertEquals(mark, read.cellSource(cell).orElseThrow().rawText(), mark);
    }
  }
}
