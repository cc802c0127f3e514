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
        .satisfiedRules(1)
        .messageZh("zh")
        .messageEn("en");
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
}
