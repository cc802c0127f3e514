package org.disclosurereport.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.serialization.Limits;
import org.disclosurereport.serialization.ReadCode;

/**
 * Converts between a tree and the raw JSON text an extension is kept as. The text is compact and
 * keeps every number's digits as read; converting a text to a tree and back gives the same text.
 */
public final class ExtensionJson {
  private ExtensionJson() {}

  /**
   * Returns the compact JSON text of a tree. An XML element that repeats a child name becomes an
   * array of that name's values.
   *
   * @param tree the tree
   * @return the JSON text
   */
  public static String toText(Tree tree) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = JsonEngine.defaultFactory().createGenerator(out)) {
      write(tree, gen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(Tree tree, JsonGenerator gen) throws IOException {
    if (tree instanceof Tree.Obj obj) {
      Map<String, List<Tree>> grouped = new LinkedHashMap<>();
      for (Tree.Member m : obj.members()) {
        grouped.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m.value());
      }
      gen.writeStartObject();
      for (Map.Entry<String, List<Tree>> e : grouped.entrySet()) {
        gen.writeFieldName(e.getKey());
        if (e.getValue().size() == 1) {
          write(e.getValue().get(0), gen);
        } else {
          gen.writeStartArray();
          for (Tree item : e.getValue()) {
            write(item, gen);
          }
          gen.writeEndArray();
        }
      }
      gen.writeEndObject();
    } else if (tree instanceof Tree.Arr arr) {
      gen.writeStartArray();
      for (Tree item : arr.items()) {
        write(item, gen);
      }
      gen.writeEndArray();
    } else {
      Tree.Scalar s = (Tree.Scalar) tree;
      switch (s.kind()) {
        case STRING -> gen.writeString(s.text());
        case INTEGER, DECIMAL -> gen.writeNumber(s.text());
        case TRUE -> gen.writeBoolean(true);
        case FALSE -> gen.writeBoolean(false);
        case NULL -> gen.writeNull();
        default -> throw new IllegalStateException(s.kind().name());
      }
    }
  }

  /**
   * Parses a JSON text.
   *
   * @param text the text
   * @param limits the limits
   * @return the tree
   * @throws DocumentProblem if the text is not one well-formed JSON value within the limits
   */
  public static Tree parse(String text, Limits limits) throws DocumentProblem {
    try (JsonParser p = JsonEngine.factory(limits).createParser(text)) {
      if (p.nextToken() == null) {
        throw new DocumentProblem(ReadCode.EMPTY_DOCUMENT, null, 0, 0);
      }
      Tree tree = TreeReader.readJson(p, limits);
      if (p.nextToken() != null) {
        throw new DocumentProblem(ReadCode.TRAILING_CONTENT, null, 0, 0);
      }
      return tree;
    } catch (IOException e) {
      DocumentProblem p = JsonProblems.classify(e, null, text.length());
      throw p != null ? p : new DocumentProblem(ReadCode.SYNTAX, null, 0, 0, e.getMessage());
    }
  }

  /**
   * Parses a JSON text with the default limits, for writers.
   *
   * @param text the text of an extension
   * @param pointer the extension's pointer, for the message
   * @return the tree
   * @throws IllegalArgumentException if the text is not valid JSON within the default limits
   */
  public static Tree parseForWriting(String text, String pointer) {
    try {
      return parse(text, Limits.defaults());
    } catch (DocumentProblem e) {
      throw new IllegalArgumentException(
          "Invalid extension at "
              + pointer
              + " ("
              + e.code().id(DocumentFormat.JSON)
              + "): not one JSON value: "
              + text);
    }
  }
}
