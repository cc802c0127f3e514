package org.disclosurereport.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files that pin the wire formats; {@code -Dgolden.update=true} rewrites them. */
final class Golden {
  private static final Path FOLDER = Path.of("src/test/resources/golden");

  private Golden() {}

  static String read(String name) throws IOException {
    return Files.readString(FOLDER.resolve(name), StandardCharsets.UTF_8);
  }

  static void assertMatches(String name, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(FOLDER);
      Files.writeString(FOLDER.resolve(name), actual, StandardCharsets.UTF_8);
    }
    assertEquals(read(name), actual, name + " changed: the wire format must not drift");
  }
}
