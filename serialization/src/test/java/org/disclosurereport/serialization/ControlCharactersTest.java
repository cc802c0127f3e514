package org.disclosurereport.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.SupplementaryRow;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that XML 1.0 cannot carry is refused when a JSON document is read, located and coded, so
 * that every report read can be written as XML too.
 */
class ControlCharactersTest {
  private static final ReportJson STRICT = ReportJson.create();
  private static final ReportJson LENIENT = ReportJson.create(ReadOptions.lenient());
  private static final String CONTROL = ReadCode.CONTROL_CHARACTER.id();

  /** The sample report as compact JSON, its first narrative body set to {@code body}. */
  private static String withBody(String escapedBody) {
    AnnualReport report = SampleReports.luoning2020().withGeneral(Narrative.of("BODY"));
    String json = STRICT.write(report, Formatting.COMPACT);
    assertTrue(json.contains("\"BODY\""), json);
    return json.replace("\"BODY\"", "\"" + escapedBody + "\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\\u0000", "\\u0001", "\\u0008", "\\u000b", "\\u001b", "\\u001f", "\\ud800"})
  void aControlCharacterOrALoneSurrogateIsRefusedWhereItStands(String escape) {
    String json = withBody("a" + escape + "b");
    ReadResult result = STRICT.readString(json);
    assertEquals(List.of(CONTROL), result.ruleIds(), json);
    Finding f = result.findings().get(0);
    assertEquals("/general/0/body", f.location().jsonPointer().orElseThrow().toString());
    assertEquals(1, f.location().line().orElseThrow());
    int column = json.indexOf("\"a" + escape) + 1;
    assertEquals(column, f.location().columnNumber().orElseThrow());
    String code = "U+" + escape.substring(2).toUpperCase(java.util.Locale.ROOT);
    assertTrue(f.messageEn().contains(code), f.messageEn());
    assertTrue(f.messageZh().contains(code), f.messageZh());
    assertTrue(f.messageZh().contains("XML"), f.messageZh());
    // The value is left out, as any value that cannot be read, and the rest of the report kept;
    // what is kept can be written in either form.
    AnnualReport report = result.report().orElseThrow();
    assertEquals(Narrative.empty(), report.general());
    ReportXml.create().write(report, Formatting.COMPACT);
  }

  @Test
  void aLoneLowSurrogateAndAReversedPairAreRefusedToo() {
    for (String escape : List.of("\\udc00", "\\udc00\\ud800", "\\ud800x", "\\ufffe")) {
      ReadResult result = STRICT.readString(withBody(escape));
      assertEquals(List.of(CONTROL), result.ruleIds(), escape);
    }
  }

  @Test
  void tabsLineBreaksAndCharactersBeyondTheBasicPlaneAreText() throws Exception {
    String body = "a\\tb\\nc\\r\\nd \\ud83d\\ude00 \\ud840\\udc0b";
    ReadResult result = STRICT.readString(withBody(body));
    assertEquals(List.of(), result.findings());
    AnnualReport report = result.report().orElseThrow();
    String text = report.general().blocks().get(0).body();
    assertEquals("a\tb\nc\r\nd \uD83D\uDE00 \uD840\uDC0B", text);
    ReportXml xml = ReportXml.create();
    assertEquals(
        report, xml.readString(xml.write(report, Formatting.PRETTY)).report().orElseThrow());
  }

  @Test
  void anOrganNameThatXmlCannotCarryIsLeftOutOfAnIncompleteReport() {
    String json = STRICT.write(SampleReports.luoning2020(), Formatting.COMPACT);
    String organ = SampleReports.luoning2020().metadata().organName().orElseThrow();
    String member = "\"organName\":\"" + organ + "\"";
    assertTrue(json.contains(member), json);
    ReadResult result =
        STRICT.readString(json.replace(member, "\"organName\":\"" + organ + "\\u0007\""));
    assertEquals(List.of(CONTROL), result.ruleIds());
    assertEquals(
        "/metadata/organName",
        result.findings().get(0).location().jsonPointer().orElseThrow().toString());
    assertTrue(result.report().orElseThrow().metadata().organName().isEmpty());
  }

  @Test
  void anExtensionOrAKeyThatXmlCannotCarryIsNotKept() {
    String json = STRICT.write(SampleReports.luoning2020(), Formatting.COMPACT);
    String inValue = json.replaceFirst("\\{", "{\"x-vendor\":{\"note\":\"a\\\\u0000\"},");
    ReadResult value = LENIENT.readString(inValue);
    assertEquals(List.of(CONTROL), value.ruleIds(), inValue);
    assertEquals("/x-vendor", value.findings().get(0).location().jsonPointer().get().toString());
    assertTrue(value.report().orElseThrow().extensions().isEmpty());

    String inName = json.replaceFirst("\\{", "{\"x-\\\\u001bvendor\":1,");
    ReadResult name = LENIENT.readString(inName);
    assertEquals(List.of(CONTROL), name.ruleIds(), inName);
    assertTrue(name.report().orElseThrow().extensions().isEmpty());

    AnnualReport withRow =
        SampleReports.luoning2020()
            .withSupplementaryRows(
                SupplementaryRow.builder()
                    .table(SampleReports.luoning2020().spec().tables().get(0).key())
                    .label("row")
                    .putValues("KEY", "v")
                    .build());
    String key = STRICT.write(withRow, Formatting.COMPACT).replace("\"KEY\"", "\"K\\u0000\"");
    ReadResult keyed = STRICT.readString(key);
    assertEquals(List.of(CONTROL), keyed.ruleIds(), key);
    assertTrue(
        keyed.report().orElseThrow().supplementaryRows().get(0).values().isEmpty(),
        keyed.toString());
  }
}
