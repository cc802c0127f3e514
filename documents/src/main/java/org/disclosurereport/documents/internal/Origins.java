package org.disclosurereport.documents.internal;

import org.disclosurereport.document.CellSource;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.SourcePosition;

/** Where a piece of a Word document ({@code .docx} or binary {@code .doc}) was found. */
final class Origins {
  private Origins() {}

  static CellSource paragraph(DocumentFormat format, int number, String text) {
    return CellSource.builder()
        .format(format)
        .position(SourcePosition.of(number))
        .rawText(text.strip())
        .build();
  }

  static CellSource cell(DocumentFormat format, int table, int row, int column, String text) {
    return CellSource.builder()
        .format(format)
        .table(table)
        .row(row)
        .column(column)
        .rawText(text.replace('\n', ' ').strip())
        .build();
  }
}
