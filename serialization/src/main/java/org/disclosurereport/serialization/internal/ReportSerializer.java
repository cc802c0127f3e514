package org.disclosurereport.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.model.AnnualReport;

/** Writes a report in the canonical form through any Jackson generator (JSON or XML). */
public final class ReportSerializer extends StdSerializer<AnnualReport> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public ReportSerializer() {
    super(AnnualReport.class);
  }

  @Override
  public void serialize(AnnualReport report, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    DocumentFormat format = XmlSupport.isXml(gen) ? DocumentFormat.XML : DocumentFormat.JSON;
    TreeWriter.write(ReportTreeBuilder.build(report, format), gen);
  }
}
