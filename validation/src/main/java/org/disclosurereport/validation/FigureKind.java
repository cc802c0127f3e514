package org.disclosurereport.validation;

/**
 * What a figure stated in a report's narrative counts. Each kind but {@link #PROACTIVE_ITEMS} has
 * table cells it should agree with (see {@link NarrativeFigures}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FigureKind {
  /** Items of government information published proactively ("主动公开政府信息3208条"). */
  PROACTIVE_ITEMS,
  /** Applications received ("收到政府信息公开申请120件"). */
  APPLICATIONS_RECEIVED,
  /** Applications completed ("办结117件"): the results total. */
  APPLICATIONS_COMPLETED,
  /** Applications carried forward to next year ("结转下年度3件"). */
  CARRIED_FORWARD,
  /** Administrative reviews ("行政复议2件"). */
  REVIEWS,
  /** Administrative suits ("行政诉讼1件"). */
  SUITS
}
