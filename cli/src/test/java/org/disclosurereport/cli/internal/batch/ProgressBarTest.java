package org.disclosurereport.cli.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void drawsABarOnceTheTotalIsKnownAndACountBefore() {
    ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), "files", () -> 0);
    assertEquals("[###############...............] 5/10 files 50%", bar.line(5, 10, true));
    assertEquals("[~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~] 5/7+ files", bar.line(5, 7, false));
  }

  @Test
  void redrawsAtMostTenTimesASecondAndErasesItself() {
    StringWriter s = new StringWriter();
    AtomicLong now = new AtomicLong();
    ProgressBar bar = new ProgressBar(new PrintWriter(s), "files", now::get);
    bar.advanced(1, 100, true);
    now.addAndGet(10_000_000L);
    bar.advanced(2, 100, true); // too soon: not drawn
    now.addAndGet(100_000_000L);
    bar.advanced(3, 100, true);
    bar.advanced(100, 100, true); // the last one is always drawn
    bar.finished();
    String out = s.toString();
    assertEquals(4, out.chars().filter(c -> c == '\r').count() - 1, out);
    assertTrue(
        out.contains(" 1/100 ")
            && !out.contains(" 2/100 ")
            && out.contains(" 3/100 ")
            && out.contains("100/100"));
    assertTrue(out.endsWith("\r"), "ends by erasing the bar");
    assertTrue(!out.contains("\n"), "never starts a new line");
  }

  @Test
  void clearsItselfBeforeOtherOutputAndComesBackAtOnce() {
    StringWriter s = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(s), "files", () -> 0);
    bar.clear(); // nothing drawn: nothing to erase
    assertEquals("", s.toString());
    bar.advanced(1, 10, true);
    bar.clear();
    String erased = s.toString();
    assertTrue(erased.endsWith("\r" + " ".repeat(bar.line(1, 10, true).length()) + "\r"), erased);
    bar.advanced(2, 10, true); // same instant, but the bar was erased: drawn again
    assertTrue(s.toString().endsWith(bar.line(2, 10, true)), s.toString());
  }
}
