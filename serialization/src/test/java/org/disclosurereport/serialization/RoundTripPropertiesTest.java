package org.disclosurereport.serialization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AnnualReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The round trips of the canonical forms, as properties over 1,000 random reports of each edition:
 * the testkit's consistent reports with every kind of variety on, plus extensions ({@link
 * ReportGenerators}). The four properties share each generated report, so that the module's tests
 * stay fast:
 *
 * <ol>
 *   <li>JSON → model → JSON is byte-identical (pretty and compact), and the model is equal;
 *   <li>XML → model → XML is byte-identical (pretty and compact), and the model is equal;
 *   <li>JSON → model → XML → model gives an equal model;
 *   <li>every document written matches the published JSON Schema (strict form, so without
 *       extensions) and XSD.
 * </ol>
 */
class RoundTripPropertiesTest {
  private static final int TRIES = 1_000;
  private static final ReportJson JSON = ReportJson.create(ReadOptions.lenient());
  private static final ReportXml XML = ReportXml.create(ReadOptions.lenient());

  @ParameterizedTest
  @EnumSource(Edition.class)
  void roundTripsAreLosslessAndDocumentsMatchTheSchemas(Edition edition) {
    qt().withExamples(TRIES)
        .withShrinkCycles(20)
        .forAll(ReportGenerators.reports(edition))
        .checkAssert(
            report -> {
              AnnualReport fromJson = null;
              for (Formatting formatting : Formatting.values()) {
                byte[] json = JSON.writeBytes(report, formatting);
                fromJson = readJson(json);
                assertEquals(report, fromJson, "JSON " + formatting);
                assertArrayEquals(
                    json, JSON.writeBytes(fromJson, formatting), "JSON " + formatting);
              }
              for (Formatting formatting : Formatting.values()) {
                byte[] xml = XML.writeBytes(fromJson, formatting);
                AnnualReport fromXml = readXml(xml);
                assertEquals(fromJson, fromXml, "JSON -> model -> XML -> model, " + formatting);
                assertArrayEquals(xml, XML.writeBytes(fromXml, formatting), "XML " + formatting);
                SchemaAssertions.assertXmlValid(edition, xml);
              }
              // The JSON Schema describes the strict form: extensions are outside it by design.
              AnnualReport strict = report.withExtensions(Map.of());
              SchemaAssertions.assertJsonValid(edition, JSON.write(strict, Formatting.COMPACT));
            });
  }

  private static AnnualReport readJson(byte[] json) {
    ReadResult r = JSON.read(json, "generated.json");
    assertFalse(
        r.hasErrors(), () -> r.findings() + "\n" + new String(json, StandardCharsets.UTF_8));
    return r.report().orElseThrow();
  }

  private static AnnualReport readXml(byte[] xml) {
    ReadResult r = XML.read(xml, "generated.xml");
    assertFalse(r.hasErrors(), () -> r.findings() + "\n" + new String(xml, StandardCharsets.UTF_8));
    return r.report().orElseThrow();
  }
}
