package org.disclosurereport.cli.internal.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

class InputBytesTest {
  @TempDir Path dir;

  /** The bytes read are the file's first ones up to the limit, whatever the two lengths. */
  @Test
  void readsTheFilesBytesUpToTheLimit() {
    qt().withExamples(200)
        .forAll(
            SourceDSL.integers().between(0, 70_000),
            SourceDSL.integers().between(1, 80_000),
            SourceDSL.longs().all())
        .checkAssert(
            (length, max, seed) -> {
              byte[] content = new byte[length];
              new Random(seed).nextBytes(content);
              try {
                Path p = Files.write(dir.resolve("f"), content);
                assertArrayEquals(
                    Arrays.copyOf(content, Math.min(length, max)), InputBytes.readAtMost(p, max));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
