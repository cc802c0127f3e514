package org.disclosurereport.finding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.disclosurereport.edition.CellAddress;

/**
 * A JSON Pointer (RFC 6901): the one way the SDK names a place in the canonical JSON form of a
 * report, whatever format the report was read from. Findings of the validator, of the JSON and XML
 * readers and of the page readers all locate a cell or a member with it.
 *
 * <p>A pointer is a list of reference tokens; {@link #toString()} gives its text, in which every
 * {@code ~} of a token is written {@code ~0} and every {@code /} is written {@code ~1}. Build one
 * token by token ({@link #root()}, {@link #of(String...)}, {@link #child(String)}) so that the
 * escaping is never done by hand, or {@link #parse(String)} a text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonPointer implements Comparable<JsonPointer> {
  private static final JsonPointer ROOT = new JsonPointer(List.of(), "");

  private final List<String> tokens;
  private final String text;

  private JsonPointer(List<String> tokens, String text) {
    this.tokens = tokens;
    this.text = text;
  }

  /**
   * Returns the pointer to the whole document (the empty text).
   *
   * @return the root pointer
   */
  public static JsonPointer root() {
    return ROOT;
  }

  /**
   * Returns the pointer made of the given tokens, each an unescaped member name or array index.
   *
   * @param tokens the reference tokens, none null
   * @return the pointer
   * @throws NullPointerException if a token is null
   */
  public static JsonPointer of(String... tokens) {
    JsonPointer p = ROOT;
    for (String t : tokens) {
      p = p.child(t);
    }
    return p;
  }

  /**
   * Returns the pointer of a cell in the canonical JSON form: {@code
   * /tables/<table>/<row>/<column>}.
   *
   * @param cell the cell
   * @return the pointer
   */
  public static JsonPointer ofCell(CellAddress cell) {
    return of("tables", cell.table(), cell.row(), cell.column());
  }

  /**
   * Parses the text of a pointer.
   *
   * @param text the empty text (the whole document) or a text starting with {@code /}
   * @return the pointer
   * @throws IllegalArgumentException if the text is not a JSON Pointer: it does not start with
   *     {@code /}, or a {@code ~} is not followed by {@code 0} or {@code 1}
   */
  public static JsonPointer parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "Invalid JSON Pointer \"" + text + "\": it must be empty or start with \"/\"");
    }
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '/') {
        tokens.add(token.toString());
        token.setLength(0);
      } else if (c == '~') {
        char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        if (next == '0') {
          token.append('~');
        } else if (next == '1') {
          token.append('/');
        } else {
          throw new IllegalArgumentException(
              "Invalid JSON Pointer \""
                  + text
                  + "\": \"~\" at index "
                  + i
                  + " must be followed by 0 or 1");
        }
        i++;
      } else {
        token.append(c);
      }
    }
    tokens.add(token.toString());
    return new JsonPointer(Collections.unmodifiableList(tokens), text);
  }

  /**
   * Returns the pointer to a member of the value this pointer names.
   *
   * @param token the member name, unescaped
   * @return the longer pointer
   */
  public JsonPointer child(String token) {
    Objects.requireNonNull(token, "token");
    List<String> t = new ArrayList<>(tokens.size() + 1);
    t.addAll(tokens);
    t.add(token);
    return new JsonPointer(Collections.unmodifiableList(t), text + "/" + escape(token));
  }

  /**
   * Returns the pointer to an element of the array this pointer names.
   *
   * @param index the index, zero or more
   * @return the longer pointer
   * @throws IllegalArgumentException if the index is negative
   */
  public JsonPointer child(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("Invalid array index " + index + " (valid: 0 or more)");
    }
    return child(Integer.toString(index));
  }

  /**
   * Returns the reference tokens, unescaped.
   *
   * @return the tokens, empty for the root
   */
  public List<String> tokens() {
    return tokens;
  }

  /**
   * Returns the number of reference tokens.
   *
   * @return zero for the root
   */
  public int depth() {
    return tokens.size();
  }

  /**
   * Returns one reference token.
   *
   * @param index the index of the token, 0 to {@code depth() - 1}
   * @return the token, unescaped
   * @throws IndexOutOfBoundsException if there is no such token
   */
  public String token(int index) {
    return tokens.get(index);
  }

  /**
   * Whether this is the pointer to the whole document.
   *
   * @return true for the root
   */
  public boolean isRoot() {
    return tokens.isEmpty();
  }

  /**
   * Whether this pointer names the value of another or a value inside it.
   *
   * @param prefix the other pointer
   * @return true when the other's tokens start this one's
   */
  public boolean startsWith(JsonPointer prefix) {
    return tokens.size() >= prefix.tokens.size()
        && tokens.subList(0, prefix.tokens.size()).equals(prefix.tokens);
  }

  /**
   * Escapes a member name as a reference token: {@code ~} becomes {@code ~0}, {@code /} becomes
   * {@code ~1}.
   *
   * @param token the member name
   * @return the escaped token
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Returns the text of the pointer, with every token escaped.
   *
   * @return the empty text for the root, else a text starting with {@code /}
   */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonPointer p && p.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Orders pointers by their text. */
  @Override
  public int compareTo(JsonPointer other) {
    return text.compareTo(other.text);
  }
}
