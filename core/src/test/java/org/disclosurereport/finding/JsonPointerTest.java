package org.disclosurereport.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.disclosurereport.edition.CellAddress;
import org.junit.jupiter.api.Test;

class JsonPointerTest {
  @Test
  void escapesTildeAndSlashAsRfc6901Says() {
    // RFC 6901 section 5: "/a~1b" names "a/b", "/m~0n" names "m~n".
    assertEquals("/a~1b", JsonPointer.of("a/b").toString());
    assertEquals("/m~0n", JsonPointer.of("m~n").toString());
    // ~ is escaped first: "~1" as a name is "~01", not "~1".
    assertEquals("/~01", JsonPointer.of("~1").toString());
    assertEquals(List.of("~1"), JsonPointer.parse("/~01").tokens());
    assertEquals(List.of("a/b", "m~n", "", " "), JsonPointer.parse("/a~1b/m~0n// ").tokens());
  }

  @Test
  void theRootIsTheEmptyText() {
    assertEquals("", JsonPointer.root().toString());
    assertTrue(JsonPointer.parse("").isRoot());
    assertEquals(List.of(""), JsonPointer.parse("/").tokens(), "\"/\" names the member \"\"");
    assertFalse(JsonPointer.parse("/").isRoot());
  }

  @Test
  void refusesTextsThatAreNoPointer() {
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("tables"));
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("/a~2"));
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("/a~"));
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.root().child(-1));
  }

  @Test
  void aCellIsUnderTables() {
    JsonPointer p = JsonPointer.ofCell(CellAddress.of("applications", "granted", "naturalPerson"));
    assertEquals("/tables/applications/granted/naturalPerson", p.toString());
    assertTrue(p.startsWith(JsonPointer.of("tables", "applications")));
    assertFalse(p.startsWith(JsonPointer.of("tables", "applicationsX")));
    assertEquals(JsonPointer.of("items").child(3), JsonPointer.parse("/items/3"));
  }

  @Test
  void parsingTheTextOfAnyPointerGivesItBack() {
    qt().forAll(lists().of(strings().allPossible().ofLengthBetween(0, 6)).ofSizeBetween(0, 5))
        .check(
            tokens -> {
              JsonPointer p = JsonPointer.of(tokens.toArray(String[]::new));
              JsonPointer back = JsonPointer.parse(p.toString());
              return back.equals(p) && back.tokens().equals(tokens);
            });
  }
}
