package org.disclosurereport.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.disclosurereport.testkit.samples.SampleReports;

/**
 * An engine for the server's own tests, which are about its limits and its lifecycle, not about
 * findings (those are tested against the tool's engine in the cli module): it reads nothing,
 * answers every document with the bundled sample, and can be held at a gate or slowed down.
 */
final class TestEngine implements ReportEngine {
  final CountDownLatch entered = new CountDownLatch(1);
  final CountDownLatch gate;
  final long delayMillis;

  TestEngine(CountDownLatch gate, long delayMillis) {
    this.gate = gate;
    this.delayMillis = delayMillis;
  }

  @Override
  public Examination examine(Upload upload) {
    entered.countDown();
    try {
      gate.await(30, TimeUnit.SECONDS);
      Thread.sleep(delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String json =
        "[{\"source\":\"" + upload.name() + "\",\"bytes\":" + upload.document().length + "}]\n";
    return new Examination(
        Optional.of(SampleReports.luoning2020()), Optional.of("json"), List.of(), json);
  }

  @Override
  public void write(org.disclosurereport.model.AnnualReport report, String format, OutputStream out)
      throws IOException {
    out.write(("{\"format\":\"" + format + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public List<String> writableFormats() {
    return List.of("json");
  }

  @Override
  public String rulesJson(Locale locale) {
    return "[]\n";
  }
}
