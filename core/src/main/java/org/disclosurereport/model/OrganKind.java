package org.disclosurereport.model;

/**
 * What kind of organ reports: a people's government, one of its departments, or another organ.
 * Article 50(4) of the regulations asks people's governments to report more than departments.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OrganKind {
  /** A people's government at any level (人民政府), including township governments. */
  PEOPLES_GOVERNMENT,
  /** A department of a people's government (政府工作部门). */
  GOVERNMENT_DEPARTMENT,
  /** Any other organ that compiles a report (a development zone's committee, say). */
  OTHER
}
