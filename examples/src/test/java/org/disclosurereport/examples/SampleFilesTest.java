package org.disclosurereport.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.disclosurereport.layout.HtmlRenderer;
import org.disclosurereport.layout.TextRenderer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportXml;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;

/**
 * Keeps the sample files in {@code examples/reports/} byte for byte equal to what the SDK writes
 * for the reports built in code, so that the files people try the tool on never drift from the
 * code.
 *
 * <p>After a change to a report, a serializer or a renderer, regenerate them with {@code mvn -B -q
 * -pl examples -am verify -Ddisclosure.regenerateSamples=true} and review the diff.
 */
class SampleFilesTest {
  private static final Path DIR = Path.of("reports");
  private static final boolean REGENERATE = Boolean.getBoolean("disclosure.regenerateSamples");

  /** Every sample file, by name, with its content. */
  static Map<String, byte[]> samples() {
    Map<String, AnnualReport> reports = new LinkedHashMap<>();
    reports.put("luoning-2020", SampleReports.luoning2020());
    reports.put("example-district-2024", SampleReports.exampleDistrict2024());
    Map<String, Function<AnnualReport, byte[]>> formats = new LinkedHashMap<>();
    formats.put("json", r -> ReportJson.create().writeBytes(r, Formatting.PRETTY));
    formats.put("xml", r -> ReportXml.create().writeBytes(r, Formatting.PRETTY));
    formats.put("html", r -> HtmlRenderer.create().render(r).getBytes(StandardCharsets.UTF_8));
    formats.put("txt", r -> TextRenderer.create().render(r).getBytes(StandardCharsets.UTF_8));
    Map<String, byte[]> files = new LinkedHashMap<>();
    reports.forEach(
        (name, report) ->
            formats.forEach((ext, write) -> files.put(name + "." + ext, write.apply(report))));
    return files;
  }

  @Test
  void theSampleFilesAreWhatTheSdkWrites() throws IOException {
    Map<String, byte[]> samples = samples();
    if (REGENERATE) {
      Files.createDirectories(DIR);
      for (Map.Entry<String, byte[]> e : samples.entrySet()) {
        Files.write(DIR.resolve(e.getKey()), e.getValue());
      }
    }
    for (Map.Entry<String, byte[]> e : samples.entrySet()) {
      Path file = DIR.resolve(e.getKey());
      assertTrue(
          Files.exists(file),
          file + " is missing; regenerate with -Ddisclosure.regenerateSamples=true");
      assertArrayEquals(
          e.getValue(),
          Files.readAllBytes(file),
          file
              + " differs from what the SDK writes; regenerate with -Ddisclosure.regenerateSamples=true");
    }
    List<String> present = new ArrayList<>();
    try (Stream<Path> s = Files.list(DIR)) {
      s.forEach(p -> present.add(p.getFileName().toString()));
    }
    present.sort(null);
    List<String> expected = new ArrayList<>(samples.keySet());
    expected.sort(null);
    assertEquals(expected, present, "no stale sample files");
  }
}
