package org.disclosurereport.serialization.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;

/**
 * Writes reports deterministically: {@code \n} line ends whatever the platform, two-space
 * indentation, {@code "name": value} in JSON, and a final line end in pretty output.
 */
public final class Writing {
  private Writing() {}

  /**
   * Returns the pretty printer of the canonical JSON form.
   *
   * @return a new pretty printer
   */
  public static PrettyPrinter jsonPrettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
    pp.indentObjectsWith(indenter);
    pp.indentArraysWith(indenter);
    return pp;
  }

  /**
   * Writes a report as JSON.
   *
   * @param report the report
   * @param formatting the layout
   * @param out the output, not closed
   * @param factory a JSON factory
   * @throws IOException if the output fails
   */
  public static void json(
      AnnualReport report, Formatting formatting, OutputStream out, JsonFactory factory)
      throws IOException {
    Tree tree = ReportTreeBuilder.build(report, DocumentFormat.JSON);
    try (JsonGenerator gen = factory.createGenerator(out, JsonEncoding.UTF8)) {
      if (formatting == Formatting.PRETTY) {
        gen.setPrettyPrinter(jsonPrettyPrinter());
      }
      TreeWriter.write(tree, gen);
    }
    if (formatting == Formatting.PRETTY) {
      out.write('\n');
    }
  }
}
