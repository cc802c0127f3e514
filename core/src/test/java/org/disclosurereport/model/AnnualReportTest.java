package org.disclosurereport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.MoneyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnnualReportTest {

  private static final CellAddress GRANTED_NATURAL =
      CellAddress.of(Tables.APPLICATIONS, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON);
  private static final CellAddress OTHER_NOT_CORRECTED =
      CellAddress.of(Tables.APPLICATIONS, ApplicationRows.OTHER_NOT_CORRECTED, Applicants.TOTAL);

  static ReportMetadata metadata(Edition edition, int year) {
    return ReportMetadata.builder().organName("某县人民政府").edition(edition).reportYear(year).build();
  }

  static AnnualReport.Builder report(Edition edition, int year) {
    return AnnualReport.builder().metadata(metadata(edition, year));
  }

  @Test
  void blankIsNotZero() {
    AnnualReport blank = report(Edition.V2019, 2020).build();
    AnnualReport zero =
        report(Edition.V2019, 2020).putCell(GRANTED_NATURAL, CellValue.count(0)).build();
    assertTrue(blank.cell(GRANTED_NATURAL).isBlank());
    assertEquals(CellValue.count(0), zero.cell(GRANTED_NATURAL));
    assertTrue(zero.cell(GRANTED_NATURAL).wholeNumber().isPresent());
    assertNotEquals(blank, zero);
  }

  @Test
  void puttingBlankIsTheSameAsLeavingOut() {
    AnnualReport withBlank =
        report(Edition.V2019, 2020).putCell(GRANTED_NATURAL, CellValue.blank()).build();
    assertEquals(report(Edition.V2019, 2020).build(), withBlank);
    assertTrue(withBlank.cells().isEmpty());
  }

  @Test
  void typedAccessReadsLikeTheDomain() {
    AnnualReport r =
        report(Edition.V2021, 2022).putCell(GRANTED_NATURAL, CellValue.count(7)).build();
    assertEquals(CellValue.count(7), r.applications().granted().naturalPerson());
    assertTrue(r.applications().granted().total().isBlank());
    assertEquals(CellValue.count(7), r.applications().granted().derivedTotal());
    assertTrue(r.reviewAndLitigation().review().upheld().isBlank());
    assertThrows(
        IllegalArgumentException.class, () -> r.applications().row(ApplicationRows.OTHER_HANDLING));
  }

  @Test
  void reportedTotalsAreKeptAsReported() {
    CellAddress total =
        CellAddress.of(
            Tables.APPLICATIONS, ApplicationRows.RESULTS_TOTAL, Applicants.NATURAL_PERSON);
    AnnualReport r =
        report(Edition.V2019, 2020)
            .putCell(total, CellValue.count(20))
            .putCell(GRANTED_NATURAL, CellValue.count(20))
            .putCell(
                CellAddress.of(
                    Tables.APPLICATIONS,
                    ApplicationRows.PARTIALLY_GRANTED,
                    Applicants.NATURAL_PERSON),
                CellValue.count(6))
            .build();
    assertEquals(CellValue.count(20), r.cell(total));
    assertEquals(CellValue.count(26), r.derivedTotal(total));
    assertThrows(IllegalArgumentException.class, () -> r.derivedTotal(GRANTED_NATURAL));
  }

  @Test
  void valueEqualityAndCopies() {
    AnnualReport a =
        report(Edition.V2019, 2020).putCell(GRANTED_NATURAL, CellValue.count(1)).build();
    AnnualReport b =
        report(Edition.V2019, 2020).putCell(GRANTED_NATURAL, CellValue.count(1)).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    AnnualReport c = a.withMetadata(metadata(Edition.V2019, 2019));
    assertNotEquals(a, c);
    assertEquals(
        2020, a.metadata().reportYear().getAsInt(), "with* copies leave the original alone");
  }

  /** A report in which every attribute differs from its default. */
  private static AnnualReport everyAttributeSet() {
    return report(Edition.V2019, 2020)
        .general(Narrative.of("总体情况"))
        .problems(Narrative.of("存在的主要问题"))
        .otherMatters(OtherMatters.builder().narrative(Narrative.of("其他事项")).build())
        .putCell(GRANTED_NATURAL, CellValue.count(3))
        .addSupplementaryRows(
            SupplementaryRow.builder()
                .table(Tables.ARTICLE20_ITEM1)
                .label("其他主动公开文件")
                .putValues("newlyMade", "1")
                .build())
        .putExtensions("/x-note", "1")
        .build();
  }

  @Test
  void fromCopiesEveryAttributeAndReplacesWhatWasGivenBefore() throws Exception {
    AnnualReport full = everyAttributeSet();
    AnnualReport empty = report(Edition.V2019, 2020).build();
    // The fixture sets every attribute (every generated "with" method names one), so a new
    // attribute that from(...) forgets fails here.
    for (Method with : AnnualReport.class.getDeclaredMethods()) {
      if (with.getName().startsWith("with") && with.getParameterCount() == 1) {
        String name = with.getName().substring(4);
        Method accessor =
            AbstractAnnualReport.class.getDeclaredMethod(
                Character.toLowerCase(name.charAt(0)) + name.substring(1));
        accessor.setAccessible(true);
        if (!name.equals("Metadata")) {
          assertNotEquals(accessor.invoke(empty), accessor.invoke(full), name + " is set");
        }
      }
    }
    assertEquals(full, AnnualReport.builder().from(full).build());
    CellAddress total = CellAddress.of(Tables.APPLICATIONS, ApplicationRows.GRANTED, "total");
    AnnualReport replaced =
        report(Edition.V2019, 2020)
            .putCell(total, CellValue.count(9))
            .addSupplementaryRows(full.supplementaryRows().get(0))
            .from(empty)
            .build();
    assertEquals(empty, replaced, "from(...) replaces what was given before");
    assertEquals(
        Map.of(GRANTED_NATURAL, CellValue.count(3), total, CellValue.count(2)),
        AnnualReport.builder().from(full).putCell(total, CellValue.count(2)).build().cells(),
        "cells put after from(...) are added to the report's");
  }

  @Test
  void collectionsAreDefensivelyCopied() {
    Map<CellAddress, CellValue> cells = new HashMap<>();
    cells.put(GRANTED_NATURAL, CellValue.count(1));
    AnnualReport r = report(Edition.V2019, 2020).putAllCells(cells).build();
    cells.put(GRANTED_NATURAL, CellValue.count(2));
    assertEquals(CellValue.count(1), r.cell(GRANTED_NATURAL));
    assertThrows(UnsupportedOperationException.class, () -> r.cells().clear());
    SupplementaryRow extra =
        SupplementaryRow.builder().table(Tables.ARTICLE20_ITEM1).label("其他主动公开文件").build();
    assertThrows(UnsupportedOperationException.class, () -> r.supplementaryRows().add(extra));
  }

  @Test
  void cellsPutAfterCellsGivenWholeAreAddedToThem() {
    CellAddress total = CellAddress.of(Tables.APPLICATIONS, ApplicationRows.GRANTED, "total");
    AnnualReport one =
        report(Edition.V2019, 2020).putCell(GRANTED_NATURAL, CellValue.count(1)).build();
    AnnualReport fromOne =
        AnnualReport.builder().from(one).putCell(total, CellValue.count(2)).build();
    AnnualReport givenOne =
        report(Edition.V2019, 2020).cells(one.cells()).putCell(total, CellValue.count(2)).build();
    Map<CellAddress, CellValue> both =
        Map.of(GRANTED_NATURAL, CellValue.count(1), total, CellValue.count(2));
    assertEquals(both, fromOne.cells());
    assertEquals(both, givenOne.cells());
    assertEquals(fromOne, givenOne);
    assertEquals(Map.of(GRANTED_NATURAL, CellValue.count(1)), one.cells(), "one is left alone");
    assertEquals(
        Map.of(total, CellValue.count(5)),
        report(Edition.V2019, 2020)
            .putCell(GRANTED_NATURAL, CellValue.count(1))
            .cells(Map.of(total, CellValue.count(5)))
            .build()
            .cells(),
        "cells(...) replaces what was put before");
  }

  @Test
  void outsideThisPackageCellsAreGivenOnlyByTheBuildersCellMethods() {
    // Immutables makes a public setter and "with" method for every attribute. The attribute that
    // keeps the cells has a package-private type, so code elsewhere cannot call them and mix them
    // with putCell (which would lose the cells put before or after).
    assertTrue(!Modifier.isPublic(CellStore.class.getModifiers()), "CellStore is not public");
    java.util.Set<String> cellSetters = new java.util.TreeSet<>();
    for (Class<?> type : new Class<?>[] {AnnualReport.class, AnnualReport.Builder.class}) {
      for (Method m : type.getMethods()) {
        boolean takesCells = false;
        for (Class<?> p : m.getParameterTypes()) {
          takesCells |= Map.class.isAssignableFrom(p) || p == CellStore.class;
          takesCells |= Map.Entry.class.isAssignableFrom(p) || p == AnnualReport.class;
        }
        boolean callableOutside = Modifier.isPublic(m.getReturnType().getModifiers());
        for (Class<?> p : m.getParameterTypes()) {
          callableOutside &= p.isPrimitive() || Modifier.isPublic(p.getModifiers());
        }
        if (takesCells && callableOutside) {
          cellSetters.add(type.getSimpleName() + "." + m.getName());
        }
      }
    }
    assertEquals(
        new java.util.TreeSet<>(
            java.util.List.of(
                "AnnualReport.withCells",
                "AnnualReport.withExtensions",
                "Builder.cells",
                "Builder.extensions",
                "Builder.from",
                "Builder.putAllCells",
                "Builder.putAllExtensions",
                "Builder.putCell",
                "Builder.putExtensions")),
        cellSetters);
  }

  @Test
  void cellsAreCheckedAgainWhenTheEditionChanges() {
    AnnualReport v2019 =
        report(Edition.V2019, 2020).putCell(GRANTED_NATURAL, CellValue.count(4)).build();
    AnnualReport v2021 = v2019.withMetadata(metadata(Edition.V2021, 2021));
    assertEquals(CellValue.count(4), v2021.cell(GRANTED_NATURAL));
    assertEquals(Edition.V2021.spec(), ((ReportCells) v2021.cells()).spec());
    AnnualReport other =
        report(Edition.V2021, 2021).putCell(OTHER_NOT_CORRECTED, CellValue.count(1)).build();
    ReportShapeException e =
        assertThrows(
            ReportShapeException.class, () -> other.withMetadata(metadata(Edition.V2019, 2020)));
    assertEquals(ReportShapeException.Code.UNKNOWN_CELL, e.code());
    assertThrows(
        ReportShapeException.class,
        () -> v2019.withCells(Map.of(OTHER_NOT_CORRECTED, CellValue.count(1))));
  }

  @Test
  void valueTypesHaveNoSettersAndOnlyFinalFields() {
    for (Class<?> type :
        new Class<?>[] {
          AnnualReport.class,
          ReportMetadata.class,
          Narrative.class,
          TextBlock.class,
          OtherMatters.class,
          InformationProcessingFees.class,
          SupplementaryRow.class,
          ReportCells.class
        }) {
      assertTrue(Modifier.isFinal(type.getModifiers()), type + " is final");
      for (Field f : type.getDeclaredFields()) {
        // Immutables' construction-time shim for @Value.Default is private, transient and
        // cleared before the constructor returns.
        boolean shim = f.getName().equals("initShim") && Modifier.isTransient(f.getModifiers());
        if (!f.isSynthetic() && !Modifier.isStatic(f.getModifiers()) && !shim) {
          assertTrue(Modifier.isFinal(f.getModifiers()), type.getSimpleName() + "." + f.getName());
        }
      }
      for (Method m : type.getMethods()) {
        assertTrue(
            !m.getName().startsWith("set") || m.getDeclaringClass() != type,
            type.getSimpleName() + "." + m.getName());
      }
    }
  }

  @Test
  void aCellOfTheOtherEditionIsRefusedNamingTheField() {
    ReportShapeException e =
        assertThrows(
            ReportShapeException.class,
            () ->
                report(Edition.V2019, 2020)
                    .putCell(OTHER_NOT_CORRECTED, CellValue.count(1))
                    .build());
    assertEquals(ReportShapeException.Code.UNKNOWN_CELL, e.code());
    assertEquals("applications/otherNotCorrected/total", e.field());
    assertTrue(
        e.getMessage().startsWith("DR-SHAPE-003: cell applications/otherNotCorrected/total"),
        e.getMessage());
    assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("没有该单元格"), e.message(Locale.CHINA));
  }

  @Test
  void aTableOfTheOtherEditionIsRefused() {
    CellAddress procurement =
        CellAddress.of(
            Tables.ARTICLE20_ITEM9,
            Proactive.CENTRALIZED_PROCUREMENT,
            Proactive.PROCUREMENT_PROJECTS);
    ReportShapeException e =
        assertThrows(
            ReportShapeException.class,
            () -> report(Edition.V2021, 2021).putCell(procurement, CellValue.count(3)).build());
    assertEquals(ReportShapeException.Code.UNKNOWN_TABLE, e.code());
  }

  @Test
  void aValueOfTheWrongKindIsRefused() {
    CellAddress change =
        CellAddress.of(Tables.ARTICLE20_ITEM5, Proactive.LICENSING, Proactive.CHANGE);
    AnnualReport ok = report(Edition.V2019, 2020).putCell(change, CellValue.change(-27)).build();
    assertEquals("-27", ok.cell(change).toString());
    ReportShapeException e =
        assertThrows(
            ReportShapeException.class,
            () ->
                report(Edition.V2019, 2020).putCell(GRANTED_NATURAL, CellValue.change(-1)).build());
    assertEquals(ReportShapeException.Code.WRONG_KIND, e.code());
    assertTrue(e.getMessage().contains("（一）予以公开 / 自然人"), e.getMessage());
  }

  @Test
  void negativeCountsAreRefused() {
    ReportShapeException e = assertThrows(ReportShapeException.class, () -> CellValue.count(-1));
    assertEquals(ReportShapeException.Code.NEGATIVE_COUNT, e.code());
    assertEquals(
        "DR-SHAPE-005: count: a count cannot be negative, but -1 was given", e.getMessage());
    assertEquals(
        ReportShapeException.Code.OUT_OF_RANGE,
        assertThrows(ReportShapeException.class, () -> CellValue.count(CellValue.MAX_WHOLE + 1))
            .code());
  }

  @Test
  void amountsKeepEveryDigitAndCheckPrecisionFirst() {
    CellValue.Amount a =
        CellValue.amount(new BigDecimal("209512.943"), MoneyUnit.TEN_THOUSAND_YUAN);
    assertEquals("209512.943万元", a.toString());
    assertEquals(new BigDecimal("2095129430.000"), a.inYuan().orElseThrow());
    assertNotEquals(
        CellValue.amount(new BigDecimal("1.50"), MoneyUnit.YUAN),
        CellValue.amount(new BigDecimal("1.5"), MoneyUnit.YUAN));
    assertEquals(
        ReportShapeException.Code.AMOUNT_PRECISION,
        assertThrows(
                ReportShapeException.class,
                () -> CellValue.amount(new BigDecimal("1e1000000000"), MoneyUnit.YUAN))
            .code());
    assertEquals(
        ReportShapeException.Code.AMOUNT_PRECISION,
        assertThrows(
                ReportShapeException.class,
                () -> CellValue.amount(new BigDecimal("0.0000001"), MoneyUnit.YUAN))
            .code());
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    ReportShapeException e =
        assertThrows(
            ReportShapeException.class,
            () -> ReportMetadata.builder().organName("某局").reportYear(2020).build());
    assertEquals(ReportShapeException.Code.MISSING_FIELD, e.code());
    assertTrue(e.field().contains("edition"), e.field());
    assertThrows(ReportShapeException.class, () -> AnnualReport.builder().build());
  }

  @Test
  void aReportThatNamesNoOrganAndStatesNoYearIsIncompleteNotRefused() {
    ReportMetadata m = ReportMetadata.builder().edition(Edition.V2019).build();
    assertTrue(m.organName().isEmpty());
    assertTrue(m.reportYear().isEmpty());
    assertEquals(m, m.withReportYear(2020).withReportYear(java.util.OptionalInt.empty()));
  }

  @ParameterizedTest
  @ValueSource(ints = {2018, 3000})
  void reportYearOutsideTheFormatIsRefused(int year) {
    ReportShapeException e =
        assertThrows(ReportShapeException.class, () -> metadata(Edition.V2019, year));
    assertEquals(ReportShapeException.Code.REPORT_YEAR, e.code());
    assertEquals("metadata.reportYear", e.field());
  }

  @Test
  void blankOrganNameIsRefused() {
    ReportShapeException e =
        assertThrows(
            ReportShapeException.class,
            () ->
                ReportMetadata.builder()
                    .organName("  ")
                    .edition(Edition.V2019)
                    .reportYear(2020)
                    .build());
    assertEquals(ReportShapeException.Code.BLANK_TEXT, e.code());
    assertEquals("DR-SHAPE-009: metadata.organName 不能为空", e.message(Locale.CHINESE));
  }

  @Test
  void feesCheckTheirKinds() {
    InformationProcessingFees fees =
        InformationProcessingFees.builder()
            .noticesIssued(CellValue.count(1))
            .amountCollected(CellValue.amount(new BigDecimal("380"), MoneyUnit.YUAN))
            .build();
    assertTrue(fees.amountNotified().isBlank());
    assertThrows(
        ReportShapeException.class,
        () ->
            InformationProcessingFees.builder()
                .noticesIssued(CellValue.amount(BigDecimal.ONE, MoneyUnit.YUAN))
                .build());
  }

  @Test
  void narratives() {
    assertTrue(Narrative.empty().isBlank());
    assertTrue(Narrative.of("  \n").isBlank());
    Narrative n =
        Narrative.builder()
            .addBlocks(TextBlock.of("（一）主动公开", "全年公开信息。"))
            .addBlocks(TextBlock.of(null, "其他说明。"))
            .build();
    assertEquals("（一）主动公开\n全年公开信息。\n其他说明。", n.text());
  }
}
