package org.disclosurereport.layout.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.layout.ReaderRule;
import org.disclosurereport.model.CellValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {
  private static CellValue read(String raw, CellKind kind) {
    NumberParser.Parsed p = NumberParser.parse(raw, kind, null);
    assertNull(p.problem(), () -> raw + " gave " + p.problem());
    return p.value();
  }

  @Test
  void countsWithSeparatorsFullWidthDigitsAndCountingWords() {
    assertEquals(CellValue.count(33_764), read("33,764", CellKind.COUNT));
    assertEquals(CellValue.count(33_764), read("３３，７６４", CellKind.COUNT));
    assertEquals(CellValue.count(5), read(" 5件 ", CellKind.COUNT));
    assertEquals(CellValue.count(2_543), read("2 543", CellKind.COUNT));
    assertEquals(CellValue.count(0), read("+0", CellKind.COUNT));
  }

  @Test
  void changesKeepTheirSign() {
    assertEquals(CellValue.change(-27), read("-27", CellKind.CHANGE));
    assertEquals(CellValue.change(34), read("+34", CellKind.CHANGE));
    assertEquals(CellValue.change(-8), read("－8", CellKind.CHANGE));
    assertEquals(CellValue.change(0), read("0", CellKind.CHANGE));
  }

  @Test
  void amountsKeepEveryDigitAndTheirUnit() {
    assertEquals(
        CellValue.amount(new BigDecimal("75394432.52"), MoneyUnit.YUAN),
        read("75394432.52元", CellKind.AMOUNT));
    assertEquals(
        CellValue.amount(new BigDecimal("160.5964"), MoneyUnit.TEN_THOUSAND_YUAN),
        read("160.5964万元", CellKind.AMOUNT));
    assertEquals(
        CellValue.amount(new BigDecimal("209512.943"), MoneyUnit.UNSTATED),
        read("209,512.943", CellKind.AMOUNT));
    assertEquals(
        CellValue.amount(new BigDecimal("1.50"), MoneyUnit.UNSTATED),
        read("1.50", CellKind.AMOUNT));
  }

  @Test
  void aBareAmountTakesTheUnitTheColumnDeclares() {
    NumberParser.Parsed p =
        NumberParser.parse("5125.11", CellKind.AMOUNT, MoneyUnit.TEN_THOUSAND_YUAN);
    assertEquals(
        CellValue.amount(new BigDecimal("5125.11"), MoneyUnit.TEN_THOUSAND_YUAN), p.value());
    assertNull(p.explicitUnit());
    NumberParser.Parsed stated =
        NumberParser.parse("12元", CellKind.AMOUNT, MoneyUnit.TEN_THOUSAND_YUAN);
    assertEquals(MoneyUnit.YUAN, stated.explicitUnit());
    assertEquals(CellValue.amount(new BigDecimal("12"), MoneyUnit.YUAN), stated.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "/", "-", "—", "——", "－", "／", "\\", "--", "–"})
  void marksForNothingAreBlankNotZero(String raw) {
    for (CellKind kind : CellKind.values()) {
      NumberParser.Parsed p = NumberParser.parse(raw, kind, null);
      assertFalse(p.failed());
      assertTrue(p.value().isBlank(), () -> "'" + raw + "' as " + kind);
    }
    assertTrue(NumberParser.isBlank(raw));
  }

  @Test
  void malformedNumbersAreProblemsAndBlank() {
    assertProblem("--253", CellKind.CHANGE, ReaderRule.CELL_UNREADABLE);
    assertProblem("3,37,64", CellKind.COUNT, ReaderRule.CELL_UNREADABLE);
    assertProblem("无", CellKind.COUNT, ReaderRule.CELL_UNREADABLE);
    assertProblem("-3", CellKind.COUNT, ReaderRule.CELL_NEGATIVE);
    assertProblem("-3.5", CellKind.AMOUNT, ReaderRule.CELL_NEGATIVE);
    assertProblem("2.5", CellKind.COUNT, ReaderRule.CELL_NOT_WHOLE);
    assertProblem("12元", CellKind.COUNT, ReaderRule.CELL_UNREADABLE);
    assertProblem("12件", CellKind.AMOUNT, ReaderRule.CELL_UNREADABLE);
    assertProblem("99999999999999999999999", CellKind.COUNT, ReaderRule.CELL_OUT_OF_RANGE);
    assertProblem("1000000000000", CellKind.COUNT, ReaderRule.CELL_OUT_OF_RANGE);
    assertProblem("1.1234567", CellKind.AMOUNT, ReaderRule.CELL_OUT_OF_RANGE);
  }

  private static void assertProblem(String raw, CellKind kind, ReaderRule rule) {
    NumberParser.Parsed p = NumberParser.parse(raw, kind, null);
    assertEquals(rule, p.problem(), raw);
    assertTrue(p.value().isBlank());
  }

  @Test
  void cellLikeTextIsToldFromLabelsAndProse() {
    for (String s : new String[] {"0", "33,764", "--253", "/", "", "75394432.52元", "无", "+3"}) {
      assertTrue(NumberParser.looksLikeValue(s), s);
    }
    for (String s : new String[] {"规章", "1.", "第二十条", "2020年，全县共受理申请。"}) {
      assertFalse(NumberParser.looksLikeValue(s), s);
    }
  }

  @Test
  void everyCountAndChangeReadsBackFromItsPrintedForm() {
    qt().forAll(longs().between(0, CellValue.MAX_WHOLE))
        .checkAssert(
            v -> assertEquals(CellValue.count(v), read(String.valueOf(v), CellKind.COUNT)));
    qt().forAll(longs().between(-CellValue.MAX_WHOLE, CellValue.MAX_WHOLE))
        .checkAssert(
            v ->
                assertEquals(
                    CellValue.change(v), read(CellValue.change(v).toString(), CellKind.CHANGE)));
  }

  @Test
  void everyCountReadsBackWithThousandsSeparators() {
    qt().forAll(longs().between(0, CellValue.MAX_WHOLE))
        .checkAssert(
            v -> assertEquals(CellValue.count(v), read(String.format("%,d", v), CellKind.COUNT)));
  }

  @Test
  void everyAmountReadsBackFromItsPrintedForm() {
    qt().forAll(longs().between(0, Long.MAX_VALUE / 10), integers().between(0, 6))
        .checkAssert(
            (unscaled, scale) -> {
              CellValue amount =
                  CellValue.amount(
                      BigDecimal.valueOf(unscaled % 100_000_000_000_000L, scale), MoneyUnit.YUAN);
              assertEquals(amount, read(amount.toString(), CellKind.AMOUNT));
            });
  }

  /** Plain digits, read by the short path, read as the same digits with separators do. */
  @Test
  void plainDigitsReadAsTheGeneralPathReadsThem() {
    qt().withExamples(2000)
        .forAll(longs().between(0, 999_999_999_999_999_999L))
        .checkAssert(
            v -> {
              String plain = Long.toString(v);
              String separated = String.format(java.util.Locale.ROOT, "%,d", v);
              for (CellKind kind : CellKind.values()) {
                assertEquals(
                    NumberParser.parse(separated, kind, MoneyUnit.TEN_THOUSAND_YUAN),
                    NumberParser.parse(plain, kind, MoneyUnit.TEN_THOUSAND_YUAN),
                    plain + " " + kind);
              }
            });
    assertEquals(
        NumberParser.parse("0,007", CellKind.AMOUNT, null).value(),
        NumberParser.parse("0007", CellKind.AMOUNT, null).value());
  }

  /**
   * The shortcuts for text that starts with an ideograph, and for plain digits, change no answer.
   */
  @Test
  void looksLikeValueAgreesWithItsPatterns() {
    org.quicktheories.core.Gen<String> pieces =
        org.quicktheories.generators.Generate.pick(
            java.util.List.of(
                "无",
                "零",
                "空",
                "暂",
                "暂无",
                "〇",
                "件",
                "本",
                "年",
                "1",
                "0",
                "9",
                "123456789",
                "１",
                "-",
                "/",
                "—",
                " ",
                "\u3000",
                "\u200b",
                "\ufeff",
                ".",
                ",",
                "万元",
                "a",
                "①",
                "\u00a0"));
    qt().withExamples(5000)
        .forAll(org.quicktheories.generators.SourceDSL.lists().of(pieces).ofSizeBetween(0, 6))
        .checkAssert(
            list -> {
              String raw = String.join("", list);
              assertEquals(
                  NumberParser.looksLikeValueByPatterns(raw),
                  NumberParser.looksLikeValue(raw),
                  raw);
            });
  }
}
