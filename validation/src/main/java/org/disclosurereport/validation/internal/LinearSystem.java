package org.disclosurereport.validation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Solves a small system of linear equations exactly: integer coefficients, decimal right-hand
 * sides, as many equations as wanted and a few unknowns. The sums of the format are linear in the
 * cells, so the changes that repair several of them at once are the solution of such a system.
 *
 * <p>Elimination is fraction-free (a row is replaced by a multiple of itself minus a multiple of
 * the pivot row, never divided), so every intermediate value is exact; the one division per unknown
 * at the end is exact too or the system is refused. No rounding can ever make a wrong suggestion
 * look right.
 */
final class LinearSystem {
  private LinearSystem() {}

  /**
   * Returns the unique solution of {@code coefficients · x = rightHandSides}.
   *
   * @param coefficients one row of coefficients per equation, each as long as there are unknowns
   * @param rightHandSides one value per equation
   * @return the unknowns in column order; empty when the equations contradict each other, leave an
   *     unknown free (more than one solution), or the solution is not a finite decimal
   */
  static Optional<List<BigDecimal>> solveUnique(
      long[][] coefficients, BigDecimal[] rightHandSides) {
    int m = coefficients.length;
    if (m != rightHandSides.length) {
      throw new IllegalArgumentException(m + " equations but " + rightHandSides.length + " values");
    }
    int n = m == 0 ? 0 : coefficients[0].length;
    BigDecimal[][] a = new BigDecimal[m][n + 1];
    for (int i = 0; i < m; i++) {
      if (coefficients[i].length != n) {
        throw new IllegalArgumentException(
            "equation " + i + " has " + coefficients[i].length + " coefficients, not " + n);
      }
      for (int j = 0; j < n; j++) {
        a[i][j] = BigDecimal.valueOf(coefficients[i][j]);
      }
      a[i][n] = rightHandSides[i];
    }
    if (m < n) {
      return Optional.empty();
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      while (pivot < m && a[pivot][col].signum() == 0) {
        pivot++;
      }
      if (pivot == m) {
        return Optional.empty();
      }
      BigDecimal[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      BigDecimal p = a[col][col];
      for (int i = 0; i < m; i++) {
        BigDecimal f = a[i][col];
        if (i != col && f.signum() != 0) {
          for (int j = 0; j <= n; j++) {
            a[i][j] = a[i][j].multiply(p).subtract(a[col][j].multiply(f));
          }
        }
      }
    }
    for (int i = n; i < m; i++) {
      if (a[i][n].signum() != 0) {
        return Optional.empty();
      }
    }
    BigDecimal[] x = new BigDecimal[n];
    for (int k = 0; k < n; k++) {
      try {
        x[k] = a[k][n].divide(a[k][k]);
      } catch (ArithmeticException nonTerminating) {
        return Optional.empty();
      }
    }
    return Optional.of(List.of(x));
  }
}
