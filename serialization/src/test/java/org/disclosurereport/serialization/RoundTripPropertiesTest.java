package org.disclosurereport.serialization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AnnualReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The round trips of the canonical forms, as properties over random reports of each edition. */
class RoundTripPropertiesTest {
  private static final int TRIES = 1_000;
  private static final ReportJson JSON = ReportJson.create(ReadOptions.lenient());
  private static final ReportXml XML = ReportXml.create(ReadOptions.lenient());

  @ParameterizedTest
  @EnumSource(Edition.class)
  void jsonToModelToJsonIsByteIdentical(Edition edition) {
    qt().withExamples(TRIES)
        .withShrinkCycles(20)
        .forAll(ReportGenerators.reports(edition))
        .checkAssert(
            report -> {
              for (Formatting formatting : Formatting.values()) {
                byte[] json = JSON.writeBytes(report, formatting);
                AnnualReport read = readJson(json);
                assertEquals(report, read);
                assertArrayEquals(json, JSON.writeBytes(read, formatting));
              }
            });
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void xmlToModelToXmlIsByteIdentical(Edition edition) {
    qt().withExamples(TRIES)
        .withShrinkCycles(20)
        .forAll(ReportGenerators.reports(edition))
        .checkAssert(
            report -> {
              for (Formatting formatting : Formatting.values()) {
                byte[] xml = XML.writeBytes(report, formatting);
                AnnualReport read = readXml(xml);
                assertEquals(report, read);
                assertArrayEquals(xml, XML.writeBytes(read, formatting));
              }
            });
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void jsonToModelToXmlToModelGivesAnEqualModel(Edition edition) {
    qt().withExamples(TRIES)
        .withShrinkCycles(20)
        .forAll(ReportGenerators.reports(edition))
        .checkAssert(
            report -> {
              AnnualReport fromJson = readJson(JSON.writeBytes(report, Formatting.COMPACT));
              AnnualReport fromXml = readXml(XML.writeBytes(fromJson, Formatting.PRETTY));
              assertEquals(fromJson, fromXml);
            });
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void everyWrittenDocumentMatchesThePublishedSchemas(Edition edition) {
    qt().withExamples(TRIES)
        .withShrinkCycles(20)
        .forAll(ReportGenerators.reports(edition))
        .checkAssert(
            report -> {
              // The JSON Schema describes the strict form: extensions are outside it by design.
              AnnualReport strict = AnnualReport.copyOf(report).withExtensions(java.util.Map.of());
              SchemaAssertions.assertJsonValid(edition, JSON.write(strict, Formatting.PRETTY));
              SchemaAssertions.assertJsonValid(edition, JSON.write(strict, Formatting.COMPACT));
              SchemaAssertions.assertXmlValid(edition, XML.writeBytes(report, Formatting.PRETTY));
              SchemaAssertions.assertXmlValid(edition, XML.writeBytes(report, Formatting.COMPACT));
            });
  }

  private static AnnualReport readJson(byte[] json) {
    ReadResult r = JSON.read(json, "generated.json");
    assertFalse(r.hasErrors(), () -> r.findings() + "\n" + new String(json, java.nio.charset.StandardCharsets.UTF_8));
    return r.report().orElseThrow();
  }

  private static AnnualReport readXml(byte[] xml) {
    ReadResult r = XML.read(xml, "generated.xml");
    assertFalse(r.hasErrors(), () -> r.findings() + "\n" + new String(xml, java.nio.charset.StandardCharsets.UTF_8));
    return r.report().orElseThrow();
  }
}
