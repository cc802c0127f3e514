package org.disclosurereport.serialization;

/**
 * The two wire formats of a report, each with the prefix of its readers' rule ids.
 *
 * <p>Both formats carry the same content; problems that both readers can meet share a number
 * ({@code DR-J021} and {@code DR-X021} are both "wrong type"), so that tools can treat them
 * alike while a message still says which format was read.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DocumentFormat {
  /** The canonical JSON form (RFC 8259, UTF-8). */
  JSON("DR-J"),
  /** The canonical XML form (XML 1.0, no DTD). */
  XML("DR-X");

  private final String rulePrefix;

  DocumentFormat(String rulePrefix) {
    this.rulePrefix = rulePrefix;
  }

  /**
   * Returns the prefix of the rule ids of this format's reader.
   *
   * @return {@code DR-J} or {@code DR-X}
   */
  public String rulePrefix() {
    return rulePrefix;
  }
}
