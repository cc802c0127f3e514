package org.disclosurereport.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  /** A content writer that fails after a given number of bytes, as a full disk does. */
  private static AtomicFiles.Content failingAfter(int n) {
    return out -> {
      for (int i = 0; i < n; i++) {
        out.write('x');
      }
      throw new IOException("No space left on device");
    };
  }

  @Test
  void writesANewFileAndItsFolder() throws IOException {
    Path target = dir.resolve("a/b/report.json");
    AtomicFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8));
    assertEquals("{}", Files.readString(target));
    assertEquals(List.of(), leftovers());
    if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
      assertEquals(
          "rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }
  }

  @Test
  void aWriterFailingAfterSomeBytesLeavesTheOldFileWhole() throws IOException {
    Path target = dir.resolve("target.json");
    Files.writeString(target, "old content");
    for (int n : new int[] {0, 1, 4096, 1 << 20}) {
      IOException e =
          assertThrows(IOException.class, () -> AtomicFiles.write(target, failingAfter(n)));
      assertEquals("No space left on device", e.getMessage());
      assertEquals("old content", Files.readString(target), "after " + n + " bytes");
      assertEquals(List.of(), leftovers(), "no temporary file left after " + n + " bytes");
    }
  }

  @Test
  void aRuntimeFailureOfTheWriterAlsoLeavesTheOldFile() throws IOException {
    Path target = dir.resolve("target.json");
    Files.writeString(target, "old content");
    assertThrows(
        OutOfMemoryError.class,
        () ->
            AtomicFiles.write(
                target,
                (OutputStream out) -> {
                  out.write(new byte[100]);
                  throw new OutOfMemoryError("Java heap space");
                }));
    assertEquals("old content", Files.readString(target));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void replacesAnExistingFileKeepingItsPermissions() throws IOException {
    Path target = dir.resolve("target.json");
    Files.writeString(target, "old content, longer than the new one");
    boolean posix = Files.getFileStore(target).supportsFileAttributeView("posix");
    if (posix) {
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
    }
    AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
    assertEquals("new", Files.readString(target));
    if (posix) {
      assertEquals(
          "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }
  }

  @Test
  void refusesAnEmptyNameAndAFolder() {
    IOException empty =
        assertThrows(IOException.class, () -> AtomicFiles.write(Path.of(""), new byte[0]));
    assertEquals("the file name is empty", AtomicFiles.reason(empty));
    IOException folder = assertThrows(IOException.class, () -> AtomicFiles.write(dir, new byte[0]));
    assertEquals("is a folder", AtomicFiles.reason(folder));
  }

  @Test
  void reasonsSayWhatWentWrongNotJustThePath() {
    assertEquals("permission denied", AtomicFiles.reason(new AccessDeniedException("ro.json")));
    assertEquals("no such file or folder", AtomicFiles.reason(new NoSuchFileException("x")));
    assertEquals("Broken pipe", AtomicFiles.reason(new IOException("Broken pipe")));
    assertTrue(AtomicFiles.reason(new IOException()).contains("IOException"));
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".partial")).toList();
    }
  }
}
