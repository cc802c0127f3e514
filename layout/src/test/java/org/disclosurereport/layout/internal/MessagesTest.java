package org.disclosurereport.layout.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.disclosurereport.document.CellSource;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.SourcePosition;
import org.disclosurereport.finding.LocalizedText;
import org.junit.jupiter.api.Test;

/** The phrases saying where a cell was read, in both languages, from their names. */
class MessagesTest {
  private static CellSource.Builder source(DocumentFormat format) {
    return CellSource.builder().format(format).rawText("1");
  }

  @Test
  void everyKindOfSourceIsDescribedInBothLanguages() {
    assertEquals(
        new LocalizedText("第2个表格第3行第4列", "table 2, row 3, column 4"),
        Messages.where(
            source(DocumentFormat.HTML)
                .table(2)
                .row(3)
                .column(4)
                .position(SourcePosition.of(9))
                .build()));
    assertEquals(
        new LocalizedText("第5行第6个单元格", "line 5, cell 6"),
        Messages.where(
            source(DocumentFormat.TEXT).position(SourcePosition.of(5)).column(6).build()));
    assertEquals(
        new LocalizedText("第5行", "line 5"),
        Messages.where(source(DocumentFormat.TEXT).position(SourcePosition.of(5)).build()));
    assertEquals(
        new LocalizedText("第7页（x 10 pt，y 21 pt）", "page 7, at x 10 pt, y 21 pt"),
        Messages.where(source(DocumentFormat.PDF).page(7).x(10.2).y(20.6).build()));
    assertEquals(
        new LocalizedText("Word第1个表格第2行第3个单元格", "Word table 1, row 2, cell 3"),
        Messages.where(source(DocumentFormat.DOCX).table(1).row(2).column(3).build()));
    assertEquals(
        new LocalizedText("第8段", "paragraph 8"),
        Messages.where(source(DocumentFormat.DOC).position(SourcePosition.of(8)).build()));
  }

  @Test
  void aPhraseIsGivenItsArgumentsByTheNamesOfItsPlaceholders() {
    assertEquals(
        new LocalizedText("依据报告年度2020年规定的版本", "prescribed for the report year 2020"),
        Messages.phrase("edition.fromYear", "year", 2020));
    assertThrows(IllegalArgumentException.class, () -> Messages.phrase("edition.fromYear", "y", 1));
    assertThrows(IllegalArgumentException.class, () -> Messages.phrase("source.line"));
    assertThrows(
        IllegalArgumentException.class, () -> Messages.phrase("edition.current", "year", 1));
  }
}
