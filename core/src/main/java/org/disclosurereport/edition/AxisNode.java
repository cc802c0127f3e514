package org.disclosurereport.edition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One row or column heading of a table, with its place in the heading hierarchy.
 *
 * <p>Leaves carry cells; inner nodes are merged heading cells (for example {@code 法人或其他组织} over
 * five columns, or {@code （三）不予公开} over eight rows) that hold no numbers of their own. Keys of
 * leaves are unique within their table's axis, so a cell is addressed by one row key and one column
 * key.
 *
 * <p>This class is immutable and thread-safe once its edition description is built.
 */
public final class AxisNode {
  private final String key;
  private final String label;
  private final String englishName;
  private final List<String> aliases;
  private final CellKind kind;
  private final MoneyUnit declaredUnit;
  private final List<AxisNode> children;
  private final boolean umbrella;
  private AxisNode parent;

  private AxisNode(
      String key,
      String label,
      String englishName,
      List<String> aliases,
      CellKind kind,
      MoneyUnit declaredUnit,
      List<AxisNode> children,
      boolean umbrella) {
    this.umbrella = umbrella;
    this.key = Objects.requireNonNull(key, "key");
    this.label = label;
    this.englishName = Objects.requireNonNull(englishName, "englishName");
    this.aliases = List.copyOf(aliases);
    this.kind = kind;
    this.declaredUnit = declaredUnit;
    this.children = List.copyOf(children);
    for (AxisNode child : this.children) {
      if (child.parent != null) {
        throw new IllegalStateException("node " + child.key + " already has a parent");
      }
      child.parent = this;
    }
  }

  static AxisNode leaf(String key, String label, String englishName, String... aliases) {
    return new AxisNode(key, label, englishName, List.of(aliases), null, null, List.of(), false);
  }

  static AxisNode column(
      String key,
      String label,
      String englishName,
      CellKind kind,
      MoneyUnit unit,
      String... aliases) {
    return new AxisNode(key, label, englishName, List.of(aliases), kind, unit, List.of(), false);
  }

  static AxisNode group(String key, String label, String englishName, AxisNode... children) {
    return new AxisNode(key, label, englishName, List.of(), null, null, List.of(children), false);
  }

  static AxisNode group(
      String key, String label, String englishName, List<String> aliases, AxisNode... children) {
    return new AxisNode(key, label, englishName, aliases, null, null, List.of(children), false);
  }

  static AxisNode umbrella(String key, String label, String englishName, AxisNode... children) {
    return new AxisNode(key, label, englishName, List.of(), null, null, List.of(children), true);
  }

  /**
   * Whether this heading spans a whole part of the table without qualifying what is below it
   * ({@code 申请人情况} over all columns of section 三, {@code 三、本年度办理结果} over the result rows), so that
   * the name of a cell need not repeat it.
   *
   * @return true for an umbrella heading
   */
  public boolean isUmbrella() {
    return umbrella;
  }

  /**
   * Returns the labels that name this heading, from the top level down, leaving out umbrella
   * headings and empty labels; for example {@code [（三）不予公开, 1.属于国家秘密]}.
   *
   * @return the qualifying labels
   */
  public List<String> qualifiedLabels() {
    return path().stream()
        .filter(n -> !n.isUmbrella() && !n.label().isEmpty())
        .map(AxisNode::label)
        .toList();
  }

  /**
   * Returns the stable English key, unique among the leaves of the same axis of the table.
   *
   * @return the key, never null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the official Chinese label exactly as the format prints it, with full-width
   * punctuation; empty for the unlabelled data row of section 四.
   *
   * @return the label, never null
   */
  public String label() {
    return label == null ? "" : label;
  }

  /**
   * Returns a short English name, for English messages.
   *
   * @return the English name, never null
   */
  public String englishName() {
    return englishName;
  }

  /**
   * Returns labels that real reports print for this heading instead of the official one (known
   * misprints and older wordings), for readers.
   *
   * @return the aliases, possibly empty, never null
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * Returns the kind of the cells of this column; empty for rows and for column groups.
   *
   * @return the cell kind
   */
  public Optional<CellKind> kind() {
    return Optional.ofNullable(kind);
  }

  /**
   * Returns the unit the column's label declares for its amounts (for example 万元 in {@code
   * 本年收费金额（单位：万元）}); empty when the label declares none.
   *
   * @return the declared unit
   */
  public Optional<MoneyUnit> declaredUnit() {
    return Optional.ofNullable(declaredUnit);
  }

  /**
   * Returns the child headings, in printed order; empty for a leaf.
   *
   * @return the children, never null
   */
  public List<AxisNode> children() {
    return children;
  }

  /**
   * Returns the heading this one is printed under, empty at the top level.
   *
   * @return the parent
   */
  public Optional<AxisNode> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Whether this heading carries cells.
   *
   * @return true for a leaf
   */
  public boolean isLeaf() {
    return children.isEmpty();
  }

  /**
   * Returns the depth of this heading: 0 at the top level.
   *
   * @return the depth
   */
  public int depth() {
    return parent == null ? 0 : parent.depth() + 1;
  }

  /**
   * Returns the headings from the top level down to this one.
   *
   * @return the path, starting at a top-level node and ending with this node
   */
  public List<AxisNode> path() {
    List<AxisNode> path = new ArrayList<>();
    for (AxisNode n = this; n != null; n = n.parent) {
      path.add(n);
    }
    Collections.reverse(path);
    return Collections.unmodifiableList(path);
  }

  /**
   * Returns the leaves under this heading in printed order (the node itself for a leaf).
   *
   * @return the leaves, never empty
   */
  public List<AxisNode> leaves() {
    return flatten().filter(AxisNode::isLeaf).toList();
  }

  /**
   * Returns this node and all nodes below it, depth first, in printed order.
   *
   * @return the nodes
   */
  public Stream<AxisNode> flatten() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(AxisNode::flatten));
  }

  /**
   * Returns the number of leaves under this heading, which is the number of cells it spans.
   *
   * @return the span, at least 1
   */
  public int span() {
    return isLeaf() ? 1 : children.stream().mapToInt(AxisNode::span).sum();
  }

  @Override
  public String toString() {
    return key;
  }
}
