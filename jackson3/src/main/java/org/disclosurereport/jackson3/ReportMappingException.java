package org.disclosurereport.jackson3;

import java.util.List;
import java.util.stream.Collectors;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Thrown by the Jackson 3 {@link DisclosureModule} when a document cannot be read as a report
 * without errors. It is a Jackson {@link MismatchedInputException}, so that a mapper's caller
 * handles it like any bad input, and it carries every finding; its message names at most five of
 * them, never the document.
 */
public final class ReportMappingException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 5;

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
    List<Finding> errors = findings.stream().filter(Finding::isError).toList();
    return "Invalid annual report: "
        + errors.stream()
            .limit(SHOWN)
            .map(f -> f.ruleId() + " " + f.messageEn())
            .collect(Collectors.joining("; "))
        + (errors.size() > SHOWN ? "; ..." : "");
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
