package org.disclosurereport.serialization.internal;

import org.disclosurereport.finding.JsonPointer;

/**
 * Pointers as text, for the one-pass reader: it names every member it reads, and a finding's {@link
 * JsonPointer} is parsed from that text only when a finding is made.
 */
public final class Pointers {
  private Pointers() {}

  /**
   * Appends a reference token to a pointer.
   *
   * @param pointer the parent pointer ("" for the root)
   * @param token the member name or array index
   * @return the child pointer
   */
  public static String child(String pointer, String token) {
    return pointer + "/" + JsonPointer.escape(token);
  }

  /**
   * Appends an array index to a pointer.
   *
   * @param pointer the parent pointer
   * @param index the index
   * @return the child pointer
   */
  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
