package org.disclosurereport.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;

class ReportXmlTest {
  private static final ReportXml STRICT = ReportXml.create();
  private static final ReportXml LENIENT = ReportXml.create(ReadOptions.lenient());

  private static String doc(String tables, String extra) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <annualReport>
          <schemaVersion>1</schemaVersion>
          <edition>2019</edition>
          <metadata><organName>洛宁县人民政府</organName><reportYear>2020</reportYear></metadata>
          <tables>%s</tables>%s
        </annualReport>
        """
        .formatted(tables, extra);
  }

  @Test
  void anExtensionThatCannotGoBackIntoTheDocumentIsRefusedOnWriteInEitherFormat() {
    ReportJson json = ReportJson.create(ReadOptions.lenient());
    AnnualReport base = LENIENT.readString(doc("", "")).report().orElseThrow();
    for (String pointer :
        List.of("", "x-vendor", "/bad~2", "/metadata/organName", "/schemaVersion/x")) {
      AnnualReport report = base.withExtensions(Map.of(pointer, "1"));
      for (ReportCodec codec : List.of(json, LENIENT)) {
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class,
                () -> codec.write(report, Formatting.COMPACT),
                () -> codec + " " + pointer);
        assertTrue(
            e.getMessage().contains("\"" + pointer + "\"")
                || e.getMessage().contains(" " + pointer + " "),
            e.getMessage());
      }
    }
    AnnualReport fine = base.withExtensions(Map.of("/metadata/x-note", "\"a/b~c\""));
    String written = LENIENT.write(fine, Formatting.COMPACT);
    assertEquals(fine, LENIENT.readString(written).report().orElseThrow());
    assertTrue(STRICT.readString(written).hasErrors(), "strict reading does not take it silently");
    assertEquals(
        fine, json.readString(json.write(fine, Formatting.COMPACT)).report().orElseThrow());
  }

  @Test
  void seedReportMatchesTheGoldenFile() throws IOException {
    AnnualReport seed = SampleReports.luoning2020();
    Golden.assertMatches("luoning-2020.xml", STRICT.write(seed, Formatting.PRETTY));
    ReadResult back = STRICT.readString(Golden.read("luoning-2020.xml"));
    assertEquals(List.of(), back.findings());
    assertEquals(seed, back.report().orElseThrow());
    SchemaAssertions.assertXmlValid(
        Edition.V2019, Golden.read("luoning-2020.xml").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void seedReportGoesThroughJsonAndXmlUnchanged() {
    AnnualReport seed = SampleReports.luoning2020();
    AnnualReport viaJson =
        ReportJson.create()
            .readString(ReportJson.create().write(seed, Formatting.COMPACT))
            .report()
            .orElseThrow();
    AnnualReport viaXml =
        STRICT.readString(STRICT.write(viaJson, Formatting.COMPACT)).report().orElseThrow();
    assertEquals(seed, viaXml);
  }

  @Test
  void contentProblemsHaveXmlRuleIdsAndLines() {
    String xml =
        doc(
            "<article20Item1><regulations><newlyMade>-3</newlyMade><newlyPublished>1.9</newlyPublished>"
                + "<totalPublished>four</totalPublished></regulations></article20Item1>\n"
                + "<article20Item5><licensing><decisions/><change>+5</change></licensing></article20Item5>",
            "");
    ReadResult r = STRICT.readString(xml);
    assertEquals(List.of("DR-X023", "DR-X024", "DR-X021", "DR-X022"), r.ruleIds());
    Finding negative = r.findings().get(0);
    assertEquals(
        "/tables/article20Item1/regulations/newlyMade",
        negative.location().jsonPointer().orElseThrow().toString());
    assertEquals(6, negative.location().line().orElseThrow());
    assertEquals(
        CellValue.change(5),
        r.report()
            .orElseThrow()
            .cell(Tables.ARTICLE20_ITEM5, Proactive.LICENSING, Proactive.CHANGE));
  }

  @Test
  void unknownElementsAreErrorsWhenStrictAndKeptWhenLenient() {
    String xml =
        doc(
            "<provincialTable><rows>3</rows><rows>4</rows><note>甲</note></provincialTable>",
            "<vendorId>v-1</vendorId>");
    assertEquals(List.of("DR-X029", "DR-X029"), STRICT.readString(xml).ruleIds());
    ReadResult lenient = LENIENT.readString(xml);
    assertFalse(lenient.hasErrors());
    AnnualReport report = lenient.report().orElseThrow();
    assertEquals(
        Map.of(
            "/tables/provincialTable", "{\"rows\":[\"3\",\"4\"],\"note\":\"甲\"}",
            "/vendorId", "\"v-1\""),
        report.extensions());
    // Written back (as JSON text in the extensions list) and read again: nothing lost.
    String written = LENIENT.write(report, Formatting.PRETTY);
    assertTrue(written.contains("<pointer>/tables/provincialTable</pointer>"), written);
    assertEquals(report, LENIENT.readString(written).report().orElseThrow());
    // The same extensions come out in place in JSON.
    String json = ReportJson.create(ReadOptions.lenient()).write(report, Formatting.COMPACT);
    assertTrue(json.contains("\"provincialTable\":{\"rows\":[\"3\",\"4\"],\"note\":\"甲\"}"), json);
  }

  @Test
  void aBadExtensionEntryIsNamed() {
    String xml =
        doc(
            "",
            "<extensions><extension><pointer>/x</pointer><json>{not json</json></extension>"
                + "<extension><pointer>x</pointer><json>1</json></extension></extensions>");
    assertEquals(List.of("DR-X036", "DR-X036"), LENIENT.readString(xml).ruleIds());
    Finding strict =
        STRICT
            .readString(
                doc(
                    "",
                    "<extensions><extension><pointer>/x</pointer><json>1</json></extension></extensions>"))
            .findings()
            .get(0);
    assertEquals("DR-X029", strict.ruleId());
    assertEquals(Severity.ERROR, strict.severity());
  }

  @Test
  void theRootElementIsChecked() {
    ReadResult r = STRICT.readString(doc("", "").replace("annualReport>", "report>"));
    assertEquals(List.of("DR-X018"), r.ruleIds());
  }

  @Test
  void emptyAndMalformedDocumentsAreFindings() {
    assertEquals(List.of("DR-X007"), STRICT.readString("").ruleIds());
    assertEquals(
        List.of("DR-X001"), STRICT.readString("<annualReport><a></b></annualReport>").ruleIds());
    assertEquals(List.of("DR-X001"), STRICT.readString(doc("", "") + "<more/>").ruleIds());
  }

  @Test
  void textThatXmlCannotCarryIsRefusedWhenWriting() {
    AnnualReport r = SampleReports.luoning2020().withGeneral(Narrative.of("bell\u0007"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> STRICT.write(r, Formatting.COMPACT));
    assertTrue(e.getMessage().contains("/general/0/body"), e.getMessage());
    assertTrue(e.getMessage().contains("U+0007"), e.getMessage());
  }

  @Test
  void carriageReturnsAndMarkupCharactersSurvive() {
    AnnualReport r =
        SampleReports.luoning2020().withProblems(Narrative.of(" a\r\nb <c> & \"d\" \n"));
    AnnualReport back =
        STRICT.readString(STRICT.write(r, Formatting.PRETTY)).report().orElseThrow();
    assertEquals(r.problems(), back.problems());
  }
}
