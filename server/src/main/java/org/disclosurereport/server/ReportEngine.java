package org.disclosurereport.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.BlankPolicy;

/**
 * What the service does with documents, supplied by whoever starts it: the command-line tool's
 * readers, checks and output, so that {@code POST /api/v1/validate} answers byte for byte what
 * {@code disclosure validate --output json} prints for the same file, and the rule catalogue is the
 * one {@code disclosure rules} lists.
 *
 * <p>The server keeps nothing an engine returns beyond the request that asked for it.
 * Implementations are thread-safe: the server calls them from many requests at once.
 */
public interface ReportEngine {

  /**
   * Reads a document, recognising its format by content, and checks the report in it.
   *
   * @param upload the document and how to check it
   * @return the outcome, never null; an unreadable document is an outcome with findings, not an
   *     exception
   * @throws IllegalArgumentException if the previous year's report is given but cannot be read
   */
  Examination examine(Upload upload);

  /**
   * Writes a report in one of the formats {@link #writableFormats()} names.
   *
   * @param report the report
   * @param format the format's id, as {@code convert --to} takes it ({@code json}, {@code xml},
   *     {@code html})
   * @param out where to write; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the format is not one of {@link #writableFormats()}
   */
  void write(AnnualReport report, String format, OutputStream out) throws IOException;

  /**
   * Returns the ids of the formats {@link #write} writes.
   *
   * @return the ids, in the order the tool lists them
   */
  List<String> writableFormats();

  /**
   * Returns the rule catalogue as the JSON array {@code disclosure rules --output json} prints.
   *
   * @param locale the language of the titles
   * @return the JSON text
   */
  String rulesJson(Locale locale);

  /**
   * A document to check.
   *
   * @param name the document's name as the user gave it (its extension breaks ties between
   *     formats); {@code upload} when none was given
   * @param document the document's bytes
   * @param previous the same organ's report for the year before, as a document, for the cross-year
   *     rules
   * @param blankPolicy what blank cells mean
   * @param edition the edition to read a published page, text or document as, overriding the
   *     detection from its table labels; empty to detect it. JSON and XML state their own edition,
   *     which a reader never overrides: an engine says in a finding when the two differ
   * @param locale the language of the messages
   */
  record Upload(
      String name,
      byte[] document,
      Optional<byte[]> previous,
      BlankPolicy blankPolicy,
      Optional<Edition> edition,
      Locale locale) {
    /** Creates the value. */
    public Upload {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(blankPolicy, "blankPolicy");
      Objects.requireNonNull(edition, "edition");
      Objects.requireNonNull(locale, "locale");
    }

    /**
     * Creates the value with the edition detected.
     *
     * @param name the document's name
     * @param document the document's bytes
     * @param previous last year's report, as a document
     * @param blankPolicy what blank cells mean
     * @param locale the language of the messages
     */
    public Upload(
        String name,
        byte[] document,
        Optional<byte[]> previous,
        BlankPolicy blankPolicy,
        Locale locale) {
      this(name, document, previous, blankPolicy, Optional.empty(), locale);
    }
  }

  /**
   * What was made of a document.
   *
   * @param report the report read, empty when none could be read
   * @param format the id of the format it was read as, empty when none could be decided
   * @param findings every finding, of the reader and of the rules
   * @param json the findings as {@code disclosure validate --output json} prints them for this one
   *     document
   */
  record Examination(
      Optional<AnnualReport> report, Optional<String> format, List<Finding> findings, String json) {
    /** Creates the value; the list is copied. */
    public Examination {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(format, "format");
      findings = List.copyOf(findings);
      Objects.requireNonNull(json, "json");
    }

    /**
     * Whether a report was read and no finding is an error.
     *
     * @return true for a valid report
     */
    public boolean valid() {
      return report.isPresent() && findings.stream().noneMatch(Finding::isError);
    }
  }
}
