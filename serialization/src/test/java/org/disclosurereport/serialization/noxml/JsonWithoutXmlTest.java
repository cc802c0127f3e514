package org.disclosurereport.serialization.noxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportXml;
import org.junit.jupiter.api.Test;

/**
 * JSON needs no XML stack: run by its own Surefire execution, with Jackson's XML data format,
 * Woodstox and Stax2 taken off the class path (the default execution skips it).
 */
class JsonWithoutXmlTest {
  @Test
  void theXmlStackIsReallyAbsent() {
    for (String name :
        List.of(
            "com.fasterxml.jackson.dataformat.xml.XmlFactory",
            "com.ctc.wstx.stax.WstxInputFactory",
            "org.codehaus.stax2.XMLStreamReader2")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name);
    }
  }

  @Test
  void jsonIsReadAndWrittenWithoutIt() throws IOException {
    byte[] sample = sample();
    ReadResult read = ReportJson.create().read(sample, "luoning-2020.json");
    assertTrue(read.isClean(), () -> read.findings().toString());
    AnnualReport report = read.report().orElseThrow();
    byte[] pretty = ReportJson.create().writeBytes(report, Formatting.PRETTY);
    assertEquals(report, ReportJson.create().read(pretty, "again").report().orElseThrow());

    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String compact = mapper.writeValueAsString(report);
    assertEquals(ReportJson.create().write(report, Formatting.COMPACT), compact);
    assertEquals(report, mapper.readValue(compact, AnnualReport.class));

    ReadResult bad = ReportJson.create().readString("{\"schemaVersion\":1,,}");
    assertTrue(bad.ruleIds().get(0).startsWith("DR-J"), bad.ruleIds().toString());
    assertArrayEquals(pretty, ReportJson.create().writeBytes(report, Formatting.PRETTY));
  }

  @Test
  void xmlSaysWhatIsMissing() {
    IllegalStateException e = assertThrows(IllegalStateException.class, ReportXml::create);
    assertTrue(e.getMessage().contains("jackson-dataformat-xml"), e.getMessage());
  }

  private static byte[] sample() throws IOException {
    try (InputStream in = JsonWithoutXmlTest.class.getResourceAsStream("/luoning-2020.json")) {
      return in.readAllBytes();
    }
  }
}
