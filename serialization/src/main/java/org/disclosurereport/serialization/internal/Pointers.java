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
   * Appends the name of a member of the canonical form to a pointer. Such a name is letters and
   * digits (the form checks it), so it needs no escaping: on a clean read, where the pointer is
   * used only if a finding is made, the compiler can then leave the text unmade.
   *
   * @param pointer the parent pointer ("" for the root)
   * @param formName the name of a {@link CanonicalForm.Member}
   * @return the child pointer
   */
  public static String member(String pointer, String formName) {
    return pointer + "/" + formName;
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
