package org.disclosurereport.serialization.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.serialization.ReadCode;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportXml;
import org.junit.jupiter.api.Test;

class FindingsTest {
  @Test
  void aPointerWithAnEmptyKeyLocatesNoCell() {
    Finding f =
        Findings.create(
            DocumentFormat.JSON,
            ReadCode.UNKNOWN_FIELD,
            ReadCode.UNKNOWN_FIELD.defaultSeverity(),
            Edition.V2021.spec(),
            "/tables/applications/granted/",
            1,
            2,
            null,
            "");
    assertEquals(
        "/tables/applications/granted/", f.location().jsonPointer().orElseThrow().toString());
    assertTrue(f.location().table().isEmpty());
  }

  @Test
  void anEmptyMemberNameInATableIsAFindingNotAnException() {
    String json =
        "{\"schemaVersion\":1,\"edition\":\"2021\",\"metadata\":{\"organName\":\"某局\",\"reportYear\":2022},"
            + "\"tables\":{\"applications\":{\"granted\":{\"\":1}}}}";
    for (ReadOptions options : List.of(ReadOptions.defaults(), ReadOptions.lenient())) {
      ReadResult r = ReportJson.create(options).readString(json);
      assertEquals(List.of("DR-J029"), r.ruleIds(), options.toString());
    }
    // Jackson's XML parser names text among a row's elements "".
    String xml =
        "<annualReport><schemaVersion>1</schemaVersion><edition>2021</edition>"
            + "<metadata><organName>某局</organName><reportYear>2022</reportYear></metadata>"
            + "<tables><applications><granted><naturalPerson>1</naturalPerson>x</granted></applications></tables>"
            + "</annualReport>";
    ReadResult x = ReportXml.create().readString(xml);
    assertTrue(x.hasErrors(), x::toString);
  }
}
