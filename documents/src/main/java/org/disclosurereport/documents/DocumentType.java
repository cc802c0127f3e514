package org.disclosurereport.documents;

import java.util.Optional;

/**
 * The kinds of document file a {@link DocumentReader} reads, told by their content, never by their
 * name: a PDF starts with {@code %PDF-}; a Word 2007+ file ({@code .docx}, also what WPS saves as
 * such) is a ZIP package holding {@code word/document.xml}; a Word 97-2003 file ({@code .doc}, also
 * WPS's) is an OLE2 compound file holding a {@code WordDocument} stream.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DocumentType {
  /** A PDF document. */
  PDF,
  /** A Word 2007+ document ({@code .docx}). */
  DOCX,
  /** A Word 97-2003 binary document ({@code .doc}). */
  DOC;

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] OLE2_MAGIC = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  /** How far into a file the PDF header may be: readers accept junk before it. */
  private static final int PDF_HEADER_WINDOW = 1024;

  /**
   * Tells the kind of a document from its bytes.
   *
   * @param bytes the file's content
   * @return the kind, empty when it is none of these (a ZIP that is not a Word document, an OLE2
   *     file without a Word stream such as an Excel workbook)
   */
  public static Optional<DocumentType> detect(byte[] bytes) {
    if (indexOf(bytes, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0) {
      return Optional.of(PDF);
    }
    if (startsWith(bytes, ZIP_MAGIC)) {
      return Sniff.zipHasEntry(bytes, "word/document.xml") ? Optional.of(DOCX) : Optional.empty();
    }
    if (startsWith(bytes, OLE2_MAGIC)) {
      return Sniff.oleHasStream(bytes, "WordDocument") ? Optional.of(DOC) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether the bytes start like one of these kinds (a PDF header, a ZIP package, an OLE2 file),
   * whatever is inside: a cheap test for format detection.
   *
   * @param bytes the file's content
   * @return true when they may be a document
   */
  public static boolean mayBeDocument(byte[] bytes) {
    return indexOf(bytes, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0
        || startsWith(bytes, ZIP_MAGIC)
        || startsWith(bytes, OLE2_MAGIC);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] needle, int window) {
    int last = Math.min(bytes.length - needle.length, window);
    outer:
    for (int i = 0; i <= last; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
