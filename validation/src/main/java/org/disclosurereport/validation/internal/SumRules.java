package org.disclosurereport.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclosurereport.edition.Axis;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Identity;
import org.disclosurereport.edition.SumRelation;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.finding.RepairHint;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.Rule;

/**
 * The sum rules DR-V101 to DR-V106: every identity of the edition description ({@link
 * EditionSpec#identities()}) is evaluated under the blank policy, and the failing ones are reported
 * with repair hints.
 */
final class SumRules {
  private SumRules() {}

  /** An identity with the values of its two sides. */
  record Evaluated(Identity identity, BigDecimal left, BigDecimal right) {
    boolean fails() {
      return left.compareTo(right) != 0;
    }

    /** Left minus right. */
    BigDecimal gap() {
      return left.subtract(right);
    }
  }

  static void check(AnnualReport report, FindingSink sink) {
    EditionSpec spec = report.spec();
    BlankPolicy policy = sink.options().blankPolicy();
    List<Evaluated> evaluated = new ArrayList<>();
    List<Identity> withBlanks = new ArrayList<>();
    for (Identity identity : spec.identities()) {
      Optional<Rule> rule = RuleDefinitions.forRelation(identity.relation().id());
      if (rule.isEmpty() || !sink.enabled(rule.get().id())) {
        continue;
      }
      Optional<BigDecimal> left = CellReader.sum(report, identity.left(), policy);
      Optional<BigDecimal> right = CellReader.sum(report, identity.right(), policy);
      if (left.isPresent() && right.isPresent()) {
        evaluated.add(new Evaluated(identity, left.get(), right.get()));
      } else {
        withBlanks.add(identity);
      }
    }
    Map<Identity, List<RepairHint>> hints =
        sink.options().repairHints()
            ? RepairAdvisor.advise(
                spec, evaluated, a -> CellReader.value(report, a, policy).orElseThrow())
            : Map.of();
    for (Evaluated e : evaluated) {
      if (e.fails()) {
        Identity identity = e.identity();
        sink.of(
                RuleDefinitions.forRelation(identity.relation().id()).orElseThrow().id(),
                location(spec, identity),
                message(spec, e, CellReader.blanks(report, identity.cells())))
            .values(e.left(), e.right())
            .cells(identity.cells())
            .hints(hints.getOrDefault(identity, List.of()))
            .add();
      }
    }
    for (Identity identity : withBlanks) {
      checkBothWays(report, identity, sink);
    }
  }

  /**
   * Checks a sum with blank cells twice (see {@link BlankPolicy}): over the filled cells, where a
   * side with a blank count can only grow, and with blanks as zero.
   */
  private static void checkBothWays(AnnualReport report, Identity identity, FindingSink sink) {
    EditionSpec spec = report.spec();
    BigDecimal left =
        CellReader.sum(report, identity.left(), BlankPolicy.BLANK_AS_ZERO).orElseThrow();
    BigDecimal right =
        CellReader.sum(report, identity.right(), BlankPolicy.BLANK_AS_ZERO).orElseThrow();
    int comparison = left.compareTo(right);
    if (comparison == 0) {
      return;
    }
    Side leftSide = Side.of(report, identity.left());
    Side rightSide = Side.of(report, identity.right());
    // The side that is short must have a blank that can grow to make up the difference.
    Side shortSide = comparison < 0 ? leftSide : rightSide;
    boolean couldHold = shortSide.canGrow() || leftSide.signed() || rightSide.signed();
    String ruleId = RuleDefinitions.forRelation(identity.relation().id()).orElseThrow().id();
    List<CellAddress> blanks = new ArrayList<>(leftSide.blanks());
    blanks.addAll(rightSide.blanks());
    if (!couldHold) {
      sink.of(
              ruleId,
              location(spec, identity),
              message(spec, new Evaluated(identity, left, right), 0)
                  .append("note.breaksEitherWay", "count", blanks.size()))
          .values(left, right)
          .cells(identity.cells())
          .add();
      return;
    }
    if (!sink.enabled(RuleDefinitions.SUM_NEEDS_BLANKS)) {
      return;
    }
    List<CellAddress> holders = shortSide.blanks().isEmpty() ? blanks : shortSide.blanks();
    String names = holders.stream().map(spec::label).collect(Collectors.joining("、"));
    Message base = message(spec, new Evaluated(identity, left, right), 0);
    Message m =
        new Message(List.of(RuleDefinitions.SUM_NEEDS_BLANKS), base.arguments())
            .with(
                "place",
                location(spec, identity).labels().orElse(""),
                "blanks",
                names,
                "difference",
                CellReader.plain(left.subtract(right).abs()));
    sink.of(RuleDefinitions.SUM_NEEDS_BLANKS, location(spec, identity), m)
        .values(left, right)
        .cells(identity.cells())
        .add();
  }

