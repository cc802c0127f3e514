package org.disclosurereport.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.util.List;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;

class DisclosureModuleTest {
  private final AnnualReport seed = SampleReports.luoning2020();

  @Test
  void aCallersObjectMapperWritesAndReadsTheCanonicalJson() throws JsonProcessingException {
    ObjectMapper mapper = JsonMapper.builder().addModule(new DisclosureModule()).build();
    String json = mapper.writeValueAsString(seed);
    assertEquals(ReportJson.create().write(seed, Formatting.COMPACT), json);
    assertEquals(seed, mapper.readValue(json, AnnualReport.class));
  }

  @Test
  void aCallersXmlMapperWritesAndReadsTheCanonicalXml() throws JsonProcessingException {
    XmlMapper mapper = XmlMapper.builder().addModule(new DisclosureModule()).build();
    String xml = mapper.writeValueAsString(seed);
    assertTrue(xml.startsWith("<annualReport><schemaVersion>1</schemaVersion>"), xml);
    assertEquals(seed, mapper.readValue(xml, AnnualReport.class));
    assertEquals(seed, ReportXml.create().readString(xml).report().orElseThrow());
  }

  @Test
  void theHardenedMappersHaveTheModule() throws JsonProcessingException {
    JsonMapper json = ReportJson.newObjectMapper();
    assertEquals(seed, json.readValue(json.writeValueAsString(seed), AnnualReport.class));
    XmlMapper xml = ReportXml.newXmlMapper();
    assertEquals(seed, xml.readValue(xml.writeValueAsString(seed), AnnualReport.class));
  }

  @Test
  void errorsBecomeOneExceptionListingEveryFinding() {
    ObjectMapper mapper = ReportJson.newObjectMapper();
    String bad =
        "{\"schemaVersion\":1,\"edition\":\"2019\",\"metadata\":{\"organName\":\"某局\",\"reportYear\":2020},"
            + "\"tables\":{\"article20Item1\":{\"regulations\":{\"newlyMade\":-1,\"newlyPublished\":0.5}}}}";
    ReportMappingException e =
        assertThrows(ReportMappingException.class, () -> mapper.readValue(bad, AnnualReport.class));
    assertEquals(
        List.of("DR-J023", "DR-J024"), e.findings().stream().map(f -> f.ruleId()).toList());
    assertTrue(e.getMessage().contains("DR-J023"), e.getMessage());
  }

  @Test
  void aLenientModuleKeepsExtensions() throws JsonProcessingException {
    ObjectMapper mapper =
        JsonMapper.builder().addModule(new DisclosureModule(ReadOptions.lenient())).build();
    String json =
        ReportJson.create().write(seed, Formatting.COMPACT).replaceFirst("\\}$", ",\"x\":[1]}");
    AnnualReport read = mapper.readValue(json, AnnualReport.class);
    assertEquals("[1]", read.extensions().get("/x"));
    assertEquals(json, mapper.writeValueAsString(read));
  }
}
