package org.disclosurereport.serialization.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disclosurereport.serialization.Limits;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportReadException;
import org.junit.jupiter.api.Test;

class JsonLinesIteratorTest {

  /** A stream that gives its bytes, then fails as a disk or a network does. */
  private static InputStream breakingOffAfter(String text) {
    return new InputStream() {
      private final InputStream bytes =
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));

      @Override
      public int read() throws IOException {
        int b = bytes.read();
        if (b < 0) {
          throw new IOException("connection reset");
        }
        return b;
      }
    };
  }

  @Test
  void aStreamBreakingOffMidReadKeepsWhatWasReadAndThenFailsWithTheFileName() {
    JsonLinesIterator it =
        new JsonLinesIterator(
            breakingOffAfter("[1]\n{\"schemaVersion\":"),
            "reports.jsonl",
            Limits.defaults(),
            (bytes, source) -> ReportJson.create().read(bytes, source));
    assertTrue(it.hasNext());
    assertEquals(List.of("DR-J021"), it.next().ruleIds());
    UncheckedIOException e = assertThrows(UncheckedIOException.class, it::hasNext);
    ReportReadException cause = assertInstanceOf(ReportReadException.class, e.getCause());
    assertTrue(cause.getMessage().contains("reports.jsonl"), cause.getMessage());
    assertEquals("connection reset", cause.getCause().getMessage());
  }

  @Test
  void theLastLineNeedsNoLineBreak() {
    JsonLinesIterator it =
        new JsonLinesIterator(
            new ByteArrayInputStream("[1]\n\n[2]".getBytes(StandardCharsets.UTF_8)),
            "reports.jsonl",
            Limits.defaults(),
            (bytes, source) -> ReportJson.create().read(bytes, source));
    assertEquals("reports.jsonl:1", it.next().source());
    assertEquals("reports.jsonl:3", it.next().source());
    assertTrue(!it.hasNext());
  }
}
