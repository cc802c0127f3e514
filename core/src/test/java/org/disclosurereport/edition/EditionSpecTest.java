package org.disclosurereport.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EditionSpecTest {

  /**
   * Compares every numeric cell of an edition, in printed order, with an independent transcription
   * of the format (test resource {@code format/cells-<edition>.tsv}): the table's caption (or
   * section number), the row labels, the column labels and the kind.
   */
  @ParameterizedTest
  @EnumSource(Edition.class)
  void everyCellMatchesTheFormatTranscription(Edition edition) throws IOException {
    EditionSpec spec = edition.spec();
    List<String> actual = new ArrayList<>();
    for (TableSpec table : spec.tables()) {
      String caption = table.caption().orElse(spec.section(table.section()).number());
      for (CellAddress a : table.cells()) {
        actual.add(
            caption
                + "\t"
                + String.join(" / ", spec.rowOf(a).qualifiedLabels())
                + "\t"
                + String.join(" / ", spec.columnOf(a).qualifiedLabels())
                + "\t"
                + spec.kind(a));
      }
    }
    List<String> expected = transcription(edition);
    assertEquals(expected.size(), actual.size(), "number of numeric cells");
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "cell " + (i + 1) + " of " + edition.id());
    }
  }

  @Test
  void numericCellCountsMatchTheFormat() {
    assertEquals(198, Edition.V2019.spec().cells().size());
    assertEquals(200, Edition.V2021.spec().cells().size());
    assertEquals(161, Edition.V2019.spec().table(Tables.APPLICATIONS).orElseThrow().cells().size());
    assertEquals(175, Edition.V2021.spec().table(Tables.APPLICATIONS).orElseThrow().cells().size());
  }

  @Test
  void tablesOfSectionTwoDifferByEdition() {
    assertEquals(
        List.of(
            "article20Item1",
            "article20Item5",
            "article20Item6",
            "article20Item8",
            "article20Item9"),
        keys(Edition.V2019.spec().tables(SectionId.PROACTIVE_DISCLOSURE)));
    assertEquals(
        List.of("article20Item1", "article20Item5", "article20Item6", "article20Item8"),
        keys(Edition.V2021.spec().tables(SectionId.PROACTIVE_DISCLOSURE)));
  }

  @Test
  void sixSectionsInPrintedOrder() {
    for (Edition e : Edition.values()) {
      List<SectionSpec> sections = e.spec().sections();
      assertEquals(List.of(SectionId.values()), sections.stream().map(SectionSpec::id).toList());
      assertEquals("三、收到和处理政府信息公开申请情况", sections.get(2).numberedHeading());
    }
  }

  @Test
  void hierarchyOfSectionThree() {
    TableSpec t2019 = Edition.V2019.spec().table(Tables.APPLICATIONS).orElseThrow();
    TableSpec t2021 = Edition.V2021.spec().table(Tables.APPLICATIONS).orElseThrow();
    assertEquals(8, t2019.row(ApplicationRows.WITHHELD).orElseThrow().children().size());
    assertTrue(t2019.row(ApplicationRows.OTHER_HANDLING).orElseThrow().isLeaf());
    assertEquals(3, t2021.row(ApplicationRows.OTHER_HANDLING).orElseThrow().children().size());
    // 三、本年度办理结果 spans 20 rows in 2019 and 22 in 2021
    assertEquals(20, t2019.row(ApplicationRows.RESULTS).orElseThrow().span());
    assertEquals(22, t2021.row(ApplicationRows.RESULTS).orElseThrow().span());
    assertEquals(5, t2019.column(Applicants.LEGAL_PERSONS).orElseThrow().span());
    assertFalse(t2019.hasCell(ApplicationRows.WITHHELD, Applicants.TOTAL), "groups have no cells");
    assertFalse(t2019.hasCell(ApplicationRows.GRANTED, Applicants.LEGAL_PERSONS));
  }

  @Test
  void sumRelationsExpandToEveryRowAndColumn() {
    Map<String, Long> e2019 = countByRelation(Edition.V2019.spec());
    assertEquals(
        Map.of(
            "applications.balance", 7L,
            "applications.resultsTotal", 7L,
            "applications.applicantTotal", 23L,
            "reviewAndLitigation.reviewTotal", 1L,
            "reviewAndLitigation.directSuitTotal", 1L,
            "reviewAndLitigation.suitAfterReviewTotal", 1L),
        e2019);
    assertEquals(25L, countByRelation(Edition.V2021.spec()).get("applications.applicantTotal"));
    // （七）总计 sums 19 result rows in 2019 ((六) is one row) and 21 in 2021 (three sub-rows)
    assertEquals(
        19,
        Edition.V2019.spec().relation("applications.resultsTotal").orElseThrow().right().size());
    assertEquals(
        21,
        Edition.V2021.spec().relation("applications.resultsTotal").orElseThrow().right().size());
    assertEquals(
        List.of(ApplicationRows.NEWLY_RECEIVED, ApplicationRows.CARRIED_OVER),
        Edition.V2021.spec().relation("applications.balance").orElseThrow().left());
  }

  @Test
  void everyIdentityIsOverCountCells() {
    for (Edition e : Edition.values()) {
      for (Identity i : e.spec().identities()) {
        for (CellAddress a : i.cells()) {
          assertEquals(CellKind.COUNT, e.spec().kind(a), a.toString());
        }
      }
    }
  }

  @Test
  void crossYearRelationsByEdition() {
    assertEquals(
        Set.of("applications.carryOver", "proactive.itemCountCarryOver"),
        Edition.V2019.spec().crossYearRelations().stream()
            .map(CrossYearRelation::id)
            .collect(Collectors.toSet()));
    assertEquals(
        Set.of("applications.carryOver", "proactive.inForceContinuity"),
        Edition.V2021.spec().crossYearRelations().stream()
            .map(CrossYearRelation::id)
            .collect(Collectors.toSet()));
    // carry-over holds in each of the 7 columns; item counts in the 5 rows of items 5, 6 and 8
    assertEquals(
        7, Edition.V2021.spec().crossYearRelations().get(0).expand(Edition.V2021.spec()).size());
    assertEquals(
        5, Edition.V2019.spec().crossYearRelations().get(1).expand(Edition.V2019.spec()).size());
  }

  @Test
  void labelsForMessages() {
    assertEquals(
        "（七）总计 / 自然人",
        Edition.V2019
            .spec()
            .label(CellAddress.of("applications", "resultsTotal", "naturalPerson")));
    assertEquals(
        "第二十条第（一）项 / 规章 / 本年新制作数量",
        Edition.V2019.spec().label(CellAddress.of("article20Item1", "regulations", "newlyMade")));
    assertEquals(
        "行政诉讼 / 复议后起诉 / 尚未审结",
        Edition.V2021
            .spec()
            .label(CellAddress.of("reviewAndLitigation", "cases", "suitAfterReviewPending")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Edition.V2019.spec().label(CellAddress.of("article20Item1", "regulations", "issued")));
  }

  @Test
  void editionsByYear() {
    assertEquals(Edition.V2019, Edition.forReportYear(2020));
    assertEquals(Edition.V2021, Edition.forReportYear(2021));
    assertThrows(IllegalArgumentException.class, () -> Edition.forReportYear(2018));
    assertEquals(Edition.V2021, Edition.fromId("2021").orElseThrow());
    assertTrue(Edition.fromId("2020").isEmpty());
  }

  @Test
  void declaredUnits() {
    CellAddress fee = CellAddress.of(Tables.ARTICLE20_ITEM8, "administrativeFees", "feeAmount");
    assertEquals(
        MoneyUnit.TEN_THOUSAND_YUAN,
        Edition.V2021.spec().columnOf(fee).declaredUnit().orElseThrow());
    CellAddress procurement =
        CellAddress.of(Tables.ARTICLE20_ITEM9, "centralizedProcurement", "procurementAmount");
    assertTrue(Edition.V2019.spec().columnOf(procurement).declaredUnit().isEmpty());
  }

  private static Map<String, Long> countByRelation(EditionSpec spec) {
    return spec.identities().stream()
        .collect(Collectors.groupingBy(i -> i.relation().id(), Collectors.counting()));
  }

  private static List<String> keys(List<TableSpec> tables) {
    return tables.stream().map(TableSpec::key).toList();
  }

  private static List<String> transcription(Edition edition) throws IOException {
    String name = "/format/cells-" + edition.id() + ".tsv";
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                EditionSpecTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.startsWith("#")).toList();
    }
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void kindOfAnswersForEveryCellAndNothingForOthers(Edition edition) {
    EditionSpec spec = edition.spec();
    for (CellAddress a : spec.cells()) {
      assertEquals(java.util.Optional.of(spec.kind(a)), spec.kindOf(a), a.toString());
    }
    CellAddress first = spec.cells().get(0);
    assertTrue(spec.kindOf(CellAddress.of(first.table(), first.row(), "noSuchColumn")).isEmpty());
    assertTrue(spec.kindOf(CellAddress.of("noSuchTable", first.row(), first.column())).isEmpty());
  }

  /** An address equals one made from the same keys, with the hash a record of them would have. */
  @Test
  void addressesAreEqualByTheirKeysWithTheRecordsHash() {
    for (Edition e : Edition.values()) {
      for (CellAddress a : e.spec().cells()) {
        CellAddress same =
            CellAddress.of(new String(a.table()), new String(a.row()), new String(a.column()));
        org.junit.jupiter.api.Assertions.assertEquals(a, same);
        org.junit.jupiter.api.Assertions.assertEquals(a.hashCode(), same.hashCode());
        // (31 * table + row) * 31 + column: Objects.hash starts from 1 instead of 0.
        org.junit.jupiter.api.Assertions.assertEquals(
            java.util.Objects.hash(a.table(), a.row(), a.column()) - 31 * 31 * 31, a.hashCode());
        org.junit.jupiter.api.Assertions.assertNotEquals(
            a, CellAddress.of(a.table(), a.row(), a.column() + "x"));
        org.junit.jupiter.api.Assertions.assertNotEquals(
            a, CellAddress.of(a.table(), a.row() + "x", a.column()));
        org.junit.jupiter.api.Assertions.assertNotEquals(
            a, CellAddress.of(a.table() + "x", a.row(), a.column()));
      }
    }
  }
}
