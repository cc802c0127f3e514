package org.disclosurereport.serialization;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;

/**
 * Thrown by the {@link DisclosureModule} deserializer when a document cannot be read as a report
 * without errors. It is a Jackson {@link MismatchedInputException}, so that an {@code ObjectMapper}
 * caller handles it like any bad input, and it carries every finding.
 *
 * <p>The facades ({@link ReportJson}, {@link ReportXml}) do not throw it: they return the findings
 * in a {@link ReadResult}, warnings included.
 */
public final class ReportMappingException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;

  /**
   * Creates an exception.
   *
   * @param parser the parser that was reading
   * @param findings the findings, at least one of them an error
   */
  public ReportMappingException(JsonParser parser, List<Finding> findings) {
    super(parser, summary(findings), AnnualReport.class);
    this.findings = List.copyOf(findings);
  }

  private static String summary(List<Finding> findings) {
    return "Invalid annual report: "
        + findings.stream()
            .filter(Finding::isError)
            .limit(5)
            .map(f -> f.ruleId() + " " + f.messageEn())
            .collect(Collectors.joining("; "))
        + (findings.stream().filter(Finding::isError).count() > 5 ? "; ..." : "");
  }

  /**
   * Returns every finding of the document, in document order.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }
}
