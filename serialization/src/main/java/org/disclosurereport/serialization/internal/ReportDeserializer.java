package org.disclosurereport.serialization.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.ReportMappingException;

/**
 * Reads a report in the canonical form from any Jackson parser (JSON or XML), with the same reader
 * as the facades. Errors become one {@link ReportMappingException} listing every finding.
 */
public final class ReportDeserializer extends StdDeserializer<AnnualReport> {
  private static final long serialVersionUID = 1L;

  private final transient ReadSettings options;

  /**
   * Creates the deserializer.
   *
   * @param options the reading options
   */
  public ReportDeserializer(ReadSettings options) {
    super(AnnualReport.class);
    this.options = options;
  }

  @Override
  public AnnualReport deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    DocumentFormat format = XmlSupport.isXml(parser) ? DocumentFormat.XML : DocumentFormat.JSON;
    CanonicalReader.Read mapped;
    try {
      mapped = CanonicalReader.read(parser, format, options, null);
    } catch (DocumentProblem p) {
      throw new ReportMappingException(
          parser, java.util.List.of(Findings.of(format, p, options.limits())));
    }
    if (mapped.report() == null || mapped.findings().stream().anyMatch(f -> f.isError())) {
      throw new ReportMappingException(parser, mapped.findings());
    }
    return mapped.report();
  }
}
