package org.disclosurereport.validation;

import static org.disclosurereport.validation.TestReports.luoning2020;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.Narrative;
import org.junit.jupiter.api.Test;

class NarrativeFiguresTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  @Test
  void publishedAndConstructedPhrasingsGiveTheirFigures() throws Exception {
    int lines = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("narrative-phrasings.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        List<String> expected = parts[1].isBlank() ? List.of() : List.of(parts[1].split(" "));
        List<String> actual = new ArrayList<>();
        for (NarrativeFigure f : NarrativeFigures.extract(SectionId.GENERAL, parts[0])) {
          actual.add(f.kind() + "=" + f.value() + (f.subUnit() ? ",sub" : ""));
          assertEquals(parts[0], f.sentence());
          assertTrue(parts[0].startsWith(f.written(), f.position()), line);
        }
        assertEquals(expected, actual, parts[0]);
        lines++;
      }
    }
    assertTrue(lines >= 15);
  }

  @Test
  void chineseNumeralsAreRead() {
    assertEquals(23, NarrativeFigures.parse("二十三"));
    assertEquals(10, NarrativeFigures.parse("十"));
    assertEquals(12, NarrativeFigures.parse("十二"));
    assertEquals(105, NarrativeFigures.parse("一百零五"));
    assertEquals(2008, NarrativeFigures.parse("两千零八"));
    assertEquals(3208, NarrativeFigures.parse("三千二百零八"));
    assertEquals(32000, NarrativeFigures.parse("三万二千"));
    assertEquals(1208, NarrativeFigures.parse("1,208"));
    assertThrows(NumberFormatException.class, () -> NarrativeFigures.parse("九九九九九九九九九九九九九九九九"));
  }

  /** Property: a number written in Chinese numerals reads back as itself. */
  @Test
  void chineseNumeralsRoundTrip() {
    qt().forAll(longs().between(0, 99_999_999))
        .checkAssert(n -> assertEquals(n, NarrativeFigures.parse(chinese(n))));
  }

  /** Writes a number in Chinese numerals, the way reports do (一百零五, 十二, 三万零八). */
  static String chinese(long n) {
    if (n == 0) {
      return "零";
    }
    String digits = "零一二三四五六七八九";
    StringBuilder sb = new StringBuilder();
    long high = n / 10000;
    long low = n % 10000;
    if (high > 0) {
      sb.append(below10000(high, digits)).append('万');
      if (low > 0 && low < 1000) {
        sb.append('零');
      }
    }
    if (low > 0) {
      sb.append(below10000(low, digits));
    }
    return sb.toString();
  }

  private static String below10000(long n, String digits) {
    StringBuilder sb = new StringBuilder();
    long[] units = {1000, 100, 10, 1};
    String names = "千百十";
    boolean zero = false;
    for (int i = 0; i < 4; i++) {
      long d = (n / units[i]) % 10;
      if (d == 0) {
        zero = sb.length() > 0;
        continue;
      }
      if (zero) {
        sb.append('零');
        zero = false;
      }
      if (!(i == 2 && d == 1 && sb.length() == 0)) {
        sb.append(digits.charAt((int) d));
      }
      if (i < 3) {
        sb.append(names.charAt(i));
      }
    }
    return sb.toString();
  }

  private static AnnualReport withGeneral(String text, long newly, long carriedOver) {
    AnnualReport r = luoning2020();
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>(r.cells());
    cells.put(
        CellAddress.of(Tables.APPLICATIONS, ApplicationRows.NEWLY_RECEIVED, Applicants.TOTAL),
        CellValue.count(newly));
    cells.put(
        CellAddress.of(Tables.APPLICATIONS, ApplicationRows.CARRIED_OVER, Applicants.TOTAL),
        CellValue.count(carriedOver));
    return r.withCells(cells).withGeneral(Narrative.of(text));
  }

  @Test
  void aNarrativeSayingFiveWhenTheTableSaysOneGetsAWarningNamingTheSentenceAndTheCell() {
    AnnualReport report = luoning2020().withGeneral(Narrative.of("本年度共收到政府信息公开申请5件，均已按时答复。"));
    CellAddress newly =
        CellAddress.of(Tables.APPLICATIONS, ApplicationRows.NEWLY_RECEIVED, Applicants.TOTAL);
    assertEquals(1, report.cell(newly).wholeNumber().orElseThrow(), "fixture: the table says 1");
    ValidationResult result = VALIDATOR.validate(report);
    List<Finding> narrative = result.findings("DR-V501");
    assertEquals(1, narrative.size(), result.findings().toString());
    Finding f = narrative.get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(5, f.reported().orElseThrow().intValue());
    assertEquals(1, f.expected().orElseThrow().intValue());
    assertEquals("本年度共收到政府信息公开申请5件，均已按时答复。", f.location().sourceText().orElseThrow());
    assertEquals("/general", f.location().jsonPointer().orElseThrow().toString());
    assertTrue(f.involvedCells().contains(newly));
    String label = report.spec().label(newly);
    assertTrue(
        f.messageZh().contains(label) && f.messageZh().contains("收到政府信息公开申请5件"), f.messageZh());
    assertTrue(f.message(Locale.ENGLISH).contains(label + " holds 1"), f.messageEn());
  }

  @Test
  void receivedIncludingLastYearsCarryOverIsConsistent() {
    String text = "全年收到政府信息公开申请120件，办结117件。";
    AnnualReport report = withGeneral(text, 117, 3);
    List<Finding> received =
        VALIDATOR.validate(report).findings("DR-V501").stream()
            .filter(
                f ->
                    f.location().sourceText().orElse("").equals(text)
                        && f.reported().orElseThrow().intValue() == 120)
            .toList();
    assertEquals(List.of(), received);
    // 120 new is consistent as well; 119 is neither.
    assertTrue(VALIDATOR.validate(withGeneral("收到申请120件。", 120, 3)).findings("DR-V501").isEmpty());
    assertEquals(
        1, VALIDATOR.validate(withGeneral("收到申请119件。", 117, 3)).findings("DR-V501").size());
  }

  @Test
  void subUnitFiguresAreNeverCompared() {
    AnnualReport report = withGeneral("其中县政府本级收到申请20件。", 117, 3);
    assertEquals(List.of(), VALIDATOR.validate(report).findings("DR-V501"));
    assertTrue(NarrativeFigures.extract(report).get(0).subUnit());
  }

  @Test
  void everyFigureKindButProactiveItemsHasCellsInBothEditions() {
    for (var e : org.disclosurereport.edition.Edition.values()) {
      for (FigureKind k : FigureKind.values()) {
        assertEquals(
            k == FigureKind.PROACTIVE_ITEMS,
            NarrativeFigures.cells(e.spec(), k).isEmpty(),
            k.name());
      }
    }
  }
}
