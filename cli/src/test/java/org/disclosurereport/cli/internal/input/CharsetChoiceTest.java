package org.disclosurereport.cli.internal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetChoiceTest {
  private static final String PAGE =
      "<html><head><meta charset=\"utf-8\"></head><body>\n"
          + "<h1>洛宁县人民政府2020年政府信息公开工作年度报告</h1>\n"
          + "<p>"
          + "全年依法推进政府信息公开，按时发布各类信息。".repeat(20)
          + "</p>\n"
          + "</body></html>";

  /**
   * The page with a stray lead byte before each of its tags of a kind, as a broken download has.
   */
  private static byte[] withBadBytes(String page, String beforeEach) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] parts = page.split(java.util.regex.Pattern.quote(beforeEach), -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.write(0xE6);
        out.writeBytes(beforeEach.getBytes(StandardCharsets.UTF_8));
      }
      out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void aUtf8PageWithAFewBadBytesStaysUtf8AndSaysWhere() {
    byte[] bytes = withBadBytes(PAGE, "</");
    CharsetChoice c = CharsetChoice.choose(bytes);
    assertEquals(StandardCharsets.UTF_8, c.charset());
    assertEquals(5, c.badCount());
    assertEquals(c.badCount(), c.badSequences().size());
    assertTrue(c.reason().startsWith("the page declares UTF-8 and the bytes agree"), c.reason());
    for (CharsetChoice.BadSequence b : c.badSequences()) {
      assertTrue(b.offset() > 0 && b.offset() < bytes.length);
      assertTrue(b.line() >= 1 && b.line() <= 4, String.valueOf(b.line()));
    }
    assertEquals(StandardCharsets.UTF_8, FormatSniffer.detect(bytes, "p.html").charset());
  }

  @Test
  void oneCutCharacterAtTheEndOfAnUndeclaredPageKeepsItUtf8() {
    byte[] whole = "政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
    CharsetChoice c = CharsetChoice.choose(cut);
    assertEquals(StandardCharsets.UTF_8, c.charset());
    assertEquals(1, c.badCount());
    assertEquals(whole.length - 3, c.badSequences().get(0).offset());
  }

  @Test
  void aPageMislabelledAsUtf8IsReadAsGb18030AndSaysWhy() {
    byte[] gbk = PAGE.getBytes(Charset.forName("GBK"));
    CharsetChoice c = CharsetChoice.choose(gbk);
    assertEquals("GB18030", c.charset().name());
    assertTrue(
        c.reason().startsWith("the page declares UTF-8 but its bytes contradict it"), c.reason());
    assertEquals(0, c.badSequences().size());
  }

  @Test
  void undeclaredGbkIsGb18030AndADeclaredCharsetWins() {
    String text = "洛宁县人民政府2020年政府信息公开工作年度报告";
    assertEquals(
        "GB18030", CharsetChoice.choose(text.getBytes(Charset.forName("GBK"))).charset().name());
    String big5 = "<meta charset=big5>政府資訊公開";
    CharsetChoice b = CharsetChoice.choose(big5.getBytes(Charset.forName("Big5")));
    assertEquals(Charset.forName("Big5"), b.charset());
    assertEquals("the page declares big5", b.reason());
  }
}
