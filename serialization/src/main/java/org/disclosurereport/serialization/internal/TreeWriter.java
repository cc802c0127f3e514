package org.disclosurereport.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes a {@link Tree} to a Jackson generator: as it is to a JSON generator; to an XML generator
 * with arrays as repeated child elements named by {@link CanonicalForm#XML_ITEM_NAMES}, and the
 * root element named {@link CanonicalForm#XML_ROOT}. Numbers are written with their text, so no
 * digit is lost.
 */
public final class TreeWriter {
  private TreeWriter() {}

  /**
   * Writes a tree as the root value, or as the current value when the generator is inside a
   * structure.
   *
   * @param tree the tree
   * @param gen the generator
   * @throws IOException from the generator
   * @throws IllegalArgumentException if XML is written and a text has a character XML 1.0 cannot
   *     carry
   */
  public static void write(Tree tree, JsonGenerator gen) throws IOException {
    boolean xml = XmlSupport.isXml(gen);
    if (xml && gen.getOutputContext().inRoot()) {
      XmlSupport.nameRoot(gen, CanonicalForm.XML_ROOT);
    }
    value(tree, gen, new ArrayDeque<>(), xml);
  }

  /** Writes a value; {@code path} holds the reference tokens down to it, for error messages. */
  private static void value(Tree tree, JsonGenerator gen, Deque<String> path, boolean xml)
      throws IOException {
    if (tree instanceof Tree.Obj obj) {
      gen.writeStartObject();
      for (Tree.Member m : obj.members()) {
        gen.writeFieldName(m.name());
        path.addLast(m.name());
        if (xml && m.value() instanceof Tree.Arr arr) {
          String item = itemName(m.name());
          gen.writeStartObject();
          int i = 0;
          for (Tree t : arr.items()) {
            gen.writeFieldName(item);
            path.addLast(String.valueOf(i++));
            value(t, gen, path, true);
            path.removeLast();
          }
          gen.writeEndObject();
        } else {
          value(m.value(), gen, path, xml);
        }
        path.removeLast();
      }
      gen.writeEndObject();
    } else if (tree instanceof Tree.Arr arr) {
      gen.writeStartArray();
      int i = 0;
      for (Tree t : arr.items()) {
        path.addLast(String.valueOf(i++));
        value(t, gen, path, xml);
        path.removeLast();
      }
      gen.writeEndArray();
    } else {
      Tree.Scalar s = (Tree.Scalar) tree;
      switch (s.kind()) {
        case STRING -> {
          if (xml) {
            checkXmlText(s.text(), path);
          }
          gen.writeString(s.text());
        }
        case INTEGER, DECIMAL -> gen.writeNumber(s.text());
        case TRUE -> gen.writeBoolean(true);
        case FALSE -> gen.writeBoolean(false);
        case NULL -> gen.writeNull();
        default -> throw new IllegalStateException(s.kind().name());
      }
    }
  }

  private static String itemName(String listName) {
    String item = CanonicalForm.XML_ITEM_NAMES.get(listName);
    if (item == null) {
      throw new IllegalStateException("no XML item name for list " + listName);
    }
    return item;
  }

  /** Refuses characters that XML 1.0 cannot carry, even as character references. */
  private static void checkXmlText(String text, Deque<String> path) {
    int at = XmlChars.firstInvalid(text);
    if (at >= 0) {
      String pointer = "";
      for (String token : path) {
        pointer = Pointers.child(pointer, token);
      }
      throw new IllegalArgumentException(
          "Invalid text for XML at "
              + pointer
              + " (XML 1.0 cannot carry "
              + XmlChars.codePoint(text.charAt(at))
              + ")");
    }
  }
}
