package org.disclosurereport.benchmarks.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.validation.ReportValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path dir;

  @Test
  void writesValidReportsOfBothEditionsAThousandToAFolder() throws IOException {
    long bytes = new ReportFiles().write(dir, 1_003, 5);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertEquals(1_003, files.size());
    assertEquals(bytes, files.stream().mapToLong(p -> p.toFile().length()).sum());
    assertEquals(dir.resolve("001").resolve("report-0001002.json"), ReportFiles.path(dir, 1_002));
    assertTrue(Files.isRegularFile(ReportFiles.path(dir, 999)));
    assertEquals(dir.resolve("000"), ReportFiles.path(dir, 999).getParent());
    for (int i : new int[] {0, 1, 1_002}) {
      ReadResult r = ReportJson.create().read(ReportFiles.path(dir, i));
      assertTrue(r.isClean(), r::toString);
      assertEquals(i % 2 == 0 ? Edition.V2019 : Edition.V2021, r.report().orElseThrow().edition());
      assertTrue(ReportValidator.create().validate(r.report().orElseThrow()).isValid());
    }
  }

  @Test
  void theSameSeedGivesTheSameFiles(@TempDir Path other) throws IOException {
    new ReportFiles().write(dir, 3, 9);
    new ReportFiles().write(other, 3, 9);
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(
          Files.readAllBytes(ReportFiles.path(dir, i)),
          Files.readAllBytes(ReportFiles.path(other, i)));
    }
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ReportFiles().write(dir, -1, 0));
  }
}
