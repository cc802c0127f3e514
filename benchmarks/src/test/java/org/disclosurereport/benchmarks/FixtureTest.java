package org.disclosurereport.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Map;
import org.disclosurereport.benchmarks.baseline.ReportDocument;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportXml;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.junit.jupiter.api.Test;

class FixtureTest {
  private final Fixture fixture = Fixture.get();

  @Test
  void theReportIsTheSeedsAndItsDocumentsReadBackToIt() {
    assertEquals(
        Fixture.generator().generate(RandomEntropy.seeded(Fixture.SEED)), fixture.report());
    assertEquals(Edition.V2021, fixture.report().edition());
    ReadResult json = ReportJson.create().read(fixture.json(), "fixture.json");
    assertTrue(json.isClean(), json::toString);
    assertEquals(fixture.report(), json.report().orElseThrow());
    ReadResult xml = ReportXml.create().read(fixture.xml(), "fixture.xml");
    assertTrue(xml.isClean(), xml::toString);
    assertEquals(fixture.report(), xml.report().orElseThrow());
  }

  @Test
  void theDocumentsAreOfARealisticSizeAndCopiedForEachCaller() {
    byte[] json = fixture.json();
    assertTrue(json.length > 10_000, "JSON bytes: " + json.length);
    assertEquals(200, fixture.report().cells().size());
    json[0] = 0;
    assertNotSame(json, fixture.json());
    assertArrayEquals(Fixture.get().json(), fixture.json());
  }

  @Test
  void theDocumentWithAFindingHasExactlyOneAndTheSameReport() {
    ReadResult read =
        ReportJson.create(ReadOptions.lenient())
            .read(Fixture.withTrailingMember(fixture.json()), "fixture-with-finding.json");
    assertEquals(1, read.findings().size(), read::toString);
    assertEquals(Severity.INFO, read.findings().get(0).severity());
    assertEquals(
        fixture.report().withExtensions(Map.of("/x-note", "1")), read.report().orElseThrow());
  }

  @Test
  void thePojoHasTheCanonicalShape() throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    ReportDocument pojo = fixture.pojo(mapper);
    assertEquals(mapper.readTree(fixture.json()), mapper.readTree(mapper.writeValueAsBytes(pojo)));
    assertEquals(fixture.report().metadata().organName().orElseThrow(), pojo.metadata.organName);
  }
}
