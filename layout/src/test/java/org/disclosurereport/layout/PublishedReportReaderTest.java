package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclosurereport.document.CellSource;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.ReviewAndLitigation;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.SupplementaryRow;
import org.disclosurereport.model.TextBlock;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;

class PublishedReportReaderTest {
  private static final PublishedReportReader READER = PublishedReportReader.create();

  static String resource(String name) {
    try (InputStream in = PublishedReportReaderTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CellAddress at(String table, String row, String column) {
    return CellAddress.of(table, row, column);
  }

  private static List<String> rules(ReadResult read) {
    return read.findings().stream().map(Finding::ruleId).toList();
  }

  private static Map<String, Long> ruleCounts(ReadResult read) {
    return read.findings().stream()
        .collect(Collectors.groupingBy(Finding::ruleId, LinkedHashMap::new, Collectors.counting()));
  }

  // ------------------------------------------------------------------ the seed report

  /** The figures the seed report published: those of the testkit's seed report. */
  private static Map<CellAddress, CellValue> seedFigures() {
    return org.disclosurereport.testkit.samples.SampleReports.luoning2020().cells();
  }

  @Test
  void theSeedReadsIntoExactlyItsFigures() {
    ReadResult read = READER.readText(resource("luoning-2020.txt"));
    AnnualReport report = read.report().orElseThrow();
    assertEquals(Edition.V2019, report.edition());
    assertEquals("洛宁县人民政府", report.metadata().organName().orElseThrow());
    assertEquals(2020, report.metadata().reportYear().getAsInt());
    assertEquals(seedFigures(), report.cells());
    assertEquals(List.of(), report.supplementaryRows());
  }

  @Test
  void aByteOrderMarkBeforeTheTextIsNotPartOfTheOrgansName() {
    String text = resource("luoning-2020.txt");
    ReadResult plain = READER.readText(text);
    ReadResult marked = READER.readText("\uFEFF" + text);
    assertEquals(plain.report(), marked.report());
    assertEquals("洛宁县人民政府", marked.report().orElseThrow().metadata().organName().orElseThrow());
    String page = "\uFEFF<h1>洛宁县人民政府2020年政府信息公开工作年度报告</h1><p>一、总体情况</p>";
    assertEquals(
        "洛宁县人民政府",
        READER.readHtml(page).report().orElseThrow().metadata().organName().orElseThrow());
  }

  @Test
  void theSeedsExtraCellInOtherHandlingIsAFindingNotACrash() {
    ReadResult read = READER.readText(resource("luoning-2020.txt"));
    List<Finding> problems =
        read.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    assertEquals(1, problems.size(), () -> problems.toString());
    Finding extra = problems.get(0);
    assertEquals(ReaderRule.ROW_EXTRA_CELLS.id(), extra.ruleId());
    assertEquals(Optional.of(ApplicationRows.OTHER_HANDLING), extra.location().row());
    assertTrue(extra.messageEn().contains("8 cells for 7 columns"), extra.messageEn());
    assertTrue(extra.messageZh().contains("“0”"), extra.messageZh());
    int line = lineOf(resource("luoning-2020.txt"), "(六) 其他处理");
    assertEquals(line, extra.location().line().getAsInt());
  }

  @Test
  void theSeedsNarrativeSectionsAreRead() {
    AnnualReport report = READER.readText(resource("luoning-2020.txt")).report().orElseThrow();
    List<TextBlock> general = report.general().blocks();
    assertEquals(8, general.size(), "a lead block and seven sub-headings");
    assertFalse(general.get(0).heading().isPresent());
    assertEquals(Optional.of("（一）基层政务公开标准化规范化推进情况"), general.get(1).heading());
    assertTrue(report.problems().text().startsWith("存在的主要问题："), report.problems().text());
    assertEquals("无", report.otherMatters().narrative().text());
  }

  @Test
  void everyCellKnowsWhereItCameFrom() {
    String text = resource("luoning-2020.txt");
    ReadResult read = READER.readText(text);
    CellSource source =
        read.cellSource(at(Tables.ARTICLE20_ITEM5, Proactive.LICENSING, Proactive.DECISIONS))
            .orElseThrow();
    assertEquals(DocumentFormat.TEXT, source.format());
    assertEquals("33,764", source.rawText());
    assertEquals(lineOf(text, "行政许可\t227"), source.line().getAsInt());
    assertEquals(4, source.column().getAsInt());
    assertEquals(seedFigures().size(), read.provenance().size());
  }

  private static int lineOf(String text, String start) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].replace("\t", "").startsWith(start.replace("\t", ""))
          || lines[i].contains(start)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line " + start);
  }

