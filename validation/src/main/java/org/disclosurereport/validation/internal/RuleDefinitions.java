package org.disclosurereport.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.CrossYearRelation;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Identity;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.edition.SumRelation;
import org.disclosurereport.finding.RuleCode;
import org.disclosurereport.validation.Rule;
import org.disclosurereport.validation.RuleScope;

/**
 * The content of the rule catalogue, built once from the edition descriptions.
 *
 * <p>What is written here is only what the descriptions cannot say: each rule's stable id, default
 * severity and sources, and which sum or cross-year relation of the descriptions a rule checks.
 * Descriptions of relation rules are the relations' own statements; the cells of every rule are
 * derived from the descriptions.
 */
public final class RuleDefinitions {
  /** Required metadata present. */
  public static final String REQUIRED_METADATA = RuleCode.REQUIRED_METADATA.id();

  /** Edition issued after the report year. */
  public static final String EDITION_TOO_NEW = RuleCode.EDITION_TOO_NEW.id();

  /** Edition no longer prescribed for the report year. */
  public static final String EDITION_OUTDATED = RuleCode.EDITION_OUTDATED.id();

  /** Counts are zero or more. */
  public static final String NON_NEGATIVE_COUNT = RuleCode.NON_NEGATIVE_COUNT.id();

  /** Blank cell, policy: error. */
  public static final String BLANK_CELL = RuleCode.BLANK_CELL.id();

  /** Blank cell, policy: counted as zero. */
  public static final String BLANK_AS_ZERO = RuleCode.BLANK_AS_ZERO.id();

  /** Blank cell, policy: sums checked both ways. */
  public static final String BLANK_CHECKED_BOTH_WAYS = RuleCode.BLANK_CHECKED_BOTH_WAYS.id();

  /** A sum that holds only if blank cells hold the difference. */
  public static final String SUM_NEEDS_BLANKS = RuleCode.SUM_NEEDS_BLANKS.id();

  /** Mandatory text section empty. */
  public static final String EMPTY_TEXT_SECTION = RuleCode.EMPTY_TEXT_SECTION.id();

  /** A figure stated in the narrative disagrees with the tables. */
  public static final String NARRATIVE_FIGURE = RuleCode.NARRATIVE_FIGURE.id();

  /** The table of section 三 or 四 not filled in at all. */
  public static final String TABLE_MISSING = RuleCode.TABLE_MISSING.id();

  /** A fee collected while section 六 says there is nothing to report. */
  public static final String FEE_BUT_NOTHING_TO_REPORT = RuleCode.FEE_BUT_NOTHING_TO_REPORT.id();

  /** Fees collected above the fees notified. */
  public static final String FEES_COLLECTED_ABOVE_NOTIFIED =
      RuleCode.FEES_COLLECTED_ABOVE_NOTIFIED.id();

  /** Fee amounts without fee notices. */
  public static final String FEES_WITHOUT_NOTICES = RuleCode.FEES_WITHOUT_NOTICES.id();

  /** Two reports of different organs. */
  public static final String DIFFERENT_ORGANS = RuleCode.DIFFERENT_ORGANS.id();

  /** Two reports of years that do not follow each other. */
  public static final String NOT_CONSECUTIVE = RuleCode.NOT_CONSECUTIVE.id();

  /** A headline figure that jumps more than fivefold, or falls below a fifth, in a year. */
  public static final String YEAR_ON_YEAR_JUMP = RuleCode.YEAR_ON_YEAR_JUMP.id();

  /** A parent organ's application counts beside the sum of its subordinate organs'. */
  public static final String SUBORDINATE_TOTALS = RuleCode.SUBORDINATE_TOTALS.id();

  /** The repository's description of the format, generated from the edition descriptions. */
  private static final String GUIDE = "docs/format.md";

  private static final String ARTICLE_50 = "条例第五十条";

  private static final List<Rule> ALL = build();
  private static final Map<String, Rule> BY_ID = index(ALL);
  private static final Map<String, Rule> BY_RELATION = indexByRelation(ALL);

  private RuleDefinitions() {}

