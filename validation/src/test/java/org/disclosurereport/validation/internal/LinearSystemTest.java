package org.disclosurereport.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class LinearSystemTest {
  private static List<BigDecimal> values(long... v) {
    return java.util.Arrays.stream(v).mapToObj(BigDecimal::valueOf).toList();
  }

  private static BigDecimal[] rhs(String... v) {
    return java.util.Arrays.stream(v).map(BigDecimal::new).toArray(BigDecimal[]::new);
  }

  @Test
  void solvesAnOverdeterminedConsistentSystem() {
    // x - y = 3, x + y = 7, x = 5: three equations, two unknowns, one solution.
    long[][] a = {{1, -1}, {1, 1}, {1, 0}};
    assertEquals(Optional.of(values(5, 2)), LinearSystem.solveUnique(a, rhs("3", "7", "5")));
  }

  @Test
  void refusesContradictions() {
    long[][] a = {{1, -1}, {1, 1}, {1, 0}};
    assertEquals(Optional.empty(), LinearSystem.solveUnique(a, rhs("3", "7", "4")));
  }

  @Test
  void refusesAFreeUnknown() {
    // x + y = 1 has one solution for every x.
    assertEquals(Optional.empty(), LinearSystem.solveUnique(new long[][] {{1, 1}}, rhs("1")));
    assertEquals(
        Optional.empty(), LinearSystem.solveUnique(new long[][] {{1, 1}, {2, 2}}, rhs("1", "2")));
  }

  @Test
  void keepsFractionsExactAndRefusesEndlessDecimals() {
    // 2x = 1 gives 0.5; 3x = 1 has no finite decimal.
    assertEquals(
        Optional.of(List.of(new BigDecimal("0.5"))),
        LinearSystem.solveUnique(new long[][] {{2}}, rhs("1")));
    assertEquals(Optional.empty(), LinearSystem.solveUnique(new long[][] {{3}}, rhs("1")));
  }

  @Test
  void needsAPivotSwap() {
    // 0x + y = 4, x + 0y = -2.
    assertEquals(
        Optional.of(values(-2, 4)),
        LinearSystem.solveUnique(new long[][] {{0, 1}, {1, 0}}, rhs("4", "-2")));
  }

  @Test
  void refusesMismatchedShapes() {
    assertThrows(
        IllegalArgumentException.class,
        () -> LinearSystem.solveUnique(new long[][] {{1}, {1}}, rhs("1")));
    assertThrows(
        IllegalArgumentException.class,
        () -> LinearSystem.solveUnique(new long[][] {{1, 1}, {1}}, rhs("1", "1")));
  }

  /** For any invertible 3x3 system built from a known solution, that solution comes back. */
  @Test
  void findsTheSolutionASystemWasBuiltFrom() {
    qt().withExamples(500)
        .forAll(
            SourceDSL.lists().of(SourceDSL.longs().between(-3, 3)).ofSize(9),
            SourceDSL.lists().of(SourceDSL.longs().between(-50, 50)).ofSize(3))
        .checkAssert(
            (m, x) -> {
              long[][] a = new long[3][3];
              BigDecimal[] b = new BigDecimal[3];
              for (int i = 0; i < 3; i++) {
                long sum = 0;
                for (int j = 0; j < 3; j++) {
                  a[i][j] = m.get(3 * i + j);
                  sum += a[i][j] * x.get(j);
                }
                b[i] = BigDecimal.valueOf(sum);
              }
              long det =
                  a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
                      - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                      + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
              Optional<List<BigDecimal>> solved = LinearSystem.solveUnique(a, b);
              if (det == 0) {
                assertEquals(Optional.empty(), solved);
              } else {
                List<BigDecimal> got = solved.orElseThrow();
                for (int j = 0; j < 3; j++) {
                  assertEquals(
                      0, got.get(j).compareTo(BigDecimal.valueOf(x.get(j))), got::toString);
                }
              }
            });
  }
}
