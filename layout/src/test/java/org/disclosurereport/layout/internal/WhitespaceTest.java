package org.disclosurereport.layout.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class WhitespaceTest {
  /** Characters at the ends of cells: visible, ideographs, and every kind of white space. */
  private static final Gen<String> PIECES =
      Generate.pick(
          List.of(
              "1",
              "a",
              "~",
              "自",
              "人",
              "一",
              "（",
              "）",
              "　",
              "\u00a0",
              "\u2003",
              "\u200b",
              " ",
              "\t",
              "\n",
              "\r",
              "\u001f",
              "\u007f",
              "\u0085",
              "\ufeff",
              "\ud840\udc00",
              "\u1680",
              "\u2007",
              "\u2028",
              "\u2029",
              "\u202f",
              "\u205f",
              "\u2060",
              "“",
              "”",
              "：",
              "\uff08"));

  @Test
  void stripsAsStringStripDoes() {
    QuickTheory.qt()
        .withExamples(5000)
        .forAll(SourceDSL.lists().of(PIECES).ofSizeBetween(0, 6))
        .checkAssert(
            list -> {
              String s = String.join("", list);
              assertEquals(s.strip(), Whitespace.strip(s), s);
            });
  }

  @Test
  void keepsTheSameStringWhenNothingIsStripped() {
    String cell = "本年新收政府信息公开申请数量";
    assertSame(cell, Whitespace.strip(cell));
    assertEquals("自然人", Whitespace.strip("　自然人 "));
  }
}
