package org.disclosurereport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.MoneyUnit;
import org.junit.jupiter.api.Test;

class ReportCellsTest {
  private static final EditionSpec V2019 = Edition.V2019.spec();
  private static final CellAddress GRANTED_NATURAL =
      CellAddress.of(Tables.APPLICATIONS, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON);

  /** A value of the given kind made from a seed; seeds divisible by five give blank. */
  private static CellValue value(CellKind kind, int seed) {
    if (seed % 5 == 0) {
      return CellValue.blank();
    }
    return switch (kind) {
      case COUNT -> CellValue.count(seed);
      case CHANGE -> CellValue.change(seed % 2 == 0 ? seed : -seed);
      case AMOUNT -> CellValue.amount(BigDecimal.valueOf(seed, 2), MoneyUnit.YUAN);
    };
  }

  /** Cells of an edition, in the order given by the seeds, some of them blank. */
  private static Map<CellAddress, CellValue> cells(EditionSpec spec, List<Integer> seeds) {
    Map<CellAddress, CellValue> m = new LinkedHashMap<>();
    for (int seed : seeds) {
      CellAddress a = spec.cells().get(seed % spec.cells().size());
      m.put(a, value(spec.kind(a), seed));
    }
    return m;
  }

  @Test
  void puttingByPositionIsPuttingByTheAddressAtThatPosition() {
    qt().forAll(
            integers().between(0, Edition.values().length - 1),
            lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 300))
        .checkAssert(
            (e, seeds) -> {
              EditionSpec spec = Edition.values()[e].spec();
              ReportCells.Builder byAddress = ReportCells.builder(spec);
              ReportCells.Builder byPosition = ReportCells.builder(spec);
              for (int seed : seeds) {
                int position = seed % spec.cells().size();
                CellValue v = value(spec.kind(position), seed);
                byAddress.put(spec.cells().get(position), v);
                byPosition.put(position, v);
              }
              ReportCells expected = byAddress.build();
              ReportCells actual = byPosition.build();
              assertEquals(expected, actual);
              assertEquals(expected.size(), actual.size());
              assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
            });
  }

  @Test
  void aPositionOutsideTheEditionOrAValueOfTheWrongKindIsRefused() {
    ReportCells.Builder b = ReportCells.builder(V2019);
    int granted = V2019.indexOf(GRANTED_NATURAL);
    assertThrows(IndexOutOfBoundsException.class, () -> b.put(-1, CellValue.count(1)));
    assertThrows(
        IndexOutOfBoundsException.class, () -> b.put(V2019.cells().size(), CellValue.count(1)));
    assertThrows(ReportShapeException.class, () -> b.put(granted, null));
    ReportShapeException e =
        assertThrows(
            ReportShapeException.class,
            () -> b.put(granted, CellValue.amount(BigDecimal.ONE, MoneyUnit.YUAN)));
    assertEquals(ReportShapeException.Code.WRONG_KIND, e.code());
    assertTrue(b.build().isEmpty(), "nothing refused was put");
  }

  @Test
  void checkedCellsReadAsTheMapTheyWereMadeFromWithoutItsBlanks() {
    qt().forAll(
            integers().between(0, Edition.values().length - 1),
            lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 300))
        .checkAssert(
            (e, seeds) -> {
              EditionSpec spec = Edition.values()[e].spec();
              Map<CellAddress, CellValue> given = cells(spec, seeds);
              Map<CellAddress, CellValue> expected = new LinkedHashMap<>(given);
              expected.values().removeIf(CellValue::isBlank);
              ReportCells checked = ReportCells.of(spec, given);
              assertEquals(expected, checked);
              assertEquals(checked, expected);
              assertEquals(expected.hashCode(), checked.hashCode());
              assertEquals(expected.size(), checked.size());
              List<CellAddress> order = new ArrayList<>(checked.keySet());
              List<CellAddress> inEdition = new ArrayList<>(spec.cells());
              inEdition.retainAll(expected.keySet());
              assertEquals(inEdition, order, "the edition's printed order");
              for (CellAddress a : spec.cells()) {
                assertEquals(expected.get(a), checked.get(a));
                assertEquals(expected.containsKey(a), checked.containsKey(a));
                assertEquals(expected.getOrDefault(a, CellValue.blank()), checked.valueOf(a));
              }
              AnnualReport built =
                  AnnualReport.builder()
                      .metadata(AnnualReportTest.metadata(spec.edition(), 2022))
                      .putAllCells(given)
                      .build();
              AnnualReport taken =
                  AnnualReport.builder()
                      .metadata(AnnualReportTest.metadata(spec.edition(), 2022))
                      .cells(checked)
                      .build();
              assertEquals(built, taken);
              assertEquals(built.hashCode(), taken.hashCode());
              assertSame(checked, taken.cells(), "checked cells are taken as they are");
            });
  }

  @Test
  void putRefusesWhatTheEditionDoesNotAllowAsItIsPut() {
    ReportCells.Builder b = ReportCells.builder(V2019);
    CellAddress otherEdition =
        CellAddress.of(Tables.APPLICATIONS, ApplicationRows.OTHER_NOT_CORRECTED, Applicants.TOTAL);
    assertEquals(
        ReportShapeException.Code.UNKNOWN_CELL,
        assertThrows(ReportShapeException.class, () -> b.put(otherEdition, CellValue.count(1)))
            .code());
    assertEquals(
        ReportShapeException.Code.UNKNOWN_TABLE,
        assertThrows(
                ReportShapeException.class,
                () -> b.put(CellAddress.of("noSuchTable", "r", "c"), CellValue.count(1)))
            .code());
    assertEquals(
        ReportShapeException.Code.WRONG_KIND,
        assertThrows(ReportShapeException.class, () -> b.put(GRANTED_NATURAL, CellValue.change(1)))
            .code());
    assertEquals(
        ReportShapeException.Code.MISSING_FIELD,
        assertThrows(ReportShapeException.class, () -> b.put(GRANTED_NATURAL, null)).code());
    b.put(otherEdition, CellValue.blank());
    assertTrue(b.build().isEmpty(), "a blank value of no cell is no value");
  }

  @Test
  void aBuilderGoesOnAfterBuildWithoutChangingWhatItBuilt() {
    ReportCells.Builder b = ReportCells.builder(V2019).put(GRANTED_NATURAL, CellValue.count(3));
    ReportCells first = b.build();
    ReportCells second = b.put(GRANTED_NATURAL, CellValue.blank()).build();
    assertEquals(Map.of(GRANTED_NATURAL, CellValue.count(3)), first);
    assertTrue(second.isEmpty());
    assertFalse(second.containsKey(GRANTED_NATURAL));
    assertNull(second.get("not an address"));
  }

  @Test
  void aCellOfNoEditionIsNoCellToLookUp() {
    ReportCells none = ReportCells.empty(V2019);
    assertThrows(
        IllegalArgumentException.class,
        () -> none.valueOf(CellAddress.of(Tables.APPLICATIONS, "noSuchRow", "total")));
    assertTrue(none.valueOf(GRANTED_NATURAL).isBlank());
    assertThrows(UnsupportedOperationException.class, () -> none.put(GRANTED_NATURAL, null));
  }
}
