package org.disclosurereport.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private static final ReportJson STRICT = ReportJson.create();
  private static final ReportJson LENIENT = ReportJson.create(ReadOptions.lenient());

  /** A minimal valid 2019 document; tests put their own members into it. */
  private static String doc(String tables, String extra) {
    return """
        {
          "schemaVersion": 1,
          "edition": "2019",
          "metadata": {"organName": "洛宁县人民政府", "reportYear": 2020},
          "tables": {%s}%s
        }
        """
        .formatted(tables, extra);
  }

  private static Finding only(ReadResult r, String ruleId) {
    List<Finding> matching = r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    assertEquals(1, matching.size(), () -> ruleId + " in " + r.findings());
    return matching.get(0);
  }

  @Test
  void seedReportMatchesTheGoldenFile() throws IOException {
    AnnualReport seed = SampleReports.luoning2020();
    Golden.assertMatches("luoning-2020.json", STRICT.write(seed, Formatting.PRETTY));
    ReadResult back = STRICT.readString(Golden.read("luoning-2020.json"));
    assertEquals(List.of(), back.findings());
    assertEquals(seed, back.report().orElseThrow());
  }

  @Test
  void writingIsDeterministicAndCompactHasNoWhiteSpaceOutsideStrings() {
    AnnualReport seed = SampleReports.luoning2020();
    assertEquals(
        STRICT.write(seed, Formatting.COMPACT),
        ReportJson.create(ReadOptions.lenient()).write(seed, Formatting.COMPACT));
    String compact = STRICT.write(seed, Formatting.COMPACT);
    assertFalse(compact.contains("\n"));
    assertTrue(compact.startsWith("{\"schemaVersion\":1,\"edition\":\"2019\",\"metadata\":"));
    assertEquals(seed, STRICT.readString(compact).report().orElseThrow());
  }

  @Test
  void blankIsAbsentAndZeroIsWritten() {
    AnnualReport r =
        SampleReports.luoning2020()
            .withCells(
                Map.of(
                    CellAddress.of(
                        Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, Proactive.NEWLY_MADE),
                    CellValue.count(0)));
    String json = STRICT.write(r, Formatting.COMPACT);
    assertTrue(json.contains("\"article20Item1\":{\"regulations\":{\"newlyMade\":0}}"), json);
    assertTrue(json.contains("\"article20Item5\":{}"), json);
    AnnualReport back = STRICT.readString(json).report().orElseThrow();
    assertTrue(
        back.cell(Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, Proactive.NEWLY_PUBLISHED)
            .isBlank());
    assertEquals(
        CellValue.count(0),
        back.cell(Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, Proactive.NEWLY_MADE));
  }

  @Test
  void amountsKeepEveryDigitAndTheirUnit() {
    String json =
        doc(
            """
            "article20Item9": {"centralizedProcurement": {"procurementAmount": {"value": "12345678901234.500000", "unit": "YUAN"}}}""",
            "");
    AnnualReport r = STRICT.readString(json).report().orElseThrow();
    CellValue.Amount a =
        (CellValue.Amount)
            r.cell(
                Tables.ARTICLE20_ITEM9,
                Proactive.CENTRALIZED_PROCUREMENT,
                Proactive.PROCUREMENT_AMOUNT);
    assertEquals(new BigDecimal("12345678901234.500000"), a.value());
    assertEquals(6, a.value().scale());
    assertEquals(MoneyUnit.YUAN, a.unit());
    assertTrue(
        STRICT
            .write(r, Formatting.COMPACT)
            .contains("\"value\":\"12345678901234.500000\",\"unit\":\"YUAN\""));
  }

  @Test
  void everyProblemOfContentIsReportedInOnePassWithPointerLineAndColumn() {
    String json =
        """
        {
          "schemaVersion": 1,
          "edition": "2019",
          "metadata": {"organName": "某局", "reportYear": 2020, "organLevel": "GALAXY"},
          "tables": {
            "article20Item1": {"regulations": {"newlyMade": -3, "newlyPublished": 1.9, "totalPublished": "4"}},
            "article20Item5": {"licensing": {"decisions": null, "change": -27}},
            "applications": {"granted": {"naturalPerson": 1e2, "unknownColumn": 1}},
            "reviewAndLitigation": [],
            "article20Item9": {"centralizedProcurement": {"procurementAmount": {"value": 1.5, "unit": "YUAN"}}}
          },
          "vendorField": true
        }
        """;
    ReadResult r = STRICT.readString(json);
    assertEquals(
        List.of(
            "DR-J034", "DR-J023", "DR-J024", "DR-J021", "DR-J022", "DR-J024", "DR-J029", "DR-J021",
            "DR-J021", "DR-J029"),
        r.ruleIds());
    Finding negative = only(r, "DR-J023");
    assertEquals(
        "/tables/article20Item1/regulations/newlyMade",
        negative.location().jsonPointer().orElseThrow().toString());
    assertEquals(6, negative.location().line().orElseThrow());
    assertEquals(53, negative.location().columnNumber().orElseThrow());
    assertEquals("-3", negative.location().sourceText().orElseThrow());
    assertEquals("第二十条第（一）项 / 规章 / 本年新制作数量", negative.location().labels().orElseThrow());
    assertTrue(negative.messageZh().contains("不能为负数"), negative.messageZh());
    assertTrue(negative.messageEn().contains("cannot be negative"), negative.messageEn());
    // The report is still built from what could be read, but it comes with errors.
    AnnualReport report = r.report().orElseThrow();
    assertEquals(
        CellValue.change(-27),
        report.cell(Tables.ARTICLE20_ITEM5, Proactive.LICENSING, Proactive.CHANGE));
    assertTrue(
        report.cell(Tables.ARTICLE20_ITEM1, Proactive.REGULATIONS, Proactive.NEWLY_MADE).isBlank());
    assertTrue(r.hasErrors());
  }

  @Test
  void columnsAndRowsOfThe2021EditionInA2019DocumentAreNamedAsSuch() {
    // 本年收费金额 and the three （六） rows exist only in the 2021 edition.
    String json =
        doc(
            "\"article20Item8\": {\"administrativeFees\": {\"previousYearItems\": 3, \"feeAmount\": "
                + "{\"value\": \"1.5\", \"unit\": \"TEN_THOUSAND_YUAN\"}}},"
                + " \"applications\": {\"otherFeeUnpaid\": {\"total\": 1}}",
            "");
    ReadResult strict = STRICT.readString(json);
    assertEquals(List.of("DR-J030", "DR-J030"), strict.ruleIds());
    assertEquals(
        "/tables/article20Item8/administrativeFees/feeAmount",
        strict.findings().get(0).location().jsonPointer().orElseThrow().toString());
    assertEquals(
        "/tables/applications/otherFeeUnpaid",
        strict.findings().get(1).location().jsonPointer().orElseThrow().toString());
    assertEquals(
        CellValue.count(3),
        strict
            .report()
            .orElseThrow()
            .cell(
                Tables.ARTICLE20_ITEM8,
                Proactive.ADMINISTRATIVE_FEES,
                Proactive.PREVIOUS_YEAR_ITEMS));
    ReadResult lenient = LENIENT.readString(json);
    assertFalse(lenient.hasErrors());
    assertEquals(2, lenient.report().orElseThrow().extensions().size());
  }

  @Test
  void aTableOfTheOtherEditionIsAnErrorWhenStrictAndKeptWithAWarningWhenLenient() {
    // 第二十条第（九）项 exists only in the 2019 edition; here it is in a 2021 document.
    String json =
        doc("\"article20Item9\": {\"centralizedProcurement\": {\"procurementProjects\": 3}}", "")
            .replace("\"2019\"", "\"2021\"")
            .replace("2020}", "2021}");
    Finding f = only(STRICT.readString(json), "DR-J030");
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("/tables/article20Item9", f.location().jsonPointer().orElseThrow().toString());
    assertTrue(f.messageEn().contains("not to the 2021 edition"), f.messageEn());
    ReadResult lenient = LENIENT.readString(json);
    assertEquals(Severity.WARNING, only(lenient, "DR-J030").severity());
    assertEquals(
        Map.of(
            "/tables/article20Item9", "{\"centralizedProcurement\":{\"procurementProjects\":3}}"),
        lenient.report().orElseThrow().extensions());
  }

  @Test
  void unknownMembersAreErrorsWhenStrictAndKeptUnchangedWhenLenient() {
    String json =
        doc(
            "\"article20Item1\": {\"regulations\": {\"newlyMade\": 2, \"x-provincial\": [1, 2.50, {\"a\": null}]}}, \"x-extraTable\": {\"rows\": 3}",
            ", \"x-vendor\": \"abc\"");
    ReadResult strict = STRICT.readString(json);
    assertEquals(List.of("DR-J029", "DR-J029", "DR-J029"), strict.ruleIds());
    assertTrue(strict.report().orElseThrow().extensions().isEmpty());

    ReadResult lenient = LENIENT.readString(json);
    assertFalse(lenient.hasErrors());
    assertTrue(lenient.findings().stream().allMatch(f -> f.severity() == Severity.INFO));
    AnnualReport report = lenient.report().orElseThrow();
    assertEquals(
        Map.of(
            "/tables/article20Item1/regulations/x-provincial", "[1,2.50,{\"a\":null}]",
            "/tables/x-extraTable", "{\"rows\":3}",
            "/x-vendor", "\"abc\""),
        report.extensions());
    String written = LENIENT.write(report, Formatting.COMPACT);
    assertTrue(
        written.contains(
            "\"regulations\":{\"newlyMade\":2,\"x-provincial\":[1,2.50,{\"a\":null}]}"),
        written);
    assertTrue(written.endsWith(",\"x-vendor\":\"abc\"}"), written);
    assertEquals(report, LENIENT.readString(written).report().orElseThrow());
  }

  /** The cases {@link ReadResult}'s class description gives, each as it says. */
  @Test
  void aReadWithErrorsReturnsTheReportReadResultDocuments() {
    String valid = doc("", "");
    Map<String, String> noReport =
        Map.of(
            "DR-J020", valid.replace("\"schemaVersion\": 1,", ""),
            "DR-J021",
                valid.replace("\"metadata\": {", "\"metadata\": [{").replace("2020}", "2020}]"),
            "DR-J032", valid.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
            "DR-J033", valid.replace("\"2019\"", "\"2020\""));
    noReport.forEach(
        (code, json) -> {
          ReadResult r = STRICT.readString(json);
          assertTrue(r.ruleIds().contains(code), () -> code + ": " + r.ruleIds());
          assertTrue(r.report().isEmpty(), code);
          assertTrue(r.hasErrors(), code);
        });
    Map<String, String> incomplete =
        Map.of(
            "DR-J021",
            doc("\"article20Item1\": {\"regulations\": {\"newlyMade\": \"2\"}}", ""),
            "DR-V001",
            valid.replace("\"organName\": \"洛宁县人民政府\", ", ""),
            "DR-J029",
            doc("", ", \"x-vendor\": 1"),
            "DR-J030",
            doc("\"article20Item9\": {}", "").replace("\"2019\"", "\"2021\""));
    incomplete.forEach(
        (code, json) -> {
          ReadResult r = STRICT.readString(json);
          assertTrue(r.ruleIds().contains(code), () -> code + ": " + r.ruleIds());
          assertTrue(r.report().isPresent(), code);
          assertTrue(r.hasErrors() && !r.isClean(), code);
          assertTrue(r.report().orElseThrow().extensions().isEmpty(), "strict keeps nothing");
        });
  }

  @Test
  void missingRequiredMembersMeanNoReport() {
    assertEquals(List.of("DR-J020", "DR-J020", "DR-J020"), STRICT.readString("{}").ruleIds());
    assertTrue(STRICT.readString("{}").report().isEmpty());
  }

  @Test
  void aReportWithoutOrganOrYearIsReadIncompleteWithTheValidatorsFinding() {
    ReadResult r =
        STRICT.readString(
            "{\"schemaVersion\": 1, \"edition\": \"2019\", \"metadata\": {\"reportYear\": 2020}}");
    assertEquals(List.of("DR-V001"), r.ruleIds());
    assertEquals(
        "/metadata/organName",
        r.findings().get(0).location().jsonPointer().orElseThrow().toString());
    assertTrue(r.findings().get(0).isError());
    assertTrue(r.report().orElseThrow().metadata().organName().isEmpty());
    ReadResult neither =
        STRICT.readString("{\"schemaVersion\": 1, \"edition\": \"2019\", \"metadata\": {}}");
    assertEquals(List.of("DR-V001", "DR-V001"), neither.ruleIds());
    assertTrue(neither.report().orElseThrow().metadata().reportYear().isEmpty());
    assertEquals(
        neither.report().orElseThrow(),
        STRICT
            .readString(STRICT.write(neither.report().orElseThrow(), Formatting.PRETTY))
            .report()
            .orElseThrow(),
        "written without them, read back alike");
  }

  @Test
  void unsupportedVersionsAndEditionsAreNamed() {
    assertEquals(
        List.of("DR-J032"),
        STRICT
            .readString(doc("", "").replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"))
            .ruleIds());
    ReadResult edition = STRICT.readString(doc("", "").replace("\"2019\"", "\"2020\""));
    assertEquals(List.of("DR-J033"), edition.ruleIds());
    assertTrue(edition.findings().get(0).messageEn().contains("2019, 2021"));
  }

  @Test
  void anArrayWhereTheDocumentBelongsIsAWrongType() {
    ReadResult r = STRICT.readString("[1, 2]");
    assertEquals(List.of("DR-J021"), r.ruleIds());
    assertEquals("", r.findings().get(0).location().jsonPointer().orElseThrow().toString());
    assertTrue(r.findings().get(0).message(Locale.CHINA).contains("应为 object"));
  }

  @Test
  void syntaxErrorsAreFindingsNotExceptions() {
    assertEquals(List.of("DR-J001"), STRICT.readString("{\"schemaVersion\": 1,,}").ruleIds());
    assertEquals(List.of("DR-J007"), STRICT.readString("   ").ruleIds());
    assertEquals(List.of("DR-J003"), STRICT.readString(doc("", "") + " {}").ruleIds());
    assertEquals(List.of("DR-J001"), STRICT.readString("{'schemaVersion': 1}").ruleIds());
    assertEquals(List.of("DR-J001"), STRICT.readString("{\"a\": NaN}").ruleIds());
  }

  @Test
  void aFailingStreamThrowsTheDocumentedException() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    ReportReadException e =
        assertThrows(ReportReadException.class, () -> STRICT.read(broken, "broken.json"));
    assertEquals("broken.json", e.source());
    assertEquals("disk gone", e.getCause().getMessage());
  }

  @Test
  void theSharedInstanceIsReused() {
    assertSame(ReportJson.create(), ReportJson.create(ReadOptions.defaults()));
    assertEquals(ReadOptions.lenient(), LENIENT.options());
  }

  @Test
  void countsAreReadFromTheDescriptionsColumns() {
    String json =
        doc(
            "\"applications\": {\""
                + ApplicationRows.GRANTED
                + "\": {\""
                + Applicants.NATURAL_PERSON
                + "\": 5}}",
            "");
    AnnualReport r = STRICT.readString(json).report().orElseThrow();
    assertEquals(5, r.applications().granted().naturalPerson().wholeNumber().orElseThrow());
    assertEquals(Edition.V2019, r.edition());
    assertEquals(StandardCharsets.UTF_8, StandardCharsets.UTF_8);
  }
}
