package org.disclosurereport.jackson3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.testkit.GeneratorConfig;
import org.disclosurereport.testkit.quicktheories.ReportGens;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 module against the Jackson 2 module and the SDK's own reader and writer: the same
 * bytes written, the same reports and findings read.
 */
class DisclosureModuleTest {
  private static final int TRIES = 300;
  private static final ReportJson SDK = ReportJson.create(ReadOptions.lenient());
  private static final JsonMapper JACKSON3 =
      JsonMapper.builder().addModule(new DisclosureModule(ReadOptions.lenient())).build();
  private static final JsonMapper JACKSON3_PRETTY =
      JACKSON3.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .addModule(new org.disclosurereport.serialization.DisclosureModule(ReadOptions.lenient()))
          .build();

  @ParameterizedTest
  @EnumSource(Edition.class)
  void bothJacksonsWriteAndReadTheCanonicalFormAlike(Edition edition) {
    qt().withExamples(TRIES)
        .withShrinkCycles(20)
        .forAll(ReportGens.reports(GeneratorConfig.varied(edition)))
        .checkAssert(
            report -> {
              byte[] canonical = SDK.writeBytes(report, Formatting.COMPACT);
              byte[] three = JACKSON3.writeValueAsBytes(report);
              byte[] two = write2(report);
              assertArrayEquals(canonical, three, "Jackson 3 writes the canonical bytes");
              assertArrayEquals(canonical, two, "Jackson 2 writes the canonical bytes");
              assertArrayEquals(
                  SDK.writeBytes(report, Formatting.PRETTY),
                  JACKSON3_PRETTY.writeValueAsBytes(report),
                  "INDENT_OUTPUT writes the pretty form");
              AnnualReport read3 = JACKSON3.readValue(canonical, AnnualReport.class);
              assertEquals(report, read3);
              assertEquals(read2(canonical), read3);
            });
  }

  @Test
  void serviceLoaderFindsBothModules() throws Exception {
    AnnualReport seed = SampleReports.luoning2020();
    JsonMapper three = JsonMapper.builder().findAndAddModules().build();
    String json = three.writeValueAsString(seed);
    assertEquals(SDK.write(seed, Formatting.COMPACT), json);
    assertEquals(seed, three.readValue(json, AnnualReport.class));

    com.fasterxml.jackson.databind.ObjectMapper two =
        new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
    assertEquals(json, two.writeValueAsString(seed));
    assertEquals(seed, two.readValue(json, AnnualReport.class));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"schemaVersion\":1,\"edition\":\"2019\",\"metadata\":{\"organName\":\"某局\",\"reportYear\":2020},"
            + "\"tables\":{\"article20Item1\":{\"regulations\":{\"newlyMade\":-1,\"newlyPublished\":0.5}}}}",
        "{\"schemaVersion\":1,\"schemaVersion\":1,\"edition\":\"2019\","
            + "\"metadata\":{\"organName\":\"某局\",\"reportYear\":2020}}",
        "{\"schemaVersion\":1,\"edition\":\"2019\",\"metadata\":{\"organName\":\"某局\"}}",
        "{\"schemaVersion\":1,\"edition\":\"2019\",\"metadata\":{\"organName\":\"某局\",\"reportYear\":2020},"
            + "\"tables\":{\"article20Item1\":{\"regulations\":{\"newlyMade\":1.00000000000000000000000001}}}}",
        "[1,2]",
        "\"text\""
      })
  void badDocumentsGiveTheFindingsOfTheSdksReader(String document) {
    List<String> expected = SDK.readString(document).ruleIds();
    ReportMappingException e =
        assertThrows(
            ReportMappingException.class, () -> JACKSON3.readValue(document, AnnualReport.class));
    assertEquals(expected, e.findings().stream().map(Finding::ruleId).toList());
    assertTrue(e.getMessage().contains(expected.get(0)), e.getMessage());
  }

  private static byte[] write2(AnnualReport report) {
    try {
      return JACKSON2.writeValueAsBytes(report);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static AnnualReport read2(byte[] json) {
    try {
      return JACKSON2.readValue(json, AnnualReport.class);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
