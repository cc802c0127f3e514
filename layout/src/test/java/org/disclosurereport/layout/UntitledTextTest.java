package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.junit.jupiter.api.Test;

/** A report text without its title: the year the text states is taken, and said to be. */
class UntitledTextTest {
  private static final String SEED = PublishedReportReaderTest.resource("luoning-2020.txt");
  private static final String TITLE = "洛宁县人民政府 2020 年政府信息公开工作 年度报告";
  private static final PublishedReportReader WITH_ORGAN =
      PublishedReportReader.create(ReadOptions.builder().defaultOrganName("洛宁县人民政府").build());

  private static String untitled(String lead) {
    assertTrue(SEED.contains(TITLE));
    return SEED.replace(TITLE, lead);
  }

  private static List<String> ids(ReadResult read) {
    return read.findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void thePeriodOfTheStatisticsGivesTheYear() {
    ReadResult read = WITH_ORGAN.readText(untitled("本报告统计期限为2020年1月1日至12月31日。"));
    AnnualReport report = read.report().orElseThrow(() -> new AssertionError(read.findings()));
    assertEquals(2020, report.metadata().reportYear().getAsInt());
    assertEquals(
        PublishedReportReader.create().readText(SEED).report().orElseThrow().cells(),
        report.cells());
    Finding f =
        read.findings().stream()
            .filter(x -> x.ruleId().equals("DR-L043"))
            .findFirst()
            .orElseThrow();
    assertEquals("INFO", f.severity().name());
    assertTrue(f.messageEn().contains("2020年1月1日至12月31日"), f::messageEn);
  }

  @Test
  void aParagraphOpeningWithTheYearGivesIt() {
    String text = untitled("").replace("本单位按照条例要求", "2020年，本单位按照条例要求");
    ReadResult read = WITH_ORGAN.readText(text);
    assertEquals(
        2020,
        read.report()
            .orElseThrow(() -> new AssertionError(read.findings()))
            .metadata()
            .reportYear()
            .getAsInt());
    assertTrue(ids(read).contains("DR-L043"), read.findings()::toString);
  }

  @Test
  void twoDifferentYearsGiveNone() {
    String text = untitled("统计期限为2020年1月1日至12月31日，上年统计期限为2019年1月1日至12月31日。");
    ReadResult read = WITH_ORGAN.readText(text);
    assertTrue(read.report().orElseThrow().metadata().reportYear().isEmpty());
    assertTrue(ids(read).contains("DR-V001"), read.findings()::toString);
    assertFalse(ids(read).contains("DR-L043"), read.findings()::toString);
  }

  @Test
  void theFileNameGivesTheYearWhenTheTextStatesNone() {
    ReadResult read = WITH_ORGAN.readText(untitled(""), "/tmp/2019年/洛宁县2020年政府信息公开工作年度报告.txt");
    assertEquals(2020, read.report().orElseThrow().metadata().reportYear().getAsInt());
    Finding f =
        read.findings().stream()
            .filter(x -> x.ruleId().equals("DR-L044"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(read.findings()));
    assertEquals("INFO", f.severity().name());
    assertTrue(f.messageEn().contains("洛宁县2020年政府信息公开工作年度报告.txt"), f::messageEn);
    assertFalse(ids(read).contains("DR-V001"), read.findings()::toString);
  }

  @Test
  void theTextWinsOverTheFileName() {
    ReadResult read = WITH_ORGAN.readText(untitled("本报告统计期限为2020年1月1日至12月31日。"), "2021年度报告.txt");
    assertEquals(2020, read.report().orElseThrow().metadata().reportYear().getAsInt());
    assertFalse(ids(read).contains("DR-L044"), read.findings()::toString);
  }

  @Test
  void withoutOrganOrYearEveryFigureIsReadAndWhatIsMissingIsAnError() {
    ReadResult read = PublishedReportReader.create().readText(untitled(""));
    AnnualReport report = read.report().orElseThrow(() -> new AssertionError(read.findings()));
    assertTrue(report.metadata().organName().isEmpty());
    assertTrue(report.metadata().reportYear().isEmpty());
    assertEquals(
        PublishedReportReader.create().readText(SEED).report().orElseThrow().cells(),
        report.cells());
    List<String> missing =
        read.findings().stream()
            .filter(f -> f.ruleId().equals("DR-V001"))
            .peek(f -> assertEquals("ERROR", f.severity().name()))
            .map(f -> f.location().jsonPointer().orElseThrow().toString())
            .toList();
    assertEquals(List.of("/metadata/organName", "/metadata/reportYear"), missing);
  }

  @Test
  void aTitleYearIsNeverReplacedByTheText() {
    ReadResult read =
        PublishedReportReader.create().readText(SEED.replace("本单位按照条例要求", "2019年，本单位按照条例要求"));
    assertEquals(2020, read.report().orElseThrow().metadata().reportYear().getAsInt());
    assertFalse(ids(read).contains("DR-L043"), read.findings()::toString);
  }
}
