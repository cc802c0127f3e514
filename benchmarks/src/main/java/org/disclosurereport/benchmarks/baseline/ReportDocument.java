package org.disclosurereport.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON form of a report as a user would model it with plain Jackson: public mutable
 * fields, no checks, no limits beyond Jackson's defaults.
 *
 * <p>The tables are nested maps (table, row, column) because their keys are data, described by the
 * edition, not by this class; a cell is an {@code Integer}/{@code Long} for a count or a map
 * ({@code value}, {@code unit}) for an amount, exactly as Jackson binds untyped JSON. This is the
 * baseline of the read and write benchmarks: what the SDK's typed model and checks cost on top of
 * it.
 *
 * <p>Written as XML by Jackson's {@code XmlMapper}, it has the canonical root element and the same
 * elements, except that list items are named after their list (Jackson's default) rather than
 * {@code block} or {@code row}.
 *
 * <p>Instances are mutable and not thread-safe, as a user's POJO would be.
 */
@JacksonXmlRootElement(localName = "annualReport")
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ReportDocument {
  /** The schema version. */
  public int schemaVersion;

  /** The edition id, {@code "2019"} or {@code "2021"}. */
  public String edition;

  /** Who reports, for which year. */
  public Metadata metadata;

  /** Section 一. */
  public List<Block> general = new ArrayList<>();

  /** Sections 二 to 四: table, row, column, value. */
  public Map<String, Map<String, Map<String, Object>>> tables = new LinkedHashMap<>();

  /** Section 五. */
  public List<Block> problems = new ArrayList<>();

  /** Section 六. */
  public OtherMatters otherMatters;

  /** Rows the edition does not have. */
  public List<SupplementaryRow> supplementaryRows = new ArrayList<>();

  /** Creates an empty document, for Jackson. */
  public ReportDocument() {}

  /** The metadata object. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class Metadata {
    /** The organ's name. */
    public String organName;

    /** The year reported on. */
    public int reportYear;

    /** The title. */
    public String title;

    /** The organ's level. */
    public String organLevel;

    /** The organ's kind. */
    public String organKind;

    /** The unified social credit code. */
    public String creditCode;

    /** The administrative division code. */
    public String divisionCode;

    /** The index number. */
    public String indexNumber;

    /** The publication date, ISO. */
    public String publicationDate;

    /** Creates empty metadata, for Jackson. */
    public Metadata() {}
  }

  /** A block of narrative text. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class Block {
    /** The heading, or null. */
    public String heading;

    /** The text. */
    public String body;

    /** Creates an empty block, for Jackson. */
    public Block() {}
  }

  /** Section 六. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class OtherMatters {
    /** The narrative. */
    public List<Block> narrative = new ArrayList<>();

    /** The information processing fees, or null. */
    public Map<String, Object> fees;

    /** Creates an empty section, for Jackson. */
    public OtherMatters() {}
  }

  /** A row the edition does not have. */
  public static final class SupplementaryRow {
    /** The table key. */
    public String table;

    /** The label as printed. */
    public String label;

    /** The values by column, as printed. */
    public Map<String, String> values = new LinkedHashMap<>();

    /** Creates an empty row, for Jackson. */
    public SupplementaryRow() {}
  }
}