  /**
   * Returns every rule, ordered by id.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * Finds a rule by id.
   *
   * @param id the id
   * @return the rule, or empty
   */
  public static Optional<Rule> rule(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /**
   * Returns a rule that must exist.
   *
   * @param id the id
   * @return the rule
   */
  public static Rule require(String id) {
    Rule r = BY_ID.get(id);
    if (r == null) {
      throw new IllegalStateException("no rule " + id);
    }
    return r;
  }

  /**
   * Finds the rule that checks a sum or cross-year relation of the edition descriptions.
   *
   * @param relationId the relation id, for example {@code applications.balance}
   * @return the rule, or empty when no rule checks it
   */
  public static Optional<Rule> forRelation(String relationId) {
    return Optional.ofNullable(BY_RELATION.get(relationId));
  }

  private static List<Rule> build() {
    List<Rule> rules = new ArrayList<>();
    EditionSpec current = Edition.V2021.spec();
    Set<Edition> all = Set.of(Edition.values());

    rules.add(
        plain(
                REQUIRED_METADATA,
                RuleScope.REPORT,
                all,
                List.of(trial().noticeNumber(), current().noticeNumber()))
            .build());
    rules.add(
        plain(
                EDITION_TOO_NEW,
                RuleScope.REPORT,
                all,
                List.of(current.noticeNumber(), GUIDE),
                "edition",
                current.edition().id(),
                "notice",
                current.noticeNumber(),
                "firstYear",
                current.edition().firstYear())
            .build());
    EditionSpec trial = Edition.V2019.spec();
    rules.add(
        plain(
                EDITION_OUTDATED,
                RuleScope.REPORT,
                all,
                List.of(current.noticeNumber(), GUIDE),
                "edition",
                trial.edition().id(),
                "notice",
                trial.noticeNumber(),
                "lastYear",
                trial.edition().lastYear())
            .build());
    rules.add(
        plain(NON_NEGATIVE_COUNT, RuleScope.REPORT, all, List.of(GUIDE))
            .cellsByEdition(cells((spec, a) -> spec.kind(a) == CellKind.COUNT))
            .build());
    rules.add(
        plain(BLANK_CELL, RuleScope.REPORT, all, List.of(GUIDE))
            .cellsByEdition(cells((spec, a) -> true))
            .build());
    rules.add(
        plain(BLANK_AS_ZERO, RuleScope.REPORT, all, List.of(GUIDE))
            .cellsByEdition(cells((spec, a) -> true))
            .build());

    rules.add(
        plain(BLANK_CHECKED_BOTH_WAYS, RuleScope.REPORT, all, List.of(GUIDE))
            .cellsByEdition(cells((spec, a) -> true))
            .build());
    rules.add(
        plain(SUM_NEEDS_BLANKS, RuleScope.REPORT, all, List.of(GUIDE))
            .cellsByEdition(cellsInSomeSum())
            // A blank is what makes the sum open; under the policy that checks sums both ways it
            // is noted by DR-V013 (under BLANK_IS_ERROR, by DR-V011 instead).
            .companions(List.of(BLANK_CHECKED_BOTH_WAYS))
            .build());
    rules.add(sum(RuleCode.APPLICATIONS_BALANCE.id(), "applications.balance", List.of(ARTICLE_50)));
    rules.add(
        sum(
            RuleCode.APPLICATIONS_RESULTS_TOTAL.id(),
            "applications.resultsTotal",
            List.of(ARTICLE_50)));
    rules.add(
        sum(
            RuleCode.APPLICATIONS_APPLICANT_TOTAL.id(),
            "applications.applicantTotal",
            List.of(ARTICLE_50)));
    rules.add(
        sum(RuleCode.REVIEW_TOTAL.id(), "reviewAndLitigation.reviewTotal", List.of(ARTICLE_50)));
    rules.add(
        sum(
            RuleCode.DIRECT_SUIT_TOTAL.id(),
            "reviewAndLitigation.directSuitTotal",
            List.of(ARTICLE_50)));
    rules.add(
        sum(
            RuleCode.SUIT_AFTER_REVIEW_TOTAL.id(),
            "reviewAndLitigation.suitAfterReviewTotal",
            List.of(ARTICLE_50)));

    rules.add(
        plain(
                EMPTY_TEXT_SECTION,
                RuleScope.REPORT,
                all,
                List.of(ARTICLE_50, trial().noticeNumber(), current().noticeNumber()),
                "general",
                current.section(SectionId.GENERAL).numberedHeading(),
                "problems",
                current.section(SectionId.PROBLEMS).numberedHeading(),
                "otherMatters",
                current.section(SectionId.OTHER_MATTERS).numberedHeading())
            .build());
    List<String> feeSources = List.of("条例第四十二条", "国办函〔2020〕109号");
    rules.add(plain(FEES_COLLECTED_ABOVE_NOTIFIED, RuleScope.REPORT, all, feeSources).build());
    rules.add(plain(FEES_WITHOUT_NOTICES, RuleScope.REPORT, all, feeSources).build());
    rules.add(plain(FEE_BUT_NOTHING_TO_REPORT, RuleScope.REPORT, all, feeSources).build());
    rules.add(
        plain(TABLE_MISSING, RuleScope.REPORT, all, List.of(ARTICLE_50))
            // Every cell of the table is blank: the blank rule of the policy fires too (DR-V013
            // under the policy that checks sums both ways).
            .companions(List.of(BLANK_CHECKED_BOTH_WAYS))
            .build());
    rules.add(plain(NARRATIVE_FIGURE, RuleScope.REPORT, all, List.of(ARTICLE_50)).build());

    rules.add(crossYear(RuleCode.APPLICATIONS_CARRY_OVER.id(), "applications.carryOver"));
    rules.add(
        crossYear(RuleCode.PROACTIVE_ITEM_COUNT_CARRY_OVER.id(), "proactive.itemCountCarryOver"));
    rules.add(
        crossYear(RuleCode.PROACTIVE_IN_FORCE_CONTINUITY.id(), "proactive.inForceContinuity"));
    List<String> pairSources = List.of(GUIDE);
    rules.add(plain(DIFFERENT_ORGANS, RuleScope.CONSECUTIVE_REPORTS, all, pairSources).build());
    rules.add(plain(NOT_CONSECUTIVE, RuleScope.CONSECUTIVE_REPORTS, all, pairSources).build());
    rules.add(
        plain(
                YEAR_ON_YEAR_JUMP,
                RuleScope.CONSECUTIVE_REPORTS,
                all,
                List.of(ARTICLE_50),
                "fold",
                YearOnYearRules.FOLD,
                "floor",
                YearOnYearRules.FLOOR)
            .cellsByEdition(cells((spec, a) -> YearOnYearRules.FIGURES.contains(a)))
            .build());
    rules.add(
        plain(SUBORDINATE_TOTALS, RuleScope.BATCH, all, List.of(ARTICLE_50))
            .cellsByEdition(
                cells(
                    (spec, a) ->
                        org.disclosurereport.validation.SubordinateOrgans.FIGURES.contains(a)))
            .build());

    rules.sort(Comparator.comparing(Rule::id));
    return List.copyOf(rules);
  }

  /** A rule whose description comes from the bundle key {@code <id>.description}. */
  private static Rule.Builder plain(
      String id,
      RuleScope scope,
      Set<Edition> editions,
      List<String> sources,
      Object... descriptionArguments) {
    Message description = Message.of(id + ".description", descriptionArguments);
    return Rule.builder()
        .id(id)
        .defaultSeverity(RuleCode.ofId(id).defaultSeverity())
        .scope(scope)
        .descriptionZh(description.zh())
        .descriptionEn(description.en())
        .sources(sources)
        .editions(sorted(editions));
  }

  /** A rule checking every identity of a sum relation of the descriptions. */
  private static Rule sum(String id, String relationId, List<String> sources) {
    Map<Edition, List<CellAddress>> cells = new EnumMap<>(Edition.class);
    SumRelation statement = null;
    for (Edition e : Edition.values()) {
      EditionSpec spec = e.spec();
      Optional<SumRelation> relation = spec.relation(relationId);
      if (relation.isEmpty()) {
        continue;
      }
      statement = statement == null ? relation.get() : statement;
      Set<CellAddress> involved = new LinkedHashSet<>();
      for (Identity identity : spec.identities()) {
        if (identity.relation().id().equals(relationId)) {
          involved.addAll(identity.cells());
        }
      }
      cells.put(e, inPrintedOrder(spec, involved));
    }
    if (statement == null) {
      throw new IllegalStateException("no edition has the sum relation " + relationId);
    }
    return Rule.builder()
        .id(id)
        .defaultSeverity(RuleCode.ofId(id).defaultSeverity())
        .scope(RuleScope.REPORT)
        .descriptionZh(statement.chineseStatement())
        .descriptionEn(capitalize(statement.englishStatement()) + ".")
        .sources(withGuide(relationId, sources))
        .editions(cells.keySet())
        .relationId(relationId)
        .cellsByEdition(cells)
        .build();
  }

  /** A rule checking every instance of a cross-year relation of the descriptions. */
  private static Rule crossYear(String id, String relationId) {
    Map<Edition, List<CellAddress>> cells = new EnumMap<>(Edition.class);
    CrossYearRelation statement = null;
    for (Edition e : Edition.values()) {
      EditionSpec spec = e.spec();
      for (CrossYearRelation relation : spec.crossYearRelations()) {
        if (!relation.id().equals(relationId)) {
          continue;
        }
        statement = statement == null ? relation : statement;
        Set<CellAddress> involved = new LinkedHashSet<>();
        for (CrossYearRelation.Instance instance : relation.expand(spec)) {
          involved.add(instance.current());
          instance.terms().forEach(t -> involved.add(t.address()));
        }
        cells.put(e, inPrintedOrder(spec, involved));
      }
    }
    if (statement == null) {
      throw new IllegalStateException("no edition has the cross-year relation " + relationId);
    }
    return Rule.builder()
        .id(id)
        .defaultSeverity(RuleCode.ofId(id).defaultSeverity())
        .scope(RuleScope.CONSECUTIVE_REPORTS)
        .descriptionZh(statement.chineseStatement())
        .descriptionEn(capitalize(statement.englishStatement()) + ".")
        .sources(List.of(GUIDE + " " + relationId))
        .editions(cells.keySet())
        .relationId(relationId)
        .cellsByEdition(cells)
        .build();
  }

  /** The relation's place in the repository's description of the format, then the others. */
  private static List<String> withGuide(String relationId, List<String> sources) {
    List<String> all = new ArrayList<>();
    all.add(GUIDE + " " + relationId);
    all.addAll(sources);
    return all;
  }

  private static EditionSpec trial() {
    return Edition.V2019.spec();
  }

  private static EditionSpec current() {
    return Edition.V2021.spec();
  }

  private static Map<Edition, List<CellAddress>> cells(
      BiFunction<EditionSpec, CellAddress, Boolean> filter) {
    Map<Edition, List<CellAddress>> cells = new EnumMap<>(Edition.class);
    for (Edition e : Edition.values()) {
      EditionSpec spec = e.spec();
      cells.put(e, spec.cells().stream().filter(a -> filter.apply(spec, a)).toList());
    }
    return cells;
  }

  /**
   * The cells of each edition that some sum identity involves, in printed order: the identities'
   * cells gathered once into a set, not searched again for every cell of the edition.
   */
  private static Map<Edition, List<CellAddress>> cellsInSomeSum() {
    Map<Edition, List<CellAddress>> cells = new EnumMap<>(Edition.class);
    for (Edition e : Edition.values()) {
      EditionSpec spec = e.spec();
      Set<CellAddress> summed = new HashSet<>();
      for (Identity identity : spec.identities()) {
        summed.addAll(identity.cells());
      }
      cells.put(e, inPrintedOrder(spec, summed));
    }
    return cells;
  }

  private static List<CellAddress> inPrintedOrder(EditionSpec spec, Set<CellAddress> cells) {
    return spec.cells().stream().filter(cells::contains).toList();
  }

  private static Set<Edition> sorted(Set<Edition> editions) {
    Set<Edition> s = new LinkedHashSet<>();
    for (Edition e : Edition.values()) {
      if (editions.contains(e)) {
        s.add(e);
      }
    }
    return s;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Map<String, Rule> index(List<Rule> rules) {
    Map<String, Rule> m = new LinkedHashMap<>();
    for (Rule r : rules) {
      if (m.put(r.id(), r) != null) {
        throw new IllegalStateException("duplicate rule id " + r.id());
      }
    }
    return m;
  }

  private static Map<String, Rule> indexByRelation(List<Rule> rules) {
    Map<String, Rule> m = new LinkedHashMap<>();
    for (Rule r : rules) {
      r.relationId().ifPresent(id -> m.put(id, r));
    }
    return m;
  }
}
