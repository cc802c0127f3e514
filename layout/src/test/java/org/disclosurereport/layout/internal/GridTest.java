package org.disclosurereport.layout.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridTest {
  private static Grid.Input<String> cell(String text, int rowSpan, int colSpan) {
    return new Grid.Input<>(text, rowSpan, colSpan);
  }

  /** The header of section 三: a corner over three rows and columns, then three header rows. */
  @Test
  void theApplicationsHeaderIsPlacedAsABrowserDoes() {
    Grid<String> grid =
        Grid.of(
            List.of(
                List.of(cell("corner", 3, 3), cell("申请人情况", 1, 7)),
                List.of(cell("自然人", 2, 1), cell("法人或其他组织", 1, 5), cell("总计", 2, 1)),
                List.of(
                    cell("商业企业", 1, 1),
                    cell("科研机构", 1, 1),
                    cell("社会公益组织", 1, 1),
                    cell("法律服务机构", 1, 1),
                    cell("其他", 1, 1))));
    assertEquals(3, grid.height());
    assertEquals(10, grid.width());
    List<Grid.Placed<String>> third = grid.cellsStartingIn(2);
    assertEquals(4, third.get(0).column(), "商业企业 starts after the corner and 自然人");
    assertEquals(8, third.get(4).column());
    assertEquals("总计", grid.at(2, 9).content());
    assertEquals("corner", grid.at(2, 2).content());
    assertEquals("法人或其他组织", grid.at(1, 8).content());
  }

  @Test
  void oddSpansAreHandledLikeBrowsers() {
    Grid<String> grid =
        Grid.of(
            List.of(
                List.of(cell("a", 0, 1), cell("b", 9, 2)),
                List.of(cell("c", 1, 0)),
                List.of(cell("d", -4, 1))));
    assertEquals(3, grid.height());
    assertEquals("a", grid.at(2, 0).content(), "rowspan 0 runs to the end");
    assertEquals("b", grid.at(2, 2).content(), "rowspan past the end is cut");
    assertEquals(3, grid.cellsStartingIn(0).get(1).rowSpan());
    assertEquals(
        3, grid.cellsStartingIn(1).get(0).column(), "colspan 0 counts as 1, after the spans");
    assertEquals(3, grid.cellsStartingIn(2).get(0).column());
    assertNull(grid.at(1, 4));
  }

  @Test
  void everyCellCoversExactlyItsSpanAndNoCellOverlapsAnother() {
    qt().withExamples(300)
        .forAll(
            lists()
                .of(lists().of(integers().between(0, 4)).ofSizeBetween(0, 5))
                .ofSizeBetween(1, 6))
        .checkAssert(
            shape -> {
              List<List<Grid.Input<String>>> input = new ArrayList<>();
              for (int r = 0; r < shape.size(); r++) {
                List<Grid.Input<String>> row = new ArrayList<>();
                for (int c = 0; c < shape.get(r).size(); c++) {
                  int n = shape.get(r).get(c);
                  row.add(cell(r + "/" + c, n % 3, 1 + n / 2));
                }
                input.add(row);
              }
              Grid<String> grid = Grid.of(input);
              for (int r = 0; r < grid.height(); r++) {
                assertEquals(input.get(r).size(), grid.cellsStartingIn(r).size());
                for (Grid.Placed<String> p : grid.cellsStartingIn(r)) {
                  assertTrue(p.row() + p.rowSpan() <= grid.height());
                  for (int dr = 0; dr < p.rowSpan(); dr++) {
                    for (int dc = 0; dc < p.colSpan(); dc++) {
                      Grid.Placed<String> at = grid.at(p.row() + dr, p.column() + dc);
                      assertNotNull(at);
                      if (at != p) {
                        // Overlap: an earlier cell keeps the slot, as in browsers.
                        assertTrue(
                            at.row() < p.row()
                                || (at.row() == p.row() && at.column() < p.column()));
                      }
                    }
                  }
                  assertSame(p, grid.at(p.row(), p.column()));
                }
              }
            });
  }

  @Test
  void hugeSpansCannotMakeTheGridHuge() {
    List<List<Grid.Input<String>>> input = new ArrayList<>();
    for (int r = 0; r < 2000; r++) {
      input.add(List.of(cell("x", 100_000, 100_000), cell("y", 1, 999_999)));
    }
    Grid<String> grid = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Grid.of(input));
    assertEquals(2000, grid.height());
    assertTrue(grid.width() <= 2 * Grid.MAX_SPAN + 2);
  }
}
