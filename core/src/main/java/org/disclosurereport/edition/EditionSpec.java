package org.disclosurereport.edition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The description of one edition of the format: its sections, tables, cells and relations.
 *
 * <p>Obtain it from {@link Edition#spec()}. Everything in the project that knows a label, a key, a
 * cell kind or a sum asks this object.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EditionSpec {
  private final Edition edition;
  private final String noticeNumber;
  private final String formatTitle;
  private final List<SectionSpec> sections;
  private final Map<String, TableSpec> tables = new LinkedHashMap<>();
  private final List<SumRelation> relations;
  private final List<Identity> identities;
  private final List<CrossYearRelation> crossYearRelations;
  private final List<CellAddress> cells;

  /**
   * The position of every cell in {@link #cells()}: one lookup answers {@link #contains}, {@link
   * #kind} and {@link #indexOf}, per cell read.
   */
  private final Map<CellAddress, Integer> indexes = new HashMap<>();

  /** The kind of every cell, by its position in {@link #cells()}. */
  private final CellKind[] kinds;

  EditionSpec(
      Edition edition,
      String noticeNumber,
      String formatTitle,
      List<SectionSpec> sections,
      List<TableSpec> tables,
      List<SumRelation> relations,
      List<CrossYearRelation> crossYearRelations) {
    this.edition = Objects.requireNonNull(edition);
    this.noticeNumber = Objects.requireNonNull(noticeNumber);
    this.formatTitle = Objects.requireNonNull(formatTitle);
    this.sections = List.copyOf(sections);
    for (TableSpec t : tables) {
      if (this.tables.put(t.key(), t) != null) {
        throw new IllegalStateException("duplicate table " + t.key());
      }
    }
    this.cells = this.tables.values().stream().flatMap(t -> t.cells().stream()).toList();
    this.kinds = new CellKind[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      CellAddress a = cells.get(i);
      if (indexes.put(a, i) != null) {
        throw new IllegalStateException("duplicate cell " + a);
      }
      kinds[i] =
          this.tables.get(a.table()).column(a.column()).flatMap(AxisNode::kind).orElseThrow();
    }
    this.relations = List.copyOf(relations);
    List<Identity> all = new ArrayList<>();
    for (SumRelation r : this.relations) {
      TableSpec t = table(r.table()).orElseThrow(() -> new IllegalStateException(r.id()));
      all.addAll(r.expand(t));
    }
    for (Identity i : all) {
      for (CellAddress a : i.cells()) {
        if (!contains(a)) {
          throw new IllegalStateException(i.relation().id() + " names a missing cell " + a);
        }
      }
    }
    this.identities = List.copyOf(all);
    this.crossYearRelations = List.copyOf(crossYearRelations);
  }

  /**
   * Returns the edition described.
   *
   * @return the edition
   */
  public Edition edition() {
    return edition;
  }

  /**
   * Returns the number of the notice that issued the format, for example {@code 国办公开办函〔2021〕30号}.
   *
   * @return the notice number
   */
  public String noticeNumber() {
    return noticeNumber;
  }

  /**
   * Returns the title of the format.
   *
   * @return the title
   */
  public String formatTitle() {
    return formatTitle;
  }

  /**
   * Returns the six sections in printed order.
   *
   * @return the sections
   */
  public List<SectionSpec> sections() {
    return sections;
  }

  /**
   * Returns a section.
   *
   * @param id the section
   * @return its description
   */
  public SectionSpec section(SectionId id) {
    return sections.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
  }

  /**
   * Returns all tables in printed order.
   *
   * @return the tables
   */
  public List<TableSpec> tables() {
    return List.copyOf(tables.values());
  }

  /**
   * Finds a table by key.
   *
   * @param key the table key
   * @return the table, or empty when this edition has no such table
   */
  public Optional<TableSpec> table(String key) {
    return Optional.ofNullable(tables.get(key));
  }

  /**
   * Returns the tables of one section in printed order.
   *
   * @param id the section
   * @return the tables, empty for a text section
   */
  public List<TableSpec> tables(SectionId id) {
    return section(id).tableKeys().stream().map(tables::get).toList();
  }

  /**
   * Returns the address of every numeric cell of the edition, table by table in printed order.
   *
   * @return the addresses (198 in the 2019 edition, 200 in the 2021 edition)
   */
  public List<CellAddress> cells() {
    return cells;
  }

  /**
   * Returns the kind of a cell, or nothing when the cell is not one of this edition's leaf cells:
   * one lookup for the question a reader or the model asks of every cell.
   *
   * @param address the address
   * @return the kind, or empty
   */
  public Optional<CellKind> kindOf(CellAddress address) {
    int i = indexOf(address);
    return i < 0 ? Optional.empty() : Optional.of(kinds[i]);
  }

  /**
   * Returns the position of a cell in {@link #cells()}, or -1 when the cell is not one of this
   * edition's leaf cells: one lookup, by which a report keeps its cells in an array.
   *
   * @param address the address
   * @return the position, from 0 to {@code cells().size() - 1}, or -1
   */
  public int indexOf(CellAddress address) {
    Integer i = indexes.get(Objects.requireNonNull(address, "address"));
    return i == null ? -1 : i;
  }

  /**
   * Returns the kind of the cell at a position of {@link #cells()}.
   *
   * @param index the position
   * @return the kind
   * @throws IndexOutOfBoundsException if there is no such position
   */
  public CellKind kind(int index) {
    return kinds[index];
  }

  /**
   * Whether the edition has the given cell.
   *
   * @param address the address
   * @return true when table, row and column exist and the row and column are leaves
   */
  public boolean contains(CellAddress address) {
    return indexes.containsKey(Objects.requireNonNull(address, "address"));
  }

  /**
   * Returns the kind of a cell.
   *
   * @param address the address
   * @return the kind
   * @throws IllegalArgumentException if the edition has no such cell
   */
  public CellKind kind(CellAddress address) {
    Integer i = indexes.get(address);
    if (i == null) {
      require(address);
    }
    return kinds[i];
  }

  /**
   * Returns the row heading of a cell.
   *
   * @param address the address
   * @return the row heading
   * @throws IllegalArgumentException if the edition has no such cell
   */
  public AxisNode rowOf(CellAddress address) {
    require(address);
    return tables.get(address.table()).row(address.row()).orElseThrow();
  }

  /**
   * Returns the column heading of a cell.
   *
   * @param address the address
   * @return the column heading
   * @throws IllegalArgumentException if the edition has no such cell
   */
  public AxisNode columnOf(CellAddress address) {
    require(address);
    return tables.get(address.table()).column(address.column()).orElseThrow();
  }

  /**
   * Returns the official labels of a cell, for messages: the table caption (if any), the row path
   * and the column path, joined with {@code / }. For example {@code （七）总计 / 自然人}.
   *
   * @param address the address
   * @return the label
   * @throws IllegalArgumentException if the edition has no such cell
   */
  public String label(CellAddress address) {
    TableSpec t = tables.get(address.table());
    require(address);
    StringBuilder sb = new StringBuilder();
    t.caption().ifPresent(c -> sb.append(c).append(" / "));
    appendPath(sb, rowOf(address));
    appendPath(sb, columnOf(address));
    return sb.substring(0, sb.length() - 3);
  }

  /**
   * Returns the English name of a cell, for messages, for example {@code results total / natural
   * person}.
   *
   * @param address the address
   * @return the English name
   * @throws IllegalArgumentException if the edition has no such cell
   */
  public String englishName(CellAddress address) {
    TableSpec t = tables.get(address.table());
    require(address);
    return t.englishName()
        + ": "
        + rowOf(address).englishName()
        + " / "
        + columnOf(address).englishName();
  }

  private static void appendPath(StringBuilder sb, AxisNode node) {
    for (String label : node.qualifiedLabels()) {
      sb.append(label).append(" / ");
    }
  }

  private void require(CellAddress address) {
    if (!contains(address)) {
      throw new IllegalArgumentException(
          "Invalid cell address for edition " + edition.id() + ": " + address);
    }
  }

  /**
   * Returns the sum relations of the edition.
   *
   * @return the relations
   */
  public List<SumRelation> relations() {
    return relations;
  }

  /**
   * Finds a sum relation by id.
   *
   * @param id the relation id
   * @return the relation, or empty
   */
  public Optional<SumRelation> relation(String id) {
    return relations.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Returns every identity: each sum relation expanded over its table.
   *
   * @return the identities
   */
  public List<Identity> identities() {
    return identities;
  }

  /**
   * Returns the identities whose left side is a single total cell equal to {@code address}.
   *
   * @param address a cell
   * @return the total identities of that cell, empty if it is not a total
   */
  public List<Identity> totalsOf(CellAddress address) {
    return identities.stream()
        .filter(i -> i.relation().isTotal() && i.total().equals(address))
        .toList();
  }

  /**
   * Returns the relations that link a report of this edition (year N) to the report of year N-1.
   *
   * @return the cross-year relations
   */
  public List<CrossYearRelation> crossYearRelations() {
    return crossYearRelations;
  }

  @Override
  public String toString() {
    return "EditionSpec[" + edition.id() + "]";
  }
}
