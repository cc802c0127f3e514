package org.disclosurereport.cli.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.document.CellSource;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.junit.jupiter.api.Test;

/** Which blank cells were printed with a mark for nothing, from the text the reader recorded. */
class ReadAttemptTest {
  @Test
  void marksAreSlashesAndDashesOnly() {
    for (String mark : List.of("/", "／", " / ", "\\", "-", "－", "—", "——", "–", "_", "~")) {
      assertTrue(ReadAttempt.isMark(mark), mark);
    }
    for (String text : List.of("", " ", "0", "5件", "无", "abc", "/5", "1-2")) {
      assertFalse(ReadAttempt.isMark(text), text);
    }
  }

  @Test
  void onlyBlankCellsPrintedWithAMarkAreMarked() {
    AnnualReport valid = Fixtures.valid();
    List<CellAddress> cells = valid.spec().cells().subList(0, 4);
    Map<CellAddress, CellValue> values = new java.util.LinkedHashMap<>(valid.cells());
    values.remove(cells.get(0));
    values.remove(cells.get(1));
    values.remove(cells.get(2));
    AnnualReport report = AnnualReport.copyOf(valid).withCells(values);
    Map<CellAddress, CellSource> provenance =
        Map.of(
            cells.get(0), source("/"),
            cells.get(1), source(""),
            cells.get(2), source("看不清"),
            cells.get(3), source("0"));
    ReadAttempt attempt =
        ReadAttempt.of(
            new ReadResult("page.html", report, report.edition(), List.of(), provenance));
    assertEquals(Set.of(cells.get(0)), attempt.printedMarks());
    assertEquals(
        Set.of(),
        ReadAttempt.of(new ReadResult("a.json", report, List.of())).printedMarks(),
        "the canonical forms record no printed text");
  }

  private static CellSource source(String raw) {
    return CellSource.builder().format(DocumentFormat.HTML).rawText(raw).build();
  }
}
