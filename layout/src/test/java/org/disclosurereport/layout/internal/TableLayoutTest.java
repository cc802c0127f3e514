package org.disclosurereport.layout.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.layout.internal.TableLayout.Cell;
import org.disclosurereport.layout.internal.TableLayout.Role;
import org.disclosurereport.layout.internal.TableLayout.Row;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.ReportMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TableLayoutTest {
  private static AnnualReport empty(Edition edition) {
    return AnnualReport.builder()
        .metadata(
            ReportMetadata.builder().organName("某局").edition(edition).reportYear(2021).build())
        .build();
  }

  private static Cell find(List<Row> rows, String text) {
    return rows.stream()
        .flatMap(r -> r.cells().stream())
        .filter(c -> c.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + text));
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void theApplicationsTableHasTheFormatsMergedCells(Edition edition) {
    TableSpec table = edition.spec().table(Tables.APPLICATIONS).orElseThrow();
    List<Row> rows = TableLayout.matrix(empty(edition), table);
    Cell corner = rows.get(0).cells().get(0);
    assertEquals(table.cornerNote().orElseThrow(), corner.text());
    assertEquals(3, corner.rowSpan());
    assertEquals(3, corner.colSpan());
    assertEquals(7, find(rows, "申请人情况").colSpan());
    assertEquals(5, find(rows, "法人或其他组织").colSpan());
    assertEquals(2, find(rows, "自然人").rowSpan());
    assertEquals(2, find(rows, "总计").rowSpan());
    AxisNode results = table.row("results").orElseThrow();
    assertEquals(edition == Edition.V2019 ? 20 : 22, find(rows, results.label()).rowSpan());
    assertEquals(8, find(rows, "（三）不予公开").rowSpan());
    assertEquals(3, find(rows, "一、本年新收政府信息公开申请数量").colSpan());
    assertEquals(2, find(rows, "（七）总计").colSpan());
    assertEquals(3 + table.rowLeaves().size(), rows.size());
    for (Row row : rows.subList(3, rows.size())) {
      int width =
          row.cells().stream().filter(c -> c.role() == Role.VALUE).mapToInt(Cell::colSpan).sum();
      assertEquals(7, width);
    }
  }

  @Test
  void theReviewTableHasNoLabelColumnAndThreeHeaderRows() {
    TableSpec table = Edition.V2021.spec().table(Tables.REVIEW_AND_LITIGATION).orElseThrow();
    List<Row> rows = TableLayout.matrix(empty(Edition.V2021), table);
    assertEquals(0, TableLayout.labelColumns(table));
    assertEquals(4, rows.size());
    assertEquals(List.of("行政复议", "行政诉讼"), rows.get(0).cells().stream().map(Cell::text).toList());
    assertEquals(5, rows.get(0).cells().get(0).colSpan());
    assertEquals(10, rows.get(0).cells().get(1).colSpan());
    assertEquals(2, rows.get(1).cells().get(0).rowSpan(), "结果维持 of 行政复议 reaches down");
    assertEquals(15, rows.get(3).cells().size());
  }

  @Test
  void section二IsOneTableWhoseNarrowBlocksStretchTheirLastColumn() {
    List<Row> rows = TableLayout.proactive(empty(Edition.V2021));
    Cell caption = rows.get(0).cells().get(0);
    assertEquals(Role.CAPTION, caption.role());
    assertEquals(4, caption.colSpan());
    assertEquals(3, find(rows, "本年收费金额（单位：万元）").colSpan());
    for (Row row : rows) {
      assertEquals(4, row.cells().stream().mapToInt(Cell::colSpan).sum());
    }
  }

  @Test
  void figuresPrintWithTheirUnitUnlessTheColumnDeclaresIt() {
    AxisNode fee =
        Edition.V2021
            .spec()
            .columnOf(
                CellAddress.of(
                    Tables.ARTICLE20_ITEM8, Proactive.ADMINISTRATIVE_FEES, Proactive.FEE_AMOUNT));
    AxisNode procurement =
        Edition.V2019
            .spec()
            .columnOf(
                CellAddress.of(
                    Tables.ARTICLE20_ITEM9,
                    Proactive.CENTRALIZED_PROCUREMENT,
                    Proactive.PROCUREMENT_AMOUNT));
    assertEquals(
        "1.50",
        TableLayout.text(
            CellValue.amount(new BigDecimal("1.50"), MoneyUnit.TEN_THOUSAND_YUAN), fee));
    assertEquals(
        "120元", TableLayout.text(CellValue.amount(new BigDecimal("120"), MoneyUnit.YUAN), fee));
    assertEquals(
        "209512.943万元",
        TableLayout.text(
            CellValue.amount(new BigDecimal("209512.943"), MoneyUnit.TEN_THOUSAND_YUAN),
            procurement));
    assertEquals(
        "8040",
        TableLayout.text(
            CellValue.amount(new BigDecimal("8040"), MoneyUnit.UNSTATED), procurement));
    assertEquals("-27", TableLayout.text(CellValue.change(-27), procurement));
    assertEquals("+34", TableLayout.text(CellValue.change(34), procurement));
    assertEquals("", TableLayout.text(CellValue.blank(), procurement));
  }
}
