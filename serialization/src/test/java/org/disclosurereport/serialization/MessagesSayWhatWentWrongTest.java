package org.disclosurereport.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;

/** Messages that used to name the wrong problem. */
class MessagesSayWhatWentWrongTest {
  private final String json =
      ReportJson.create().write(SampleReports.luoning2020(), Formatting.PRETTY);
  private final String xml =
      ReportXml.create().write(SampleReports.luoning2020(), Formatting.PRETTY);

  @Test
  void aNegativeYearIsOutOfRangeNotANegativeCount() {
    ReadResult r =
        ReportJson.create()
            .readString(json.replaceFirst("\"reportYear\"\\s*:\\s*2020", "\"reportYear\": -1"));
    Finding f = r.findings().get(0);
    assertEquals(
        List.of(ReadCode.OUT_OF_RANGE.id(DocumentFormat.JSON)), r.ruleIds(), f.messageEn());
    assertFalse(f.messageEn().contains("count"), f.messageEn());
    assertTrue(f.messageEn().contains("-1"), f.messageEn());
  }

  @Test
  void aSurrogateCharacterReferenceInXmlIsNotADocumentTypeDeclaration() {
    ReadResult r = ReportXml.create().readString(xml.replace("洛宁县人民政府", "&#xD800;"));
    assertFalse(
        r.ruleIds().contains(ReadCode.DTD_REFUSED.id(DocumentFormat.XML)), r.findings().toString());
    assertFalse(
        r.findings().get(0).messageEn().contains("document type"), r.findings().get(0).messageEn());
    assertTrue(r.report().isEmpty());
  }
}
