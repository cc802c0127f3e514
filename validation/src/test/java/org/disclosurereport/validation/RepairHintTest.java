package org.disclosurereport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.finding.CellCorrection;
import org.disclosurereport.finding.RepairHint;
import org.junit.jupiter.api.Test;

class RepairHintTest {
  private static final CellAddress GRANTED =
      CellAddress.of(Tables.APPLICATIONS, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON);
  private static final CellAddress PARTIAL =
      CellAddress.of(
          Tables.APPLICATIONS, ApplicationRows.PARTIALLY_GRANTED, Applicants.NATURAL_PERSON);

  private static CellCorrection correction(CellAddress cell, long reported, long suggested) {
    return CellCorrection.builder()
        .cell(cell)
        .labels(cell.row())
        .reported(BigDecimal.valueOf(reported))
        .suggested(BigDecimal.valueOf(suggested))
        .build();
  }

  private static RepairHint.Builder single() {
    return RepairHint.builder()
        .cell(GRANTED)
        .labels(GRANTED.row())
        .reported(BigDecimal.valueOf(3))
        .suggested(BigDecimal.valueOf(2))
        .satisfiedRules(1);
  }

  @Test
  void aHintBuiltForOneCellHasThatCellAsItsOneCorrection() {
    RepairHint hint = single().build();
    assertEquals(List.of(correction(GRANTED, 3, 2)), hint.corrections());
    assertTrue(hint.isSingleCell());
    assertEquals(BigDecimal.valueOf(-1), hint.corrections().get(0).change());
  }

  @Test
  void aHintOfSeveralCellsStartsWithItsOwnCell() {
    RepairHint hint =
        single().addCorrections(correction(GRANTED, 3, 2), correction(PARTIAL, 0, 1)).build();
    assertFalse(hint.isSingleCell());
    assertEquals(PARTIAL, hint.corrections().get(1).cell());
    assertEquals(hint, single().from(hint).build());
  }

  @Test
  void refusesCorrectionsThatDoNotFitTheHint() {
    assertThrows(
        IllegalStateException.class,
        () -> single().addCorrections(correction(PARTIAL, 0, 1)).build());
    assertThrows(
        IllegalStateException.class,
        () -> single().addCorrections(correction(GRANTED, 3, 1)).build());
    assertThrows(
        IllegalStateException.class,
        () ->
            single().addCorrections(correction(GRANTED, 3, 2), correction(GRANTED, 3, 2)).build());
  }

  @Test
  void aHintKeepsItsKeysAndArgumentsAndRendersInEitherLanguage() {
    RepairHint hint = single().labels("（一）予以公开 / 自然人").satisfiedRules(3).build();
    assertEquals(List.of("hint.many"), hint.messageKeys());
    assertEquals(
        java.util.Set.of("labels", "reported", "suggested", "count"),
        hint.messageArguments().keySet());
    assertEquals("（一）予以公开 / 自然人: reported 3, 2 would satisfy 3 rules", hint.messageEn());
    assertEquals("（一）予以公开 / 自然人：填报 3，改为 2 可满足 3 条规则", hint.messageZh());
    assertEquals(hint.messageZh(), hint.message(java.util.Locale.SIMPLIFIED_CHINESE));
    assertEquals(hint.messageEn(), hint.message(java.util.Locale.GERMAN));
    assertEquals(
        "（一）予以公开 / 自然人: reported 3, 2 would satisfy 1 rule",
        single().labels("（一）予以公开 / 自然人").build().messageEn());
  }

  @Test
  void aHintOfSeveralCellsRendersEachCorrectionInTheLanguageAsked() {
    RepairHint hint =
        single()
            .satisfiedRules(2)
            .addCorrections(correction(GRANTED, 3, 2), correction(PARTIAL, 0, 1))
            .build();
    assertEquals(List.of("hint.together.many"), hint.messageKeys());
    assertEquals(
        "granted: reported 3, 2; partiallyGranted: reported 0, 1; made together, these changes"
            + " would satisfy 2 rules",
        hint.messageEn());
    assertTrue(
        hint.messageZh().startsWith("granted：填报 3，改为 2；partiallyGranted：填报 0，改为 1"),
        hint.messageZh());
    assertFalse(hint.messageZh().contains("{"), hint.messageZh());
  }
}
