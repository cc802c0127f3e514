package org.disclosurereport.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.disclosurereport.benchmarks.baseline.ReportDocument;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.serialization.ReportJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading the fixture's JSON: the SDK's hardened reader into {@code AnnualReport}, against what a
 * user would write (plain databind into {@link ReportDocument}), a Jackson tree, and the floor (a
 * bare streaming token scan of the same bytes).
 */
@State(Scope.Benchmark)
public class ReadJsonBenchmark extends BenchmarkDefaults {
  private byte[] json;
  private ReportJson reader;
  private byte[] jsonWithFinding;
  private byte[] jsonWithError;
  private ReportJson lenientReader;
  private ObjectReader pojoReader;
  private JsonMapper mapper;
  private JsonFactory factory;

  /** Prepares the bytes and the configured readers, once per fork. */
  @Setup
  public void setUp() {
    json = Fixture.get().json();
    reader = ReportJson.create();
    lenientReader = ReportJson.create(ReadOptions.lenient());
    jsonWithFinding = Fixture.withTrailingMember(json);
    jsonWithError = Fixture.withLastCountNegative(json);
    mapper = JsonMapper.builder().build();
    pojoReader = mapper.readerFor(ReportDocument.class);
    factory = mapper.getFactory();
  }

  /**
   * The SDK: hardened reading into the immutable model, with every check and finding.
   *
   * @return the result
   */
  @Benchmark
  public ReadResult hardened() {
    return reader.read(json, "fixture.json");
  }

  /**
   * The SDK on a document with one finding: the fixture with a member the format does not describe
   * at its very end, read leniently (kept as an extension, with an information finding). The
   * document is read once, as a clean one is.
   *
   * @return the result
   */
  @Benchmark
  public ReadResult withFinding() {
    return lenientReader.read(jsonWithFinding, "fixture-with-finding.json");
  }

  /**
   * The SDK on a document with one error: the fixture with its last count negative, read strictly.
   * The document is still read once; the error is found, located and the cell left out in the same
   * pass.
   *
   * @return the result
   */
  @Benchmark
  public ReadResult withError() {
    return reader.read(jsonWithError, "fixture-with-error.json");
  }

  /**
   * The baseline: plain Jackson databind into a mutable POJO.
   *
   * @return the POJO
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public ReportDocument pojo() throws IOException {
    return pojoReader.readValue(json);
  }

  /**
   * Jackson's tree of the same bytes: the reference for bytes allocated per report.
   *
   * @return the tree
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public JsonNode readTree() throws IOException {
    return mapper.readTree(json);
  }

  /**
   * The floor: every token of the document, nothing bound.
   *
   * @param blackhole consumes the tokens
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public void tokenScan(Blackhole blackhole) throws IOException {
    try (JsonParser parser = factory.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        blackhole.consume(token);
      }
    }
  }
}
