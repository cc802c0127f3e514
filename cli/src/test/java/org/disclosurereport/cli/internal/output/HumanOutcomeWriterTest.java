package org.disclosurereport.cli.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disclosurereport.cli.internal.CliCode;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.batch.Outcomes;
import org.disclosurereport.cli.internal.batch.ReportIdentity;
import org.disclosurereport.cli.internal.batch.ReportOutcome;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.finding.LocalizedText;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.BlankPolicy;
import org.junit.jupiter.api.Test;

class HumanOutcomeWriterTest {
  private static final AnnualReport BROKEN = Fixtures.broken();
  private static final List<Finding> FINDINGS =
      Toolkit.standard()
          .checker(BlankPolicy.BLANK_IS_ERROR)
          .orElseThrow()
          .check(BROKEN, Optional.empty());

  private static String print(ReportOutcome o, Locale locale, boolean quiet) {
    StringWriter s = new StringWriter();
    new HumanOutcomeWriter(new PrintWriter(s), locale, quiet).accept(o);
    return s.toString();
  }

  private static ReportOutcome brokenOutcome() {
    return new ReportOutcome(
        "r.json",
        Optional.of(DocumentFormat.JSON),
        Optional.of(ReportIdentity.of(BROKEN)),
        FINDINGS);
  }

  @Test
  void groupsFindingsBySectionUnderTheOfficialHeadingsWithLabelsValuesAndHints() {
    assertFalse(FINDINGS.isEmpty());
    EditionSpec spec = BROKEN.spec();
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      String out = print(brokenOutcome(), locale, false);
      assertTrue(out.startsWith("r.json — " + BROKEN.metadata().organName().orElseThrow()), out);
      String heading = spec.section(SectionId.APPLICATIONS).numberedHeading();
      assertEquals(
          1,
          out.split(java.util.regex.Pattern.quote(heading), -1).length - 1,
          "one group per section: " + out);
      for (Finding f : FINDINGS) {
        assertTrue(out.contains(f.ruleId()), f.ruleId());
        assertTrue(out.contains(f.message(locale)), f.message(locale));
        f.location().labels().ifPresent(l -> assertTrue(out.contains("“" + l + "”"), l));
        f.reported().ifPresent(r -> assertTrue(out.contains(r.toPlainString())));
        f.expected().ifPresent(e -> assertTrue(out.contains(e.toPlainString())));
        f.hints()
            .forEach(
                h ->
                    assertTrue(
                        out.contains(
                            "zh".equals(locale.getLanguage()) ? h.messageZh() : h.messageEn())));
      }
    }
    Finding sum =
        FINDINGS.stream()
            .filter(f -> f.reported().isPresent() && f.expected().isPresent())
            .findFirst()
            .orElseThrow();
    String r = sum.reported().get().toPlainString();
    String e = sum.expected().get().toPlainString();
    String en = print(brokenOutcome(), Locale.ENGLISH, false);
    assertTrue(
        en.contains("not valid")
            && en.contains("ERROR")
            && en.contains("reported " + r + ", expected " + e)
            && en.contains("repair: "),
        en);
    String zh = print(brokenOutcome(), Locale.CHINA, false);
    assertTrue(
        zh.contains("无效")
            && zh.contains("错误")
            && zh.contains("填报值 " + r + "，应为 " + e)
            && zh.contains("修改建议："),
        zh);
  }

  @Test
  void locatesReaderFindingsByTheirPointerAndQuotesWhatWasFound() {
    Finding reader =
        Fixtures.finding("DR-J029", Severity.ERROR)
            .location(
                FindingLocation.builder()
                    .jsonPointer(JsonPointer.parse("/tables/reviewAndLitigation/cases/foo"))
                    .line(7)
                    .columnNumber(3)
                    .sourceText("\"foo\": 1")
                    .build())
            .putMessageArguments("place", LocalizedText.of("/tables/reviewAndLitigation/cases/foo"))
            .putMessageArguments("member", LocalizedText.of("foo"))
            .build();
    Finding problems =
        Fixtures.finding("DR-X029", Severity.WARNING)
            .location(FindingLocation.ofPointer(JsonPointer.of("problems")))
            .build();
    ReportOutcome o =
        new ReportOutcome(
            "r.json",
            Optional.of(DocumentFormat.JSON),
            Optional.of(ReportIdentity.of(Fixtures.valid())),
            List.of(problems, reader));
    String out = print(o, Locale.ENGLISH, false);
    EditionSpec spec = Edition.V2021.spec();
    int review = out.indexOf(spec.section(SectionId.REVIEW_AND_LITIGATION).numberedHeading());
    int prob = out.indexOf(spec.section(SectionId.PROBLEMS).numberedHeading());
    assertTrue(review > 0 && prob > review, "sections in printed order: " + out);
    assertTrue(out.contains("/tables/reviewAndLitigation/cases/foo line 7, column 3"), out);
    assertTrue(out.contains("found: “\"foo\": 1”"), out);
  }

  @Test
  void aLineWithoutAColumnAndAValueWithoutTheOtherAreSaidInBothLanguages() {
    Finding reported =
        Fixtures.finding("DR-J029", Severity.ERROR)
            .location(FindingLocation.builder().line(4).build())
            .putMessageArguments("place", LocalizedText.of("/x"))
            .putMessageArguments("member", LocalizedText.of("x"))
            .reported(new java.math.BigDecimal("12"))
            .build();
    Finding expected =
        Finding.builder()
            .from(reported)
            .reported(Optional.empty())
            .expected(java.math.BigDecimal.TEN)
            .build();
    ReportOutcome o =
        new ReportOutcome(
            "r.json",
            Optional.of(DocumentFormat.JSON),
            Optional.of(ReportIdentity.of(Fixtures.valid())),
            List.of(reported, expected));
    String en = print(o, Locale.ENGLISH, false);
    assertTrue(en.contains(" line 4\n") || en.contains(" line 4" + System.lineSeparator()), en);
    assertTrue(en.contains("reported 12") && en.contains("expected 10"), en);
    String zh = print(o, Locale.CHINA, false);
    assertTrue(zh.contains("第 4 行"), zh);
    assertTrue(zh.contains("填报值 12") && zh.contains("应为 10"), zh);
  }

  @Test
  void unreadableInputsAndQuietValidReports() {
    String out =
        print(
            Outcomes.unreadable("gone.json", CliCode.NOT_FOUND.finding("gone.json")),
            Locale.ENGLISH,
            true);
    assertTrue(out.startsWith("gone.json: could not be read"), out);
    assertTrue(out.contains("DR-C001") && out.contains("The input does not exist: gone.json"), out);
    ReportOutcome valid =
        new ReportOutcome(
            "ok.json",
            Optional.of(DocumentFormat.JSON),
            Optional.of(ReportIdentity.of(Fixtures.valid())),
            List.of());
    assertEquals("", print(valid, Locale.ENGLISH, true));
    assertTrue(
        print(valid, Locale.ENGLISH, false)
            .contains("ok.json — 测试县人民政府, 2022, edition 2021: valid"));
  }
}
