package org.disclosurereport.cli.internal.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSplitterTest {
  @TempDir Path dir;

  private List<InputItem> split(String name, byte[] content, long maxLine, int maxBad)
      throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    List<InputItem> items = new ArrayList<>();
    new JsonLinesSplitter(
            List.<InputItem>of(new InputItem.File(p, name, true)).iterator(), maxLine, maxBad)
        .forEachRemaining(items::add);
    return items;
  }

  private static String text(InputItem item) {
    return new String(((InputItem.Line) item).bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void eachLineThatIsNotBlankIsAnItemNamedByItsLine() throws IOException {
    byte[] in =
        "\uFEFF{\"a\":1}\r\n\n  \n{\"b\":2}\n{\"c\":\"中\"}".getBytes(StandardCharsets.UTF_8);
    List<InputItem> items = split("r.jsonl", in, 1 << 20, 100);
    assertEquals(3, items.size());
    assertEquals("{\"a\":1}", text(items.get(0)));
    assertEquals("{\"b\":2}", text(items.get(1)));
    assertEquals("{\"c\":\"中\"}", text(items.get(2)));
    assertEquals("r.jsonl:1", ((InputItem.Line) items.get(0)).documentName());
    assertEquals("r.jsonl:4", ((InputItem.Line) items.get(1)).documentName());
    assertEquals("r.jsonl:5", ((InputItem.Line) items.get(2)).documentName());
    assertTrue(((InputItem.Line) items.get(0)).first());
    assertFalse(((InputItem.Line) items.get(1)).first());
  }

  @Test
  void aLineOverTheLimitComesWithoutItsBytes() throws IOException {
    String longLine = "{\"x\":\"" + "9".repeat(5_000) + "\"}";
    byte[] in = ("{}\n" + longLine + "\r\n{}\n").getBytes(StandardCharsets.UTF_8);
    List<InputItem> items = split("r.jsonl", in, 1_000, 100);
    assertEquals(3, items.size());
    InputItem.Line big = (InputItem.Line) items.get(1);
    assertTrue(big.tooLarge());
    assertNull(big.bytes());
    assertEquals(longLine.length(), big.size());
    assertArrayEquals(
        "{}".getBytes(StandardCharsets.UTF_8), ((InputItem.Line) items.get(2)).bytes());
  }

  @Test
  void otherInputsPassUnchanged() throws IOException {
    byte[] pretty = "{\n  \"a\": 1\n}\n".getBytes(StandardCharsets.UTF_8);
    List<InputItem> items = split("r.json", pretty, 1 << 20, 100);
    assertEquals(1, items.size());
    // Read whole to be told from JSON Lines, it is handed on with its bytes and their detection.
    InputItem.Read read = assertInstanceOf(InputItem.Read.class, items.get(0));
    assertArrayEquals(pretty, read.bytes());
    assertEquals("r.json", read.displayName());
    assertTrue(read.file().explicit());
    assertEquals(FormatSniffer.detect(pretty, "r.json"), read.detection());
    // Over the size limit it is left to the loader, which says so.
    List<InputItem> one = split("one.json", "{\"a\":1}\n".getBytes(StandardCharsets.UTF_8), 1, 1);
    assertInstanceOf(InputItem.File.class, one.get(0));
  }

  @Test
  void readingStopsOnceTheLinesThatAreNotReportsPassTheLimit() throws Exception {
    byte[] in = "{}\n".repeat(50).getBytes(StandardCharsets.UTF_8);
    Path p = dir.resolve("bad.jsonl");
    Files.write(p, in);
    JsonLinesSplitter split =
        new JsonLinesSplitter(
            List.<InputItem>of(new InputItem.File(p, "bad.jsonl", true)).iterator(), 1 << 20, 3);
    List<Integer> counts = new ArrayList<>();
    while (split.hasNext()) {
      counts.add(((InputItem.Line) split.next()).order().count(true));
    }
    assertEquals(List.of(1, 2, 3, 4), counts, "the fourth line passes the limit; no fifth is read");
  }

  @Test
  void aCountWaitsForTheLineBeforeWhateverOrderTheyAreReadIn() throws Exception {
    LineOrder first = LineOrder.first(10);
    LineOrder second = first.next();
    LineOrder third = second.next();
    third.failed();
    Thread t =
        new Thread(
            () -> {
              try {
                Thread.sleep(50);
                first.count(true);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    t.start();
    assertEquals(1, second.count(false));
    t.join();
    assertEquals(2, third.next().count(false));
    LineOrder stopped = LineOrder.first(0);
    assertEquals(1, stopped.count(true));
    assertTrue(stopped.stopped());
    assertSame(LineOrder.STOPPED, stopped.next().count(false));
  }
}
