package org.disclosurereport.serialization.internal;

import java.util.ArrayList;
import java.util.List;
import org.disclosurereport.finding.JsonPointer;

/** JSON Pointer (RFC 6901) helpers. */
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

  /**
   * Unescapes one reference token.
   *
   * @param token an escaped token
   * @return the member name
   */
  public static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /**
   * Splits a pointer into unescaped tokens.
   *
   * @param pointer a pointer starting with {@code /}
   * @return the tokens
   * @throws IllegalArgumentException if the pointer is empty or does not start with {@code /}
   */
  public static List<String> tokens(String pointer) {
    if (pointer.isEmpty() || pointer.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "Invalid JSON Pointer (must start with \"/\" and name a member): \"" + pointer + "\"");
    }
    List<String> tokens = new ArrayList<>();
    for (String part : pointer.substring(1).split("/", -1)) {
      tokens.add(unescape(part));
    }
    return tokens;
  }
}
