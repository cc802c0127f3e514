package org.disclosurereport.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A relation between the reports of one organ for two consecutive years, described once and held in
 * every row or column of its tables.
 *
 * <p>The cell named by {@link #currentKey()} in year N is expected to equal the signed sum of the
 * {@link #terms()}, each taken from year N or year N-1.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id, for example {@code applications.carryOver}
 * @param tables the tables the relation holds in (rows of all of them for a relation over {@link
 *     Axis#COLUMNS})
 * @param axis which axis the keys name
 * @param currentKey the key of the cell of year N that is expected
 * @param terms the terms that make it up
 * @param previousEditions the editions the year N-1 report must have for the relation to apply
 * @param englishStatement the relation in English words
 * @param chineseStatement the relation in Chinese words
 */
public record CrossYearRelation(
    String id,
    List<String> tables,
    Axis axis,
    String currentKey,
    List<Term> terms,
    Set<Edition> previousEditions,
    String englishStatement,
    String chineseStatement) {

  /** Which year's report a term is read from. */
  public enum Year {
    /** The report of year N. */
    CURRENT,
    /** The report of year N-1. */
    PREVIOUS
  }

  /**
   * One term of the expected value.
   *
   * @param key the row or column key
   * @param year which report it is read from
   * @param sign +1 or -1
   */
  public record Term(String key, Year year, int sign) {
    /** Creates a term. */
    public Term {
      Objects.requireNonNull(key);
      Objects.requireNonNull(year);
      if (sign != 1 && sign != -1) {
        throw new IllegalArgumentException("sign must be +1 or -1: " + sign);
      }
    }
  }

  /**
   * One instance of a term, at a concrete cell.
   *
   * @param address the cell
   * @param year which report it is read from
   * @param sign +1 or -1
   */
  public record TermAt(CellAddress address, Year year, int sign) {}

  /**
   * One instance of the relation at a concrete cell.
   *
   * @param relation the relation
   * @param current the cell of year N
   * @param terms the terms at concrete cells
   */
  public record Instance(CrossYearRelation relation, CellAddress current, List<TermAt> terms) {
    /** Creates an instance; the list is copied. */
    public Instance {
      terms = List.copyOf(terms);
    }
  }

  /** Creates a relation; collections are copied. */
  public CrossYearRelation {
    Objects.requireNonNull(id);
    tables = List.copyOf(tables);
    Objects.requireNonNull(axis);
    Objects.requireNonNull(currentKey);
    terms = List.copyOf(terms);
    previousEditions = Set.copyOf(previousEditions);
    Objects.requireNonNull(englishStatement);
    Objects.requireNonNull(chineseStatement);
  }

  /**
   * Expands the relation over the tables of the year N edition.
   *
   * @param current the edition of the year N report
   * @return the instances, in printed order
   */
  public List<Instance> expand(EditionSpec current) {
    List<Instance> out = new ArrayList<>();
    for (String tableKey : tables) {
      TableSpec table = current.table(tableKey).orElseThrow();
      List<AxisNode> across = axis == Axis.ROWS ? table.columnLeaves() : table.rowLeaves();
      for (AxisNode other : across) {
        List<TermAt> at =
            terms.stream()
                .map(t -> new TermAt(address(tableKey, t.key(), other.key()), t.year(), t.sign()))
                .toList();
        out.add(new Instance(this, address(tableKey, currentKey, other.key()), at));
      }
    }
    return out;
  }

  private CellAddress address(String table, String key, String other) {
    return axis == Axis.ROWS
        ? CellAddress.of(table, key, other)
        : CellAddress.of(table, other, key);
  }
}
