package org.disclosurereport.benchmarks;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import org.disclosurereport.benchmarks.baseline.ReportDocument;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportXml;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing the fixture's report as canonical JSON and XML (compact), against plain Jackson writing
 * the baseline POJO of the same content.
 */
@State(Scope.Benchmark)
public class WriteBenchmark extends BenchmarkDefaults {
  private AnnualReport report;
  private ReportDocument pojo;
  private ReportJson json;
  private ReportXml xml;
  private ObjectWriter pojoJson;
  private ObjectWriter pojoXml;

  /** Prepares the report, the POJO and the writers, once per fork. */
  @Setup
  public void setUp() {
    JsonMapper mapper = JsonMapper.builder().build();
    report = Fixture.get().report();
    pojo = Fixture.get().pojo(mapper);
    json = ReportJson.create();
    xml = ReportXml.create();
    pojoJson = mapper.writer();
    pojoXml = XmlMapper.builder().build().writer();
  }

  /**
   * The SDK's canonical JSON.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] json() {
    return json.writeBytes(report, Formatting.COMPACT);
  }

  /**
   * Plain Jackson writing the POJO as JSON.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] jsonPojo() throws IOException {
    return pojoJson.writeValueAsBytes(pojo);
  }

  /**
   * The SDK's canonical XML.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] xml() {
    return xml.writeBytes(report, Formatting.COMPACT);
  }

  /**
   * Plain Jackson writing the POJO as XML.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] xmlPojo() throws IOException {
    return pojoXml.writeValueAsBytes(pojo);
  }
}
