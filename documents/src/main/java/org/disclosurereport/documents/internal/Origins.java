package org.disclosurereport.documents.internal;

import org.disclosurereport.layout.CellSource;
import org.disclosurereport.layout.SourceKind;

/** Where a piece of a Word document was found. */
final class Origins {
  private Origins() {}

  static CellSource paragraph(int number, String text) {
    return CellSource.builder().kind(SourceKind.WORD).line(number).rawText(text.strip()).build();
  }

  static CellSource cell(int table, int row, int column, String text) {
    return CellSource.builder()
        .kind(SourceKind.WORD)
        .table(table)
        .row(row)
        .column(column)
        .rawText(text.replace('\n', ' ').strip())
        .build();
  }
}
