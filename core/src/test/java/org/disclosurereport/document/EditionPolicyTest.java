package org.disclosurereport.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurereport.edition.Edition;
import org.junit.jupiter.api.Test;

class EditionPolicyTest {
  @Test
  void theValuesAreAutoThenEveryEditionsIdentifier() {
    List<String> expected = new ArrayList<>(List.of("auto"));
    for (Edition e : Edition.values()) {
      expected.add(e.id());
    }
    assertEquals(expected, EditionPolicy.ids());
    assertEquals(List.of("auto", "2019", "2021"), EditionPolicy.ids(), "today's editions");
  }

  @Test
  void everyIdentifierReadsBackAsItsPolicy() {
    for (String id : EditionPolicy.ids()) {
      EditionPolicy p = EditionPolicy.fromId(id).orElseThrow();
      assertEquals(id, p.id());
      assertSame(p, EditionPolicy.parse(id));
      assertSame(p, EditionPolicy.of(p.edition()));
    }
    for (Edition e : Edition.values()) {
      assertEquals(Optional.of(e), EditionPolicy.of(e).edition());
      assertSame(EditionPolicy.of(e), EditionPolicy.parse(e.id()));
    }
    assertEquals(Optional.empty(), EditionPolicy.auto().edition());
  }

  @Test
  void nothingAndAutoInAnyCaseDetectTheEdition() {
    for (String v : new String[] {null, "", "  ", "auto", "AUTO", " Auto\t"}) {
      assertSame(EditionPolicy.auto(), EditionPolicy.parse(v), String.valueOf(v));
    }
    assertSame(EditionPolicy.of(Edition.V2019), EditionPolicy.parse(" 2019 "));
  }

  @Test
  void anythingElseIsRefusedNamingTheValueAndTheValuesTaken() {
    for (String v : new String[] {"2020", "2019版", "v2019", "V2021", "autox", "2021,2019"}) {
      assertFalse(EditionPolicy.fromId(v).isPresent(), v);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> EditionPolicy.parse(v));
      assertTrue(
          e.getMessage().contains("'" + v + "'") && e.getMessage().contains("auto, 2019, 2021"),
          e.getMessage());
    }
    String huge = "9".repeat(100_000);
    String message =
        assertThrows(IllegalArgumentException.class, () -> EditionPolicy.parse(huge)).getMessage();
    assertTrue(message.length() < 300 && message.contains("100000 characters"), message);
  }

  @Test
  void whateverIsWrittenEitherNamesAPolicyWhoseIdentifierReadsBackOrIsRefused() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 8))
        .checkAssert(
            v ->
                EditionPolicy.fromId(v)
                    .ifPresent(p -> assertSame(p, EditionPolicy.fromId(p.id()).orElseThrow())));
  }

  @Test
  void applyingSetsOrClearsTheEditionAndKeepsEverythingElse() {
    ReadOptions start =
        ReadOptions.builder()
            .strictness(Strictness.LENIENT)
            .edition(Edition.V2021)
            .defaultOrganName("洛宁县人民政府")
            .defaultReportYear(2020)
            .build();
    ReadOptions forced = EditionPolicy.of(Edition.V2019).applyTo(start);
    assertEquals(Optional.of(Edition.V2019), forced.edition());
    assertEquals(start.withEdition(Edition.V2019), forced);
    ReadOptions detected = EditionPolicy.auto().applyTo(start);
    assertEquals(Optional.empty(), detected.edition());
    assertEquals(start.defaultOrganName(), detected.defaultOrganName());
    assertEquals(start.defaultReportYear(), detected.defaultReportYear());
    assertEquals(Strictness.LENIENT, detected.strictness());
    assertEquals(ReadOptions.defaults(), EditionPolicy.auto().applyTo(ReadOptions.defaults()));
  }
}
