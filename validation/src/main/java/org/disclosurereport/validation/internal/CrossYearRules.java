package org.disclosurereport.validation.internal;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CrossYearRelation;
import org.disclosurereport.edition.CrossYearRelation.TermAt;
import org.disclosurereport.edition.CrossYearRelation.Year;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.Rule;

/**
 * The rules on two consecutive reports of one organ: DR-V404 and DR-V405 check the pairing, and
 * DR-V401 to DR-V403 every instance of the cross-year relations of the year-N edition ({@link
 * EditionSpec#crossYearRelations()}) that the year N-1 edition supports; DR-V406 (in {@link
 * YearOnYearRules}) flags headline figures that jump from one year to the next.
 */
final class CrossYearRules {
  private CrossYearRules() {}

  static void check(AnnualReport previous, AnnualReport current, FindingSink sink) {
    ReportMetadata p = previous.metadata();
    ReportMetadata c = current.metadata();
    // An incomplete report (DR-V001) cannot be paired: without both years, or without a code or
    // name on both sides, nothing says whether the two are consecutive reports of one organ.
    boolean identified =
        (p.creditCode().isPresent() && c.creditCode().isPresent())
            || (p.organName().isPresent() && c.organName().isPresent());
    if (!identified || p.reportYear().isEmpty() || c.reportYear().isEmpty()) {
      return;
    }
    int previousYear = p.reportYear().getAsInt();
    int currentYear = c.reportYear().getAsInt();
    if (!sameOrgan(p, c)) {
      if (sink.enabled(RuleDefinitions.DIFFERENT_ORGANS)) {
        sink.of(
                RuleDefinitions.DIFFERENT_ORGANS,
                FindingLocation.ofPointer(JsonPointer.of("metadata", "organName")),
                Message.of(
                    "DR-V404",
                    "previousOrgan",
                    p.organName().orElse(""),
                    "currentOrgan",
                    c.organName().orElse("")))
            .add();
      }
      return;
    }
    if (currentYear != previousYear + 1) {
      if (sink.enabled(RuleDefinitions.NOT_CONSECUTIVE)) {
        sink.of(
                RuleDefinitions.NOT_CONSECUTIVE,
                FindingLocation.ofPointer(JsonPointer.of("metadata", "reportYear")),
                Message.of("DR-V405", "previousYear", previousYear, "currentYear", currentYear))
            .values(BigDecimal.valueOf(currentYear), BigDecimal.valueOf(previousYear + 1L))
            .add();
      }
      return;
    }
    EditionSpec spec = current.spec();
    for (CrossYearRelation relation : spec.crossYearRelations()) {
      Optional<Rule> rule = RuleDefinitions.forRelation(relation.id());
      if (rule.isEmpty()
          || !sink.enabled(rule.get().id())
          || !relation.previousEditions().contains(previous.edition())) {
        continue;
      }
      for (CrossYearRelation.Instance instance : relation.expand(spec)) {
        evaluate(rule.get(), instance, previous, current, sink);
      }
    }
    YearOnYearRules.check(previous, current, sink);
  }

  private static void evaluate(
      Rule rule,
      CrossYearRelation.Instance instance,
      AnnualReport previous,
      AnnualReport current,
      FindingSink sink) {
    BlankPolicy policy = sink.options().blankPolicy();
    EditionSpec previousSpec = previous.spec();
    Set<CellAddress> cells = new LinkedHashSet<>();
    cells.add(instance.current());
    int blanks = current.cell(instance.current()).isBlank() ? 1 : 0;
    Optional<BigDecimal> reported = CellReader.value(current, instance.current(), policy);
    BigDecimal expected = BigDecimal.ZERO;
    for (TermAt term : instance.terms()) {
      AnnualReport source = term.year() == Year.PREVIOUS ? previous : current;
      if (term.year() == Year.PREVIOUS && !previousSpec.contains(term.address())) {
        return;
      }
      Optional<BigDecimal> v = CellReader.value(source, term.address(), policy);
      if (v.isEmpty()) {
        return;
      }
      blanks += source.cell(term.address()).isBlank() ? 1 : 0;
      expected = expected.add(term.sign() > 0 ? v.get() : v.get().negate());
      cells.add(term.address());
    }
    if (reported.isEmpty() || reported.get().compareTo(expected) == 0) {
      return;
    }
    EditionSpec spec = current.spec();
    CrossYearRelation relation = instance.relation();
    Message m =
        Message.of(
            "identity.crossYear",
            "labels",
            spec.label(instance.current()),
            "name",
            spec.englishName(instance.current()),
            "reported",
            CellReader.plain(reported.get()),
            "expected",
            CellReader.plain(expected),
            "previousYear",
            previous.metadata().reportYear().getAsInt(),
            "statementZh",
            relation.chineseStatement(),
            "statementEn",
            relation.englishStatement());
    if (blanks > 0) {
      m = m.append("note.blanksAsZero", "count", blanks);
    }
    sink.of(rule.id(), FindingLocation.ofCell(spec, instance.current()), m)
        .values(reported.get(), expected)
        .cells(List.copyOf(cells))
        .add();
  }

  /**
   * Two reports are of the same organ when their credit codes are equal (both given), or else when
   * their organ names are equal once white space is removed (a missing name equals no other).
   */
  static boolean sameOrgan(ReportMetadata a, ReportMetadata b) {
    if (a.creditCode().isPresent() && b.creditCode().isPresent()) {
      return squeeze(a.creditCode().get()).equalsIgnoreCase(squeeze(b.creditCode().get()));
    }
    return squeeze(a.organName().orElse("")).equals(squeeze(b.organName().orElse("")));
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s", "");
  }
}
