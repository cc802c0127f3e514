package org.disclosurereport.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.validation.internal.Message;

/**
 * The findings of one report arranged for a reader: findings of one rule and severity that cover a
 * whole table, a whole row, or one column over at least {@value #MIN_COLUMN_ROWS} rows become one
 * {@link FindingGroup}; the rest stay single. Nothing is lost: every finding is either a member of
 * exactly one group or in {@link #ungrouped()}.
 *
 * <p>Only findings located at one table cell (table, row and column known) are grouped. A whole
 * table wins over its rows, a whole row over the columns it crosses.
 *
 * <p>{@link #groups()} are ordered for a first screen: errors first, then warnings, then
 * information; within a severity by section in printed order, then table, row and column order of
 * the edition description.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FindingGroups {
  /** The fewest rows a column group spans; fewer findings are clearer one by one. */
  public static final int MIN_COLUMN_ROWS = 3;

  private final List<FindingGroup> groups;
  private final List<Finding> ungrouped;

  private FindingGroups(List<FindingGroup> groups, List<Finding> ungrouped) {
    this.groups = List.copyOf(groups);
    this.ungrouped = List.copyOf(ungrouped);
  }

  /**
   * Groups the findings of a report.
   *
   * @param spec the edition description of the report the findings are about
   * @param findings the findings, in the order found
   * @return the groups and the findings left single
   */
  public static FindingGroups of(EditionSpec spec, List<Finding> findings) {
    Objects.requireNonNull(spec, "spec");
    Map<Finding, Boolean> taken = new IdentityHashMap<>();
    // rule + severity + table -> findings by cell
    Map<String, Map<CellAddress, Finding>> byKey = new LinkedHashMap<>();
    for (Finding f : findings) {
      FindingLocation l = f.location();
      if (l.table().isEmpty() || l.row().isEmpty() || l.column().isEmpty()) {
        continue;
      }
      CellAddress a = CellAddress.of(l.table().get(), l.row().get(), l.column().get());
      if (!spec.contains(a)) {
        continue;
      }
      byKey
          .computeIfAbsent(
              f.ruleId() + "\u0000" + f.severity() + "\u0000" + a.table(),
              k -> new LinkedHashMap<>())
          .putIfAbsent(a, f);
    }
    List<FindingGroup> groups = new ArrayList<>();
    for (Map<CellAddress, Finding> cells : byKey.values()) {
      Finding first = cells.values().iterator().next();
      TableSpec table = spec.table(first.location().table().get()).orElseThrow();
      List<CellAddress> all = table.cells();
      if (cells.size() == all.size() && all.size() >= 2) {
        groups.add(group(spec, table, GroupPattern.TABLE, null, members(all, cells, taken)));
        continue;
      }
      for (AxisNode row : table.rowLeaves()) {
        List<CellAddress> inRow = all.stream().filter(a -> a.row().equals(row.key())).toList();
        if (inRow.size() >= 2 && cells.keySet().containsAll(inRow)) {
          groups.add(group(spec, table, GroupPattern.ROW, row, members(inRow, cells, taken)));
        }
      }
      for (AxisNode column : table.columnLeaves()) {
        List<CellAddress> inColumn =
            all.stream()
                .filter(a -> a.column().equals(column.key()))
                .filter(cells::containsKey)
                .filter(a -> !taken.containsKey(cells.get(a)))
                .toList();
        if (inColumn.size() >= MIN_COLUMN_ROWS) {
          groups.add(
              group(spec, table, GroupPattern.COLUMN, column, members(inColumn, cells, taken)));
        }
      }
    }
    Map<String, Integer> tableOrder = new HashMap<>();
    for (TableSpec t : spec.tables()) {
      tableOrder.put(t.key(), tableOrder.size());
    }
    Map<CellAddress, Integer> cellOrder = new HashMap<>();
    for (CellAddress a : spec.cells()) {
      cellOrder.put(a, cellOrder.size());
    }
    groups.sort(
        Comparator.comparing(FindingGroup::severity)
            .thenComparing(FindingGroup::section)
            .thenComparing(g -> tableOrder.get(g.table()))
            .thenComparing(g -> cellOrder.get(cellOf(g.members().get(0)))));
    List<Finding> rest = new ArrayList<>();
    for (Finding f : findings) {
      if (!taken.containsKey(f)) {
        rest.add(f);
      }
    }
    return new FindingGroups(groups, rest);
  }

  /**
   * Returns the groups, errors first, then by section and position.
   *
   * @return the groups, possibly empty
   */
  public List<FindingGroup> groups() {
    return groups;
  }

  /**
   * Returns the findings that are in no group, in the order found.
   *
   * @return the single findings, possibly empty
   */
  public List<Finding> ungrouped() {
    return ungrouped;
  }

  private static CellAddress cellOf(Finding f) {
    FindingLocation l = f.location();
    return CellAddress.of(l.table().orElseThrow(), l.row().orElseThrow(), l.column().orElseThrow());
  }

  private static List<Finding> members(
      List<CellAddress> addresses, Map<CellAddress, Finding> cells, Map<Finding, Boolean> taken) {
    List<Finding> m = new ArrayList<>(addresses.size());
    for (CellAddress a : addresses) {
      Finding f = cells.get(a);
      taken.put(f, Boolean.TRUE);
      m.add(f);
    }
    return m;
  }

  private static FindingGroup group(
      EditionSpec spec,
      TableSpec table,
      GroupPattern pattern,
      AxisNode along,
      List<Finding> members) {
    SectionSpec section = spec.section(table.section());
    Finding first = members.get(0);
    FindingGroup.Builder b =
        FindingGroup.builder()
            .ruleId(first.ruleId())
            .severity(first.severity())
            .pattern(pattern)
            .section(table.section())
            .table(table.key())
            .members(members);
    String labels;
    Message message;
    if (pattern == GroupPattern.TABLE) {
      labels = section.numberedHeading();
      message = Message.of("group.table");
    } else {
      labels = String.join(" / ", along.qualifiedLabels());
      String firstOther = other(spec, pattern, cellOf(first));
      String lastOther = other(spec, pattern, cellOf(members.get(members.size() - 1)));
      message =
          Message.of(pattern == GroupPattern.ROW ? "group.row" : "group.column")
              .with("first", firstOther, "last", lastOther);
      b.row(
          pattern == GroupPattern.ROW
              ? java.util.Optional.of(along.key())
              : java.util.Optional.empty());
      b.column(
          pattern == GroupPattern.COLUMN
              ? java.util.Optional.of(along.key())
              : java.util.Optional.empty());
    }
    message =
        message.with(
            "ruleId", first.ruleId(),
            "labels", labels,
            "section", section.number(),
            "count", members.size());
    String zh = nounOrId(first.ruleId(), true) + message.zh();
    String en = nounOrId(first.ruleId(), false) + message.en();
    return b.labels(labels).messageZh(zh).messageEn(en).build();
  }

  /** The labels of the other axis of a cell: its row for a column group, its column for a row. */
  private static String other(EditionSpec spec, GroupPattern pattern, CellAddress a) {
    AxisNode n = pattern == GroupPattern.COLUMN ? spec.rowOf(a) : spec.columnOf(a);
    return String.join(" / ", n.qualifiedLabels());
  }

  /** The rule's short name for group messages, falling back to its id. */
  private static String nounOrId(String ruleId, boolean zh) {
    try {
      return Message.pattern(
          ruleId + ".groupNoun", zh ? java.util.Locale.CHINESE : java.util.Locale.ROOT);
    } catch (java.util.MissingResourceException e) {
      return ruleId;
    }
  }

  @Override
  public String toString() {
    return "FindingGroups[" + groups.size() + " groups, " + ungrouped.size() + " single]";
  }
}
