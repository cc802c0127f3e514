package org.disclosurereport.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditionSpecTest {
  @Test
  void numericCellCountsMatchTheFormat() {
    assertEquals(198, Edition.V2019.spec().cells().size());
    assertEquals(200, Edition.V2021.spec().cells().size());
  }

  @Test
  void labelOfResultsTotal() {
    assertEquals(
        "（七）总计 / 自然人",
        Edition.V2019.spec().label(CellAddress.of("applications", "resultsTotal", "naturalPerson")));
    assertEquals(
        "第二十条第（一）项 / 规章 / 本年新制作数量",
        Edition.V2019.spec().label(CellAddress.of("article20Item1", "regulations", "newlyMade")));
    assertEquals(
        "行政诉讼 / 复议后起诉 / 尚未审结",
        Edition.V2021.spec().label(CellAddress.of("reviewAndLitigation", "cases", "suitAfterReviewPending")));
  }
}
