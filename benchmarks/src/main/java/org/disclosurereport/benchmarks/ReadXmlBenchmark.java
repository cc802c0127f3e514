package org.disclosurereport.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import org.disclosurereport.benchmarks.baseline.ReportDocument;
import org.disclosurereport.serialization.ReadResult;
import org.disclosurereport.serialization.ReportXml;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading the fixture's XML: the SDK's hardened reader (no DTDs, limits on every dimension)
 * against plain Jackson XML databind into {@link ReportDocument}.
 */
@State(Scope.Benchmark)
public class ReadXmlBenchmark extends BenchmarkDefaults {
  private byte[] xml;
  private ReportXml reader;
  private ObjectReader pojoReader;

  /** Prepares the bytes and the configured readers, once per fork. */
  @Setup
  public void setUp() {
    xml = Fixture.get().xml();
    reader = ReportXml.create();
    pojoReader = XmlMapper.builder().build().readerFor(ReportDocument.class);
  }

  /**
   * The SDK: hardened reading into the immutable model.
   *
   * @return the result
   */
  @Benchmark
  public ReadResult hardened() {
    return reader.read(xml, "fixture.xml");
  }

  /**
   * The baseline: plain Jackson XML databind into a mutable POJO.
   *
   * @return the POJO
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public ReportDocument pojo() throws IOException {
    return pojoReader.readValue(xml);
  }
}
