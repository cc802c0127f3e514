package org.disclosurereport.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.disclosurereport.layout.ReaderRule;

/**
 * Measures a ZIP package (a {@code .docx}) before it is opened: the number of entries and the bytes
 * they inflate to, counted while inflating and stopped at the limit, so that a zip bomb costs at
 * most the limit in time and nothing in memory.
 */
public final class ZipGuard {
  private ZipGuard() {}

  /**
   * Checks a package against the limits.
   *
   * @param bytes the package
   * @param maxEntries the most entries accepted
   * @param maxInflatedBytes the most bytes all entries may inflate to
   * @throws DocumentProblem when a limit is passed or the package is not a ZIP file
   */
  public static void check(byte[] bytes, int maxEntries, long maxInflatedBytes)
      throws DocumentProblem {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > maxEntries) {
          throw new DocumentProblem(
              ReaderRule.DOCUMENT_OVER_LIMIT, "ZIP entries", ">" + maxEntries, maxEntries);
        }
        int n;
        while ((n = zip.read(buffer)) > 0) {
          total += n;
          if (total > maxInflatedBytes) {
            throw new DocumentProblem(
                ReaderRule.DOCUMENT_OVER_LIMIT,
                "decompressed size (bytes)",
                ">" + maxInflatedBytes,
                maxInflatedBytes);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new DocumentProblem(
          ReaderRule.DOCUMENT_UNREADABLE, "Word document (.docx)", "damaged ZIP package");
    }
  }
}
