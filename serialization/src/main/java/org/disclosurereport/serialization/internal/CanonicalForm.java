package org.disclosurereport.serialization.internal;

import java.util.Map;
import org.disclosurereport.edition.SectionId;

/**
 * The member names of the canonical form that are not keys of the edition description, written
 * once here for the tree builder, the mapper and the schema generator.
 */
public final class CanonicalForm {
  private CanonicalForm() {}

  /** The version of the canonical form this code writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The root element of the XML form. */
  public static final String XML_ROOT = "annualReport";

  public static final String SCHEMA_VERSION_FIELD = "schemaVersion";
  public static final String EDITION = "edition";
  public static final String METADATA = "metadata";
  public static final String TABLES = "tables";
  public static final String OTHER_MATTERS = SectionId.OTHER_MATTERS.key();
  public static final String NARRATIVE = "narrative";
  public static final String FEES = "fees";
  public static final String SUPPLEMENTARY_ROWS = "supplementaryRows";
  /** XML only: the extensions, since XML cannot hold arbitrary JSON in place. */
  public static final String EXTENSIONS = "extensions";

  public static final String ORGAN_NAME = "organName";
  public static final String REPORT_YEAR = "reportYear";
  public static final String TITLE = "title";
  public static final String ORGAN_LEVEL = "organLevel";
  public static final String ORGAN_KIND = "organKind";
  public static final String CREDIT_CODE = "creditCode";
  public static final String DIVISION_CODE = "divisionCode";
  public static final String INDEX_NUMBER = "indexNumber";
  public static final String PUBLICATION_DATE = "publicationDate";

  public static final String HEADING = "heading";
  public static final String BODY = "body";

  public static final String NOTICES_ISSUED = "noticesIssued";
  public static final String AMOUNT_NOTIFIED = "amountNotified";
  public static final String AMOUNT_COLLECTED = "amountCollected";

  public static final String VALUE = "value";
  public static final String UNIT = "unit";

  public static final String TABLE = "table";
  public static final String LABEL = "label";
  public static final String VALUES = "values";
  /** XML only: the key and value of an entry of a string map. */
  public static final String KEY = "key";

  /** XML only: the pointer and JSON text of an extension. */
  public static final String POINTER = "pointer";
  public static final String JSON = "json";

  public static final String BLOCK = "block";
  public static final String ROW = "row";
  public static final String ENTRY = "entry";
  public static final String EXTENSION = "extension";

  /** XML only: the element name of the items of each repeated list, by the list's name. */
  public static final Map<String, String> XML_ITEM_NAMES =
      Map.of(
          SectionId.GENERAL.key(), BLOCK,
          SectionId.PROBLEMS.key(), BLOCK,
          NARRATIVE, BLOCK,
          SUPPLEMENTARY_ROWS, ROW,
          VALUES, ENTRY,
          EXTENSIONS, EXTENSION);

  /** The members of the metadata object, in printed order. */
  public static final String[] METADATA_FIELDS = {
    ORGAN_NAME,
    REPORT_YEAR,
    TITLE,
    ORGAN_LEVEL,
    ORGAN_KIND,
    CREDIT_CODE,
    DIVISION_CODE,
    INDEX_NUMBER,
    PUBLICATION_DATE
  };
}
