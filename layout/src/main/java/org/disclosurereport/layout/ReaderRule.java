package org.disclosurereport.layout;

import java.util.List;
import org.disclosurereport.finding.FindingCode;
import org.disclosurereport.finding.MessageBundle;
import org.disclosurereport.finding.Severity;

/**
 * The catalogue of findings the {@link PublishedReportReader} reports, each with a stable rule id
 * ({@code DR-Lnnn}) and a severity. Ids are never reused; tools and tests match on {@link #id()},
 * never on a message.
 *
 * <p>Problems the validator also knows use its rule instead (see {@link
 * org.disclosurereport.finding.Findings}): a negative count is {@code DR-V010}, a missing organ
 * name or report year {@code DR-V001}, with the reader's source position added.
 *
 * <p>Messages are in the resource bundle {@code org.disclosurereport.layout.ReaderMessages}
 * (English) and its {@code _zh} variant (Chinese), keyed by the rule id; its placeholders are
 * named, as {@link #argumentNames()} lists them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReaderRule implements FindingCode {
  /** The input is longer than {@link LayoutLimits#maxInputChars()} allows; nothing was read. */
  INPUT_TOO_LARGE("DR-L001", Severity.ERROR, "length", "limit"),
  /** Neither a section heading nor a table of the format was found. */
  NO_REPORT_CONTENT("DR-L002", Severity.ERROR),
  /** No table label decides the edition; it was taken from the options or the report year. */
  EDITION_ASSUMED("DR-L003", Severity.WARNING, "edition", "reason"),
  /** Labels of both editions were printed; the edition with more of them was chosen. */
  EDITION_MIXED("DR-L004", Severity.WARNING, "edition", "markers", "otherEdition", "otherMarkers"),
  /** The organ's name or the report year was taken from the reader options. */
  METADATA_FROM_OPTIONS("DR-L007", Severity.INFO, "field", "value"),
  /** The title gives a report year before the national format existed (2019). */
  REPORT_YEAR_OUT_OF_SCOPE("DR-L009", Severity.ERROR, "year", "firstYear"),
  /** The publication date printed on the page is not a date. */
  PUBLICATION_DATE_UNREADABLE("DR-L008", Severity.WARNING, "text"),
  /** A section of the format was not found. */
  SECTION_NOT_FOUND("DR-L010", Severity.WARNING, "section"),
  /** A table of the report's edition was not found. */
  TABLE_NOT_FOUND("DR-L011", Severity.WARNING, "table"),
  /** A row of a table that was found is missing. */
  ROW_NOT_FOUND("DR-L012", Severity.WARNING, "row"),
  /** A row has fewer cells than its table has columns; the cells not printed are blank. */
  ROW_SHORT("DR-L013", Severity.WARNING, "row", "where", "cells", "columns"),
  /** A row has more cells than its table has columns; the extra cells were not read. */
  ROW_EXTRA_CELLS("DR-L014", Severity.WARNING, "row", "where", "cells", "columns", "extraCells"),
  /** A row was printed twice with different figures; the first was kept. */
  ROW_REPEATED("DR-L015", Severity.WARNING, "row", "where"),
  /** The input ends inside a table section: the page or text was cut off. */
  INPUT_ENDS_IN_TABLE("DR-L016", Severity.WARNING, "section", "lastRow"),
  /**
   * A row of text split at spaces has fewer figures than its columns, and they do not stand under
   * the columns of the rows above: which cells are blank cannot be told, its figures were not
   * placed.
   */
  ROW_NOT_ALIGNED("DR-L017", Severity.WARNING, "line", "label", "figures", "count", "columns"),
  /** A cell's text is not a number; the cell is blank. */
  CELL_UNREADABLE("DR-L020", Severity.ERROR, "cell", "where", "text"),
  /** An amount is negative; the cell is blank. (A negative count is the validator's DR-V010.) */
  CELL_NEGATIVE("DR-L021", Severity.ERROR, "cell", "where", "text"),
  /** A cell that holds a whole number has decimals; the cell is blank. */
  CELL_NOT_WHOLE("DR-L022", Severity.ERROR, "cell", "where", "text"),
  /** A cell's number is beyond the range the model accepts; the cell is blank. */
  CELL_OUT_OF_RANGE("DR-L023", Severity.ERROR, "cell", "where", "text"),
  /** An amount is stated in another unit than its column declares; the stated unit is kept. */
  UNIT_DIFFERS("DR-L024", Severity.INFO, "cell", "where", "statedUnit", "columnUnit"),
  /** A row the format does not have was kept as a supplementary row. */
  SUPPLEMENTARY_ROW("DR-L030", Severity.INFO, "label", "table", "where"),
  /** A label was printed in a known misprinted or older form. */
  LABEL_VARIANT("DR-L031", Severity.INFO, "label", "officialLabel", "where"),
  /** Numbers outside any row of a table were not read. */
  STRAY_VALUES("DR-L032", Severity.WARNING, "where", "texts"),
  /** Text the format has no place for (before section 一, or between tables) was not kept. */
  TEXT_NOT_KEPT("DR-L033", Severity.INFO, "where", "lines", "firstLine"),
  /**
   * The input has more cells, rows, tables or spanned grid positions than {@link
   * LayoutLimits#maxCells()} or {@link LayoutLimits#maxTables()} allow (a report has a few hundred
   * cells); nothing was read, so that memory and time stay bounded.
   */
  INPUT_TOO_COMPLEX("DR-L034", Severity.ERROR, "counted", "limit", "option"),
  /** A document (PDF or Word) is damaged, encrypted or not of its kind; nothing was read. */
  DOCUMENT_UNREADABLE("DR-L040", Severity.ERROR, "document", "reason"),
  /** A PDF has no text layer (a scan); nothing was read rather than a guess. */
  DOCUMENT_WITHOUT_TEXT("DR-L041", Severity.ERROR, "pages"),
  /** A document is over a limit (pages, objects, decompressed size); nothing was read. */
  DOCUMENT_OVER_LIMIT("DR-L042", Severity.ERROR, "measure", "amount", "limit"),
  /** The title gives no report year; the year the text states was taken. */
  YEAR_FROM_TEXT("DR-L043", Severity.INFO, "year", "words"),
  /**
   * Neither the title nor the text gives the report year; the year the file's name states was
   * taken.
   */
  YEAR_FROM_FILE_NAME("DR-L044", Severity.INFO, "year", "fileName");

  /** The bundle of the readers' messages. */
  public static final MessageBundle BUNDLE = MessageBundle.of(ReaderRule.class, "ReaderMessages");

  private final String id;
  private final Severity severity;
  private final List<String> argumentNames;

  ReaderRule(String id, Severity severity, String... argumentNames) {
    this.id = id;
    this.severity = severity;
    this.argumentNames = List.of(argumentNames);
  }

  /**
   * Returns the names of the arguments of this rule's message, in the order the reader gives them:
   * the message's {@code {name}} placeholders, and the keys of a finding's {@link
   * org.disclosurereport.finding.Finding#messageArguments()}.
   *
   * @return the names, possibly empty
   */
  public List<String> argumentNames() {
    return argumentNames;
  }

  /**
   * Returns the stable rule id, for example {@code DR-L020}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the severity of the findings of this rule.
   *
   * @return the severity
   */
  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public MessageBundle messageBundle() {
    return BUNDLE;
  }
}
