package org.disclosurereport.serialization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A neutral document tree, which the writer builds for either format, and in which an extension's
 * JSON is kept while a document is read.
 *
 * <p>Scalars keep their source text, so a number is never turned into a double and an extension is
 * written back with the digits it was read with. Objects keep their members in order and may repeat
 * a name (XML repeats elements). Nodes read from a document carry the line and column where they
 * start (0 when unknown).
 */
public sealed interface Tree permits Tree.Obj, Tree.Arr, Tree.Scalar {

  /**
   * @return the 1-based line where the node starts, 0 when not read from a document
   */
  int line();

  /**
   * @return the 1-based column where the node starts, 0 when not read from a document
   */
  int column();

  /** What kind of scalar a token was. XML text is always {@link ScalarKind#STRING}. */
  enum ScalarKind {
    STRING,
    INTEGER,
    DECIMAL,
    TRUE,
    FALSE,
    NULL
  }

  /** A member of an object: a name and a value, with the place of the name. */
  record Member(String name, Tree value, int line, int column) {}

  /** An object (JSON) or an element with child elements (XML). */
  record Obj(List<Member> members, int line, int column) implements Tree {
    /**
     * @return a new empty object with no location, for writers
     */
    public static Obj create() {
      return new Obj(new ArrayList<>(), 0, 0);
    }

    /**
     * Appends a member (writers only; the list is mutable while a tree is built).
     *
     * @param name the name
     * @param value the value
     * @return this object
     */
    public Obj put(String name, Tree value) {
      members.add(new Member(name, value, 0, 0));
      return this;
    }

    /**
     * Finds the first member of a name.
     *
     * @param name the name
     * @return the member
     */
    public Optional<Member> member(String name) {
      return members.stream().filter(m -> m.name().equals(name)).findFirst();
    }
  }

  /** An array (JSON only: XML repeats elements instead). */
  record Arr(List<Tree> items, int line, int column) implements Tree {
    /**
     * @return a new empty array with no location, for writers
     */
    public static Arr create() {
      return new Arr(new ArrayList<>(), 0, 0);
    }
  }

  /**
   * A scalar with its source text ({@code null} for NULL, {@code true}, the digits of a number).
   */
  record Scalar(ScalarKind kind, String text, int line, int column) implements Tree {
    /**
     * @return a string scalar with no location
     */
    public static Scalar string(String text) {
      return new Scalar(ScalarKind.STRING, text, 0, 0);
    }

    /**
     * @return an integer scalar with no location
     */
    public static Scalar integer(long value) {
      return new Scalar(ScalarKind.INTEGER, Long.toString(value), 0, 0);
    }
  }
}
