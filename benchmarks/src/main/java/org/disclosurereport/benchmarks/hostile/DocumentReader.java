package org.disclosurereport.benchmarks.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.layout.PublishedReportReader;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportXml;

/**
 * Every reader of the SDK, as the campaign feeds it: bytes in, an {@link Outcome} out.
 *
 * <p>The JSON and XML readers take bytes as they are. The page and text readers take text, as a
 * caller gives it after choosing an encoding; the campaign decodes the bytes as UTF-8, with the
 * replacement character for what is not, so that every byte sequence reaches them. None of them
 * documents an exception for content: bad input is a finding, so any exception is a failure.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DocumentReader {
  /** {@link ReportJson}, strict. */
  JSON("json") {
    @Override
    public Outcome read(byte[] input) {
      return outcome(ReportJson.create().read(input, "input.json"));
    }

    @Override
    public Optional<byte[]> write(AnnualReport report) {
      return Optional.of(ReportJson.create().writeBytes(report, Formatting.PRETTY));
    }
  },
  /** {@link ReportXml}, strict. */
  XML("xml") {
    @Override
    public Outcome read(byte[] input) {
      return outcome(ReportXml.create().read(input, "input.xml"));
    }

    @Override
    public Optional<byte[]> write(AnnualReport report) {
      return Optional.of(ReportXml.create().writeBytes(report, Formatting.PRETTY));
    }
  },
  /** {@link PublishedReportReader#readHtml(String)}. */
  HTML("html") {
    @Override
    public Outcome read(byte[] input) {
      return outcome(READER.readHtml(new String(input, StandardCharsets.UTF_8)));
    }
  },
  /** {@link PublishedReportReader#readText(String)}. */
  TEXT("txt") {
    @Override
    public Outcome read(byte[] input) {
      return outcome(READER.readText(new String(input, StandardCharsets.UTF_8)));
    }
  };

  private static final PublishedReportReader READER = PublishedReportReader.create();

  private final String suffix;

  DocumentReader(String suffix) {
    this.suffix = suffix;
  }

  /**
   * Reads one input.
   *
   * @param input the bytes
   * @return what the reader gave
   */
  public abstract Outcome read(byte[] input);

  /**
   * Writes a report in the reader's format, for the round trip of what was read; empty for the
   * readers of published forms, which the SDK reads but does not write back.
   *
   * @param report the report
   * @return the document
   */
  public Optional<byte[]> write(AnnualReport report) {
    return Optional.empty();
  }

  /**
   * @return the usual file name suffix of the format, such as {@code json}
   */
  public String suffix() {
    return suffix;
  }

  private static Outcome outcome(ReadResult r) {
    return new Outcome(r.report(), r.findings());
  }
}
