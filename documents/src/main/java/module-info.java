/** Readers of reports published as PDF (PDFBox) and Word documents (POI), and a Word renderer. */
// Immutables (at compile time only) and PDFBox are automatic modules.
@SuppressWarnings("requires-automatic")
module org.disclosurereport.documents {
  requires transitive org.disclosurereport.core;
  requires transitive org.disclosurereport.layout;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.scratchpad;
  requires static org.immutables.value;

  exports org.disclosurereport.documents;
}