  @Test
  void aMalformedFigureIsQuotedAndTheCellLeftBlank() {
    String text = resource("luoning-2020.txt").replace("227\t-27\t", "227\t--253\t");
    ReadResult read = READER.readText(text);
    CellAddress change = at(Tables.ARTICLE20_ITEM5, Proactive.LICENSING, Proactive.CHANGE);
    assertTrue(read.report().orElseThrow().cell(change).isBlank());
    Finding f = read.findings(ReaderRule.CELL_UNREADABLE).get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Optional.of("--253"), f.location().sourceText());
    assertEquals(Optional.of(JsonPointer.ofCell(change)), f.location().jsonPointer());
    assertTrue(f.messageZh().contains("“--253”") && f.messageZh().contains("本年增/减"), f.messageZh());
    assertEquals("--253", read.cellSource(change).orElseThrow().rawText());
  }

  @Test
  void aTextCutOffInsideSection三GivesWhatWasThereAndSaysWhatIsMissing() {
    String text = resource("luoning-2020.txt");
    String cut = text.substring(0, text.indexOf("4. 保护第三方合法权益"));
    ReadResult read = READER.readText(cut);
    AnnualReport report = read.report().orElseThrow();
    assertEquals(CellValue.count(1), report.applications().granted().naturalPerson());
    assertEquals(
        CellValue.count(0),
        report.cell(
            at(
                Tables.APPLICATIONS,
                ApplicationRows.WITHHELD_SECURITY_STABILITY,
                Applicants.TOTAL)));
    assertTrue(
        report
            .cell(at(Tables.APPLICATIONS, ApplicationRows.RESULTS_TOTAL, Applicants.TOTAL))
            .isBlank());
    Map<String, Long> counts = ruleCounts(read);
    assertEquals(1L, counts.get(ReaderRule.INPUT_ENDS_IN_TABLE.id()));
    assertEquals(3L, counts.get(ReaderRule.SECTION_NOT_FOUND.id()), "四, 五 and 六");
    assertEquals(1L, counts.get(ReaderRule.TABLE_NOT_FOUND.id()), "section 四's table");
    assertEquals(16L, counts.get(ReaderRule.ROW_NOT_FOUND.id()), "（三）4 to 四、结转下年度继续办理");
  }

  @Test
  void aNegativeCountIsTheValidatorsFindingWithItsSource() {
    String text = resource("luoning-2020.txt").replace("规范性文件\t4\t4\t50", "规范性文件\t4\t-4\t50");
    ReadResult read = READER.readText(text);
    CellAddress cell =
        at(Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, Proactive.NEWLY_PUBLISHED);
    Finding f =
        read.findings().stream()
            .filter(x -> x.ruleId().equals("DR-V010"))
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of("-4"), f.location().sourceText());
    assertEquals(lineOf(text, "规范性文件\t4\t-4"), f.location().line().getAsInt());
    assertTrue(read.report().orElseThrow().cell(cell).isBlank());
  }

  @Test
  void labelsOfBothEditionsAreSaidAndTheMajorityWins() {
    String text = resource("luoning-2020.txt").replace("本年新公开数量", "本年废止件数");
    ReadResult read = READER.readText(text);
    assertEquals(Optional.of(Edition.V2019), read.edition());
    Finding mixed = read.findings(ReaderRule.EDITION_MIXED).get(0);
    assertTrue(mixed.messageEn().contains("1 of the 2021 edition"), mixed.messageEn());
  }

  @Test
  void anAmountInAnotherUnitThanItsColumnDeclaresIsKeptAndNoted() {
    String text =
        TextRenderer.create()
            .render(SampleReports.compact(Edition.V2021))
            .replace("行政事业性收费\t12.50", "行政事业性收费\t125000元");
    ReadResult read = READER.readText(text);
    CellAddress fee =
        at(Tables.ARTICLE20_ITEM8, Proactive.ADMINISTRATIVE_FEES, Proactive.FEE_AMOUNT);
    assertEquals(
        CellValue.amount(new BigDecimal("125000"), MoneyUnit.YUAN),
        read.report().orElseThrow().cell(fee));
    assertEquals(
        Optional.of(JsonPointer.ofCell(fee)),
        read.findings(ReaderRule.UNIT_DIFFERS).get(0).location().jsonPointer());
  }

  @Test
  void aUnitPrintedInTheColumnLabelAppliesToBareAmounts() {
    String text = resource("luoning-2020.txt").replace("采购总金额（单位：万元）", "采购总金额(单位:元)");
    AnnualReport report = READER.readText(text).report().orElseThrow();
    assertEquals(
        CellValue.amount(new BigDecimal("209512.943"), MoneyUnit.YUAN),
        report.cell(
            at(
                Tables.ARTICLE20_ITEM9,
                Proactive.CENTRALIZED_PROCUREMENT,
                Proactive.PROCUREMENT_AMOUNT)));
  }

  @Test
  void figuresOutsideAnyRowAreQuotedNotLost() {
    String text = resource("luoning-2020.txt").replace("第二十条第（一）项\t\t\t", "第二十条第（一）项\t7\t8\t");
    ReadResult read = READER.readText(text);
    Finding stray = read.findings(ReaderRule.STRAY_VALUES).get(0);
    assertTrue(stray.messageZh().contains("“7” “8”"), stray.messageZh());
    assertEquals(seedFigures(), read.report().orElseThrow().cells());
  }

  @Test
  void aRowPrintedTwiceWithOtherFiguresKeepsTheFirst() {
    String text =
        resource("luoning-2020.txt").replace("规章\t0\t0\t0\n", "规章\t0\t0\t0\n规章\t1\t1\t1\n");
    ReadResult read = READER.readText(text);
    assertEquals(1, read.findings(ReaderRule.ROW_REPEATED).size());
    assertEquals(seedFigures(), read.report().orElseThrow().cells());
  }

  @Test
  void aPublicationDateThatIsNoDateIsSaid() {
    String text = resource("luoning-2020.txt").replaceFirst("\n", "\n发布日期：2021-13-45\n");
    ReadResult read = READER.readText(text);
    assertFalse(read.report().orElseThrow().metadata().publicationDate().isPresent());
    assertEquals(1, read.findings(ReaderRule.PUBLICATION_DATE_UNREADABLE).size());
  }

  // ------------------------------------------------------------------ metadata and fallbacks

  @Test
  void withoutATitleTheReportIsReadWithoutOrganAndYearAndFindingsSaySo() {
    String text = resource("luoning-2020.txt").replaceFirst("洛宁县人民政府 2020 年政府信息公开工作 年度报告", "");
    ReadResult read = READER.readText(text);
    AnnualReport report = read.report().orElseThrow();
    assertTrue(report.metadata().organName().isEmpty());
    assertTrue(report.metadata().reportYear().isEmpty());
    assertEquals(seedFigures(), report.cells());
    List<String> missing =
        read.findings().stream()
            .filter(f -> f.ruleId().equals("DR-V001"))
            .map(f -> f.location().jsonPointer().orElseThrow().toString())
            .toList();
    assertEquals(
        List.of("/metadata/organName", "/metadata/reportYear"), missing, "the validator's rule");
    assertTrue(read.hasErrors());
    assertEquals(Optional.of(Edition.V2019), read.edition(), "the tables were still recognised");
  }

  @Test
  void theCallerCanSupplyTheOrganAndYearAndIsToldTheyWereUsed() {
    String text = resource("luoning-2020.txt").replaceFirst("洛宁县人民政府 2020 年政府信息公开工作 年度报告", "");
    ReadResult read =
        PublishedReportReader.create(
                ReadOptions.builder().defaultOrganName("洛宁县人民政府").defaultReportYear(2020).build())
            .readText(text);
    AnnualReport report = read.report().orElseThrow();
    assertEquals("洛宁县人民政府", report.metadata().organName().orElseThrow());
    assertEquals(2, read.findings(ReaderRule.METADATA_FROM_OPTIONS).size());
    assertEquals(seedFigures(), report.cells());
  }

  @Test
  void aReportYearBeforeTheFormatIsRefused() {
    String text = resource("luoning-2020.txt").replaceFirst("2020 年政府信息公开工作", "2018 年政府信息公开工作");
    ReadResult read = READER.readText(text);
    assertTrue(read.report().orElseThrow().metadata().reportYear().isEmpty());
    assertEquals(1, read.findings(ReaderRule.REPORT_YEAR_OUT_OF_SCOPE).size());
  }

  @Test
  void withoutTablesTheEditionIsAssumedFromTheYearAndSaid() {
    ReadResult read = READER.readText("某局2022年政府信息公开工作年度报告\n一、总体情况\n本局推进政府信息公开。\n");
    assertEquals(Optional.of(Edition.V2021), read.edition());
    assertEquals(1, read.findings(ReaderRule.EDITION_ASSUMED).size());
    assertEquals("本局推进政府信息公开。", read.report().orElseThrow().general().text());
    assertTrue(read.findings(ReaderRule.TABLE_NOT_FOUND).size() >= 6);
  }

  @Test
  void textThatIsNoReportGivesNoReport() {
    ReadResult read = READER.readText("某局2022年政府信息公开工作年度报告\n今天天气很好。\n");
    assertFalse(read.report().isPresent());
    assertEquals(1, read.findings(ReaderRule.NO_REPORT_CONTENT).size());
  }

  @Test
  void anInputBeyondTheLimitIsNotRead() {
    ReadResult read =
        PublishedReportReader.create(
                ReadOptions.defaults(), LayoutLimits.builder().maxInputChars(100).build())
            .readText(resource("luoning-2020.txt"));
    assertFalse(read.report().isPresent());
    assertEquals(List.of(ReaderRule.INPUT_TOO_LARGE.id()), rules(read));
    assertTrue(read.findings().get(0).messageEn().contains("maxInputChars"));
  }

  @Test
  void nullInputIsAProgrammingError() {
    assertThrows(NullPointerException.class, () -> READER.readText(null));
    assertThrows(NullPointerException.class, () -> READER.readHtml(null));
  }

  @Test
  void aForcedEditionOverridesTheLabels() {
    ReadResult read =
        PublishedReportReader.create(ReadOptions.builder().edition(Edition.V2021).build())
            .readText(resource("luoning-2020.txt"));
    assertEquals(Optional.of(Edition.V2021), read.edition());
    assertFalse(
        read.findings(ReaderRule.SUPPLEMENTARY_ROW).isEmpty(), "2019 rows are extra in 2021");
  }

  // ------------------------------------------------------------------ HTML pages

  @Test
  void aWholeGovernmentPageIsRead() {
    ReadResult read = READER.readHtml(resource("html/county-bureau-2022.html"));
    AnnualReport report = read.report().orElseThrow();
    assertEquals(Edition.V2021, report.edition());
    assertEquals("某县交通运输局", report.metadata().organName().orElseThrow());
    assertEquals(2022, report.metadata().reportYear().getAsInt());
    assertEquals(Optional.of("11341702486344515H/202301-00007"), report.metadata().indexNumber());
    assertEquals(Optional.of(LocalDate.of(2023, 1, 18)), report.metadata().publicationDate());
    assertEquals(
        CellValue.count(1_024),
        report.cell(at(Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, Proactive.IN_FORCE)));
    assertEquals(
        CellValue.count(3_567),
        report.cell(at(Tables.ARTICLE20_ITEM5, Proactive.LICENSING, Proactive.DECISIONS)));
    assertEquals(
        CellValue.count(128),
        report.cell(at(Tables.ARTICLE20_ITEM6, Proactive.PENALTIES, Proactive.DECISIONS)));
    assertTrue(
        report
            .cell(at(Tables.ARTICLE20_ITEM6, Proactive.ENFORCEMENT, Proactive.DECISIONS))
            .isBlank());
    assertEquals(
        CellValue.amount(new BigDecimal("12.5"), MoneyUnit.TEN_THOUSAND_YUAN),
        report.cell(
            at(Tables.ARTICLE20_ITEM8, Proactive.ADMINISTRATIVE_FEES, Proactive.FEE_AMOUNT)));
    assertEquals(199, report.cells().size(), "every cell but the one printed as /");
    assertEquals(CellValue.count(15), report.applications().newlyReceived().total());
    assertEquals(
        CellValue.count(1),
        report.cell(
            at(Tables.APPLICATIONS, ApplicationRows.OTHER_OTHER, Applicants.LEGAL_SERVICE_AGENCY)));
    assertEquals(
        CellValue.count(1),
        report.cell(
            at(Tables.REVIEW_AND_LITIGATION, ReviewAndLitigation.CASES, "directSuitPending")));
    assertEquals(2, report.general().blocks().size());
    assertEquals(Optional.of("（一）主动公开"), report.general().blocks().get(0).heading());
    assertEquals("全年收到申请均按期答复。", report.general().blocks().get(1).body());
    assertEquals("本年度未收取信息处理费。", report.otherMatters().narrative().text());
  }

  @Test
  void theGovernmentPageHasOnlyInformationalFindings() {
    ReadResult read = READER.readHtml(resource("html/county-bureau-2022.html"));
    assertEquals(
        Map.of(ReaderRule.LABEL_VARIANT.id(), 1L, ReaderRule.TEXT_NOT_KEPT.id(), 2L),
        ruleCounts(read),
        () -> read.findings().toString());
    Finding variant = read.findings(ReaderRule.LABEL_VARIANT).get(0);
    assertTrue(variant.messageZh().contains("行政法复议") && variant.messageZh().contains("行政复议"));
  }

  @Test
  void htmlCellsKnowTheirTableRowAndColumn() {
    ReadResult read = READER.readHtml(resource("html/county-bureau-2022.html"));
    CellSource total =
        read.cellSource(at(Tables.APPLICATIONS, ApplicationRows.UNABLE_NOT_HELD, Applicants.TOTAL))
            .orElseThrow();
    assertEquals(DocumentFormat.HTML, total.format());
    assertEquals(
        4, total.table().getAsInt(), "the second part of section 三, fourth table of the page");
    assertEquals(5, total.row().getAsInt());
    assertEquals(9, total.column().getAsInt());
    assertEquals("3", total.rawText());
    assertTrue(total.line().isPresent());
  }

  @Test
  void aCutOffPageOfThe2019TablesUsedFor2022IsReadAsFarAsItGoes() {
    ReadResult read = READER.readHtml(resource("html/township-2022-cut.html"));
    AnnualReport report = read.report().orElseThrow();
    assertEquals(Edition.V2019, report.edition(), "told by the tables, not by the year");
    assertEquals(2022, report.metadata().reportYear().getAsInt());
    assertEquals("某镇人民政府", report.metadata().organName().orElseThrow());
    assertTrue(
        report
            .cell(at(Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, Proactive.NEWLY_MADE))
            .isBlank());
    assertEquals(
        CellValue.count(40),
        report.cell(
            at(Tables.ARTICLE20_ITEM1, Proactive.NORMATIVE_DOCUMENTS, Proactive.TOTAL_PUBLISHED)));
    assertTrue(
        report.cell(at(Tables.ARTICLE20_ITEM5, Proactive.LICENSING, Proactive.CHANGE)).isBlank());
    assertEquals(
        CellValue.change(2),
        report.cell(at(Tables.ARTICLE20_ITEM5, Proactive.OTHER_SERVICES, Proactive.CHANGE)));
    assertEquals(
        CellValue.amount(new BigDecimal("75394432.52"), MoneyUnit.YUAN),
        report.cell(
            at(
                Tables.ARTICLE20_ITEM9,
                Proactive.CENTRALIZED_PROCUREMENT,
                Proactive.PROCUREMENT_AMOUNT)));
    assertEquals(CellValue.count(5), report.applications().newlyReceived().total());
    assertTrue(
        report.applications().newlyReceived().researchInstitution().isBlank(), "blank is not zero");
    assertTrue(report.applications().granted().total().isBlank());
    SupplementaryRow extra = report.supplementaryRows().get(0);
    assertEquals(Tables.ARTICLE20_ITEM1, extra.table());
    assertEquals("其他主动公开文件(含以本单位名义正式签发的文件)", extra.label());
    assertEquals(
        Map.of(
            Proactive.NEWLY_MADE,
            "12",
            Proactive.NEWLY_PUBLISHED,
            "12",
            Proactive.TOTAL_PUBLISHED,
            "130"),
        extra.values());

    Map<String, Long> counts = ruleCounts(read);
    assertEquals(1L, counts.get(ReaderRule.SUPPLEMENTARY_ROW.id()));
    assertEquals(1L, counts.get(ReaderRule.CELL_UNREADABLE.id()), "--253");
    assertEquals(1L, counts.get(ReaderRule.ROW_SHORT.id()), "the row cut off");
    assertEquals(1L, counts.get(ReaderRule.INPUT_ENDS_IN_TABLE.id()));
    assertEquals(3L, counts.get(ReaderRule.SECTION_NOT_FOUND.id()));
    assertFalse(counts.containsKey(ReaderRule.EDITION_ASSUMED.id()));
  }

  @Test
  void justTheReportsBodyIsEnough() {
    String page = resource("html/county-bureau-2022.html");
    String body =
        page.substring(
            page.indexOf("<div class=\"view TRS_UEDITOR\">"), page.indexOf("<div id=\"footer\">"));
    ReadResult read =
        PublishedReportReader.create(
                ReadOptions.builder().defaultOrganName("某县交通运输局").defaultReportYear(2022).build())
            .readHtml(body);
    assertEquals(
        READER.readHtml(page).report().orElseThrow().cells(), read.report().orElseThrow().cells());
  }

  /** Pieces of reports and of markup, shuffled into any order by the property below. */
  private static List<String> pieces() {
    List<String> pieces = new java.util.ArrayList<>();
    for (Edition e : Edition.values()) {
      e.spec().sections().forEach(s -> pieces.add(s.numberedHeading()));
      for (TableSpec t : e.spec().tables()) {
        t.caption().ifPresent(pieces::add);
        t.cornerNote().ifPresent(pieces::add);
        t.rows().stream()
            .flatMap(org.disclosurereport.edition.AxisNode::flatten)
            .forEach(n -> pieces.add(n.label()));
        t.columns().stream()
            .flatMap(org.disclosurereport.edition.AxisNode::flatten)
            .forEach(n -> pieces.add(n.label()));
      }
    }
    pieces.addAll(
        List.of(
            "0",
            "12",
            "-3",
            "--253",
            "+7",
            "1,234",
            "3.5",
            "12元",
            "4万元",
            "/",
            "—",
            "",
            "无",
            "99999999999999999999",
            "\t",
            "|",
            "\n",
            " ",
            "\n\n",
            "<td>",
            "</td>",
            "<tr>",
            "</tr>",
            "<table>",
            "</table>",
            "<td rowspan=\"0\" colspan=\"9999\">",
            "<th colspan=\"-1\">",
            "<br>",
            "<p>",
            "</p>",
            "<script>",
            "某局2021年政府信息公开工作年度报告",
            "索引号：",
            "发布日期：2021-02-30",
            "（一）",
            "1.",
            "(指2020年",
            ")",
            "\u3000",
            "規範性檔案",
            "\ufeff"));
    return pieces;
  }

  @Test
  void anyInputGivesFindingsNeverAnException() {
    List<String> pieces = pieces();
    org.quicktheories.core.Gen<String> inputs =
        org.quicktheories.generators.SourceDSL.lists()
            .of(org.quicktheories.generators.SourceDSL.integers().between(0, pieces.size() - 1))
            .ofSizeBetween(0, 300)
            .map(indexes -> indexes.stream().map(pieces::get).collect(Collectors.joining()));
    org.quicktheories.QuickTheory.qt()
        .withExamples(300)
        .forAll(inputs)
        .checkAssert(
            input -> {
              for (ReadResult read : List.of(READER.readText(input), READER.readHtml(input))) {
                assertTrue(read.report().isPresent() || !read.findings().isEmpty());
                read.report().ifPresent(r -> assertEquals(r, AnnualReport.copyOf(r)));
              }
            });
  }

  @Test
  void hostileNestingAndSpansFinishQuickly() {
    StringBuilder html = new StringBuilder("<p>三、收到和处理政府信息公开申请情况</p><table>");
    for (int i = 0; i < 3000; i++) {
      html.append(
          "<tr><td rowspan=\"99999\" colspan=\"99999\">一、本年新收政府信息公开申请数量</td><td>1</td></tr>");
    }
    html.append("</table>")
        .append("<div>".repeat(5000))
        .append("一、总体情况")
        .append("</div>".repeat(5000));
    ReadResult read =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> READER.readHtml(html.toString()));
    assertFalse(read.findings().isEmpty());
  }
}
