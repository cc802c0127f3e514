package org.disclosurereport.documents;

import org.disclosurereport.layout.DocumentContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Prints what a document holds, for looking at a new document: {@code -Ddump=name.pdf}. */
class DumpContentTool {
  @Test
  @EnabledIfSystemProperty(named = "dump", matches = ".+")
  void dump() {
    DocumentContent c =
        DocumentReader.create().contentOf(SampleDocumentsTest.resource(System.getProperty("dump")));
    for (DocumentContent.Block b : c.blocks()) {
      if (b instanceof DocumentContent.Paragraph p) {
        System.out.println((p.heading() ? "H " : "P ") + p.origin().page() + " " + p.text());
      } else {
        DocumentContent.Table t = (DocumentContent.Table) b;
        System.out.println("TABLE");
        for (var row : t.rows()) {
          StringBuilder s = new StringBuilder("  |");
          for (var cell : row) {
            s.append(cell.text().replace("\n", "⏎"));
            if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
              s.append("{").append(cell.rowSpan()).append("x").append(cell.colSpan()).append("}");
            }
            s.append("|");
          }
          System.out.println(s);
        }
      }
    }
  }
}
