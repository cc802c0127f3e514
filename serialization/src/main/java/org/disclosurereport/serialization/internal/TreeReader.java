package org.disclosurereport.serialization.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosurereport.serialization.Limits;
import org.disclosurereport.serialization.ReadCode;

/**
 * Reads one JSON value into a {@link Tree}, checking the limits on depth, token count, name and
 * string length as it goes: the JSON text of an extension kept in an XML document, which is parsed
 * on its own.
 *
 * <p>The parser factories enforce the same limits; checking here too makes the limits hold for any
 * parser, including one from a caller's own factory. Recursion is bounded by the nesting limit. Not
 * thread-safe; one instance per document.
 */
public final class TreeReader {
  private final JsonParser parser;
  private final Limits limits;
  private int tokens;

  private TreeReader(JsonParser parser, Limits limits) {
    this.parser = parser;
    this.limits = limits;
  }

  /**
   * Reads a JSON value at the parser's current token, refusing a name repeated in an object with
   * {@link ReadCode#DUPLICATE_KEY}, located at the repeated name. The parser's own duplicate check,
   * which says what it found only in its message, should be off.
   *
   * @param parser a JSON parser, positioned on the first token of the value
   * @param limits the limits
   * @return the tree
   * @throws IOException from the parser, including Jackson's own limit and syntax exceptions
   * @throws DocumentProblem when a name is repeated, a limit is exceeded or the input ends early
   */
  public static Tree readJson(JsonParser parser, Limits limits)
      throws IOException, DocumentProblem {
    return new TreeReader(parser, limits).value(1);
  }

  private Tree value(int depth) throws IOException, DocumentProblem {
    JsonToken token = parser.currentToken();
    JsonLocation location = parser.currentTokenLocation();
    int line = location.getLineNr();
    int column = location.getColumnNr();
    if (token == null) {
      throw problem(ReadCode.TRUNCATED, line, column);
    }
    count(line, column);
    switch (token) {
      case START_OBJECT:
        return object(depth, line, column);
      case START_ARRAY:
        return array(depth, line, column);
      case VALUE_STRING:
        return new Tree.Scalar(Tree.ScalarKind.STRING, string(line, column), line, column);
      case VALUE_NUMBER_INT:
        return new Tree.Scalar(Tree.ScalarKind.INTEGER, number(line, column), line, column);
      case VALUE_NUMBER_FLOAT:
        return new Tree.Scalar(Tree.ScalarKind.DECIMAL, number(line, column), line, column);
      case VALUE_TRUE:
        return new Tree.Scalar(Tree.ScalarKind.TRUE, "true", line, column);
      case VALUE_FALSE:
        return new Tree.Scalar(Tree.ScalarKind.FALSE, "false", line, column);
      case VALUE_NULL:
        return new Tree.Scalar(Tree.ScalarKind.NULL, "null", line, column);
      default:
        throw problem(ReadCode.SYNTAX, line, column, token.asString());
    }
  }

  private Tree.Obj object(int depth, int line, int column) throws IOException, DocumentProblem {
    checkDepth(depth, line, column);
    List<Tree.Member> members = new ArrayList<>();
    Set<String> names = null;
    while (true) {
      JsonToken t = parser.nextToken();
      JsonLocation at = parser.currentTokenLocation();
      if (t == JsonToken.END_OBJECT) {
        return new Tree.Obj(members, line, column);
      }
      if (t == null) {
        throw problem(ReadCode.TRUNCATED, at.getLineNr(), at.getColumnNr());
      }
      if (t != JsonToken.FIELD_NAME) {
        throw problem(ReadCode.SYNTAX, at.getLineNr(), at.getColumnNr(), t.asString());
      }
      String name = parser.currentName();
      if (name.length() > limits.maxNameLength()) {
        throw problem(
            ReadCode.LIMIT_NAME_LENGTH,
            at.getLineNr(),
            at.getColumnNr(),
            name.length(),
            limits.maxNameLength());
      }
      if (names == null && members.size() >= SMALL) {
        names = new HashSet<>();
        for (Tree.Member m : members) {
          names.add(m.name());
        }
      }
      if (names == null ? isRepeated(members, name) : !names.add(name)) {
        throw problem(ReadCode.DUPLICATE_KEY, at.getLineNr(), at.getColumnNr(), name);
      }
      count(at.getLineNr(), at.getColumnNr());
      parser.nextToken();
      members.add(new Tree.Member(name, value(depth + 1), at.getLineNr(), at.getColumnNr()));
    }
  }

  /** Objects up to this size are searched for a repeated name, larger ones hashed. */
  private static final int SMALL = 16;

  /** Whether an object's members so far have a name. */
  private static boolean isRepeated(List<Tree.Member> members, String name) {
    for (int i = 0, n = members.size(); i < n; i++) {
      if (members.get(i).name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private Tree.Arr array(int depth, int line, int column) throws IOException, DocumentProblem {
    checkDepth(depth, line, column);
    List<Tree> items = new ArrayList<>();
    while (true) {
      JsonToken t = parser.nextToken();
      if (t == JsonToken.END_ARRAY) {
        return new Tree.Arr(items, line, column);
      }
      items.add(value(depth + 1));
    }
  }

  private String string(int line, int column) throws IOException, DocumentProblem {
    String text = parser.getText();
    if (text.length() > limits.maxStringLength()) {
      throw problem(
          ReadCode.LIMIT_STRING_LENGTH, line, column, text.length(), limits.maxStringLength());
    }
    return text;
  }

  private String number(int line, int column) throws IOException, DocumentProblem {
    String text = parser.getText();
    if (text.length() > limits.maxNumberLength()) {
      throw problem(
          ReadCode.LIMIT_NUMBER_LENGTH, line, column, text.length(), limits.maxNumberLength());
    }
    return text;
  }

  private void checkDepth(int depth, int line, int column) throws DocumentProblem {
    if (depth > limits.maxNestingDepth()) {
      throw problem(ReadCode.LIMIT_NESTING_DEPTH, line, column, depth, limits.maxNestingDepth());
    }
  }

  private void count(int line, int column) throws DocumentProblem {
    if (++tokens > limits.maxTokenCount()) {
      throw problem(ReadCode.LIMIT_TOKEN_COUNT, line, column, tokens, limits.maxTokenCount());
    }
  }

  private DocumentProblem problem(ReadCode code, int line, int column, Object... arguments) {
    return new DocumentProblem(code, pointer(), line, column, arguments);
  }

  private String pointer() {
    try {
      return parser.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
