package org.disclosurereport.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Looks inside a ZIP package or an OLE2 file for the part that makes it a Word document. */
final class Sniff {
  /** The most entries looked at before giving up: a package's parts are few. */
  private static final int MAX_ENTRIES = 10_000;

  private Sniff() {}

  static boolean zipHasEntry(byte[] bytes, String name) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      int n = 0;
      while ((entry = zip.getNextEntry()) != null && n++ < MAX_ENTRIES) {
        if (entry.getName().equals(name)) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  static boolean oleHasStream(byte[] bytes, String name) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntryCaseInsensitive(name);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
