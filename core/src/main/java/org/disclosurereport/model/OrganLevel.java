package org.disclosurereport.model;

/**
 * The administrative level of the reporting organ.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OrganLevel {
  /** The State Council and its departments (国务院部门). */
  NATIONAL,
  /** Provinces, autonomous regions and municipalities directly under the central government. */
  PROVINCIAL,
  /** Cities with districts, prefectures, autonomous prefectures. */
  MUNICIPAL,
  /** Counties, county-level cities, districts. */
  COUNTY,
  /** Townships, towns and sub-districts (乡镇、街道). */
  TOWNSHIP
}
