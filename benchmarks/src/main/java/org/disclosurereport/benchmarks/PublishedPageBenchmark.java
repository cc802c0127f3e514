package org.disclosurereport.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.layout.PublishedReportReader;
import org.disclosurereport.layout.TextRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading the fixture's report as it is published: a whole government page ({@link GovernmentPage})
 * and the text extracted from a document ({@link TextRenderer}'s form), each against the bare step
 * every reader of that source takes first: parsing the page with jsoup, splitting the text into
 * lines and cells.
 */
@State(Scope.Benchmark)
public class PublishedPageBenchmark extends BenchmarkDefaults {
  private String html;
  private String text;
  private PublishedReportReader reader;

  /** Prepares the page, the text and the reader, once per fork. */
  @Setup
  public void setUp() {
    html = GovernmentPage.of(Fixture.get().report());
    text = TextRenderer.create().render(Fixture.get().report());
    reader = PublishedReportReader.create();
  }

  /**
   * The SDK: the report read from the whole page.
   *
   * @return what was read
   */
  @Benchmark
  public ReadResult html() {
    return reader.readHtml(html);
  }

  /**
   * The floor: jsoup's parse of the same page, nothing recognised.
   *
   * @return the document
   */
  @Benchmark
  public Document jsoupParse() {
    return Jsoup.parse(html);
  }

  /**
   * The SDK: the report read from the text.
   *
   * @return what was read
   */
  @Benchmark
  public ReadResult text() {
    return reader.readText(text);
  }

  /**
   * The floor: the text split into lines and tab-separated cells, nothing recognised.
   *
   * @return the cells
   */
  @Benchmark
  public List<String[]> textSplit() {
    List<String[]> cells = new ArrayList<>();
    for (String line : text.split("\n")) {
      cells.add(line.split("\t"));
    }
    return cells;
  }
}