  /** The blank cells of one side of a sum, and whether they can make it larger or smaller. */
  private record Side(List<CellAddress> blanks, boolean signed) {
    static Side of(AnnualReport report, List<CellAddress> cells) {
      List<CellAddress> blanks = new ArrayList<>();
      boolean signed = false;
      for (CellAddress a : cells) {
        if (report.cell(a).isBlank()) {
          blanks.add(a);
          signed |= report.spec().kind(a) == CellKind.CHANGE;
        }
      }
      return new Side(List.copyOf(blanks), signed);
    }

    boolean canGrow() {
      return !blanks.isEmpty();
    }
  }

  /**
   * A total is located at its cell; a sum of several cells (the balance of section 三) at the column
   * or row it holds in, with the JSON Pointer of its table.
   */
  static FindingLocation location(EditionSpec spec, Identity identity) {
    SumRelation relation = identity.relation();
    if (relation.isTotal()) {
      return FindingLocation.ofCell(spec, identity.total());
    }
    TableSpec table = spec.table(relation.table()).orElseThrow();
    FindingLocation.Builder b =
        FindingLocation.builder().section(table.section()).table(table.key());
    AxisNode along;
    if (relation.axis() == Axis.ROWS) {
      along = table.column(identity.along()).orElseThrow();
      b.column(along.key());
    } else {
      along = table.row(identity.along()).orElseThrow();
      b.row(along.key());
    }
    return b.labels(String.join(" / ", along.qualifiedLabels()))
        .jsonPointer(JsonPointer.of("tables", table.key()))
        .build();
  }

  private static Message message(EditionSpec spec, Evaluated e, int blanks) {
    Identity identity = e.identity();
    SumRelation relation = identity.relation();
    Object[] place;
    if (relation.isTotal()) {
      place =
          new Object[] {
            "labels", spec.label(identity.total()), "name", spec.englishName(identity.total())
          };
    } else {
      TableSpec table = spec.table(relation.table()).orElseThrow();
      place =
          new Object[] {
            "labels", location(spec, identity).labels().orElse(""),
            "leftLabels", headings(table, relation.axis(), relation.left()),
            "rightLabels", headings(table, relation.axis(), relation.right())
          };
    }
    Message m =
        Message.of(relation.isTotal() ? "identity.total" : "identity.sum", place)
            .with(
                "reported",
                CellReader.plain(e.left()),
                "expected",
                CellReader.plain(e.right()),
                "statementZh",
                relation.chineseStatement(),
                "statementEn",
                relation.englishStatement());
    return blanks > 0 ? m.append("note.blanksAsZero", "count", blanks) : m;
  }

  private static String headings(TableSpec table, Axis axis, List<String> keys) {
    return keys.stream()
        .map(k -> axis == Axis.ROWS ? table.row(k) : table.column(k))
        .map(n -> String.join(" / ", n.orElseThrow().qualifiedLabels()))
        .collect(Collectors.joining(" + "));
  }
}
