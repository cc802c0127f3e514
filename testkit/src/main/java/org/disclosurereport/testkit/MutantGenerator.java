package org.disclosurereport.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.finding.RuleCode;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.InformationProcessingFees;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.testkit.internal.DeltaSearch;
import org.disclosurereport.testkit.internal.Equation;
import org.disclosurereport.testkit.internal.Equations;
import org.disclosurereport.testkit.internal.OrganCodes;
import org.disclosurereport.testkit.internal.Slot;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.Rule;
import org.disclosurereport.validation.RuleCatalogue;
import org.disclosurereport.validation.RuleScope;

/**
 * Generates reports that break one rule of the {@link RuleCatalogue} and only that rule (or, where
 * a rule cannot break alone, exactly that rule and its documented {@link Rule#companions()}).
 *
 * <p>Each mutant starts from a consistent report (or pair of consecutive reports) of {@link
 * ReportGenerator} and changes as little as the rule needs:
 *
 * <ul>
 *   <li>a rule that checks a sum relation or a cross-year relation of the edition description
 *       changes one cell of one instance of the relation by some {@code d}, and as few other cells
 *       as needed to keep every other relation, found by a search over the relations (for example
 *       {@code （一）予以公开 / 总计}, {@code （七）总计 / 总计} and {@code 一、本年新收 / 总计} all by {@code +d}, which
 *       breaks only the row totals of those three rows);
 *   <li>a blank rule blanks one cell (for the rule on blanks counted as zero, a cell whose zero
 *       changes no sum);
 *   <li>metadata, text and fee rules change the one field the rule reads.
 * </ul>
 *
 * <p>Mutants have no other blank cell, whatever {@link GeneratorConfig#blankPercent()} says. Some
 * rules cannot be broken by any report the model can build; {@link #unbreakable(String, Edition)}
 * says which and why, and {@link #of} refuses them.
 *
 * <pre>{@code
 * Mutant m = MutantGenerator.of(RuleCode.APPLICATIONS_RESULTS_TOTAL, GeneratorConfig.of(Edition.V2021))
 *     .generate(entropy);
 * assertEquals(List.of("DR-V102"), m.validator().validate(m.report()).findings().stream()
 *     .map(Finding::ruleId).distinct().toList());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MutantGenerator implements Generator<Mutant> {

  /** Texts that say only that there is nothing to report. */
  private static final List<String> PLACEHOLDERS = List.of("无", "暂无。");

  private final Rule rule;
  private final GeneratorConfig config;
  private final Edition previousEdition;
  private final Function<Entropy, Mutant> strategy;
  private final ReportGenerator reports;
  private final ReportPairGenerator pairs;

  private MutantGenerator(Rule rule, GeneratorConfig config, Edition previousEdition) {
    this.rule = rule;
    this.config = GeneratorConfig.copyOf(config).withBlankPercent(0);
    this.previousEdition = previousEdition;
    this.strategy = strategy();
    boolean consecutive = rule.scope() == RuleScope.CONSECUTIVE_REPORTS;
    this.reports = consecutive ? null : ReportGenerator.of(this.config);
    this.pairs = consecutive ? ReportPairGenerator.of(this.config, previousEdition) : null;
  }

  /**
   * Returns a generator of reports that break a rule, in the configured edition. For a rule on
   * consecutive reports, year N-1 has the same edition when the rule applies to it, else the first
   * edition the rule accepts for year N-1.
   *
   * @param ruleId the rule id, for example {@code DR-V101}
   * @param config the configuration of the report (year N, for a rule on consecutive reports)
   * @return the generator
   * @throws IllegalArgumentException if the rule is unknown, does not apply to the edition, cannot
   *     be broken in it, or has no mutant generator
   */
  public static MutantGenerator of(String ruleId, GeneratorConfig config) {
    Rule rule = requireRule(ruleId);
    Edition current = config.edition();
    Edition previous = current;
    if (rule.scope() == RuleScope.CONSECUTIVE_REPORTS) {
      List<Edition> accepted =
          previousEditions(rule, current).stream().filter(p -> prescribedPair(p, current)).toList();
      previous = accepted.contains(current) || accepted.isEmpty() ? current : accepted.get(0);
    }
    return of(ruleId, config, previous);
  }

  /**
   * Returns a generator of reports that break a rule, in the configured edition; see {@link
   * #of(String, GeneratorConfig)}.
   *
   * @param rule the rule's code, for example {@link RuleCode#APPLICATIONS_BALANCE}
   * @param config the configuration of the report (year N, for a rule on consecutive reports)
   * @return the generator
   * @throws IllegalArgumentException if the rule does not apply to the edition, cannot be broken in
   *     it, or has no mutant generator
   */
  public static MutantGenerator of(RuleCode rule, GeneratorConfig config) {
    return of(rule.id(), config);
  }

  /**
   * Returns a generator of pairs of consecutive reports that break a rule on consecutive reports,
   * with year N-1 in the given edition.
   *
   * @param ruleId the rule id, for example {@code DR-V401}
   * @param config the configuration of year N
   * @param previousEdition the edition of year N-1
   * @return the generator
   * @throws IllegalArgumentException if the rule is unknown, does not apply, cannot be broken, or
   *     has no mutant generator
   */
  public static MutantGenerator of(String ruleId, GeneratorConfig config, Edition previousEdition) {
    Rule rule = requireRule(ruleId);
    Edition edition = config.edition();
    if (!rule.appliesTo(edition)) {
      throw new IllegalArgumentException(
          "Invalid rule for edition " + edition.id() + ": " + ruleId + " does not apply to it");
    }
    Optional<String> why = unbreakable(ruleId, edition);
    if (why.isPresent()) {
      throw new IllegalArgumentException(
          "Invalid rule for edition "
              + edition.id()
              + ": "
              + ruleId
              + " cannot be broken: "
              + why.get());
    }
    if (rule.scope() == RuleScope.CONSECUTIVE_REPORTS
        && rule.relationId().isPresent()
        && !previousEditions(rule, edition).contains(previousEdition)) {
      throw new IllegalArgumentException(
          "Invalid edition for year N-1: "
              + ruleId
              + " does not apply after edition "
              + previousEdition.id()
              + " (valid editions "
              + previousEditions(rule, edition)
              + ")");
    }
    return new MutantGenerator(rule, config, previousEdition);
  }

  /** Whether some year N has year N's edition prescribed and year N-1's prescribed for N-1. */
  private static boolean prescribedPair(Edition previous, Edition current) {
    return Math.max(current.firstYear(), previous.firstYear() + 1)
        <= Math.min(current.lastYear(), (long) previous.lastYear() + 1);
  }

  /**
   * Says why a rule cannot be broken in an edition by any report the model can build, for rules
   * that cannot: {@code DR-V010} (the model refuses negative counts when a report is built), and
   * the edition-year rules where the edition's years reach the ends of the years the model accepts.
   *
   * @param ruleId the rule id
   * @param edition the edition
   * @return the reason, empty when the rule can be broken
   */
  public static Optional<String> unbreakable(String ruleId, Edition edition) {
    RuleCode code;
    try {
      code = RuleCode.ofId(ruleId);
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
    return switch (code) {
      case NON_NEGATIVE_COUNT ->
          Optional.of("the model refuses a negative count when a report is built (DR-SHAPE-005)");
      case EDITION_TOO_NEW ->
          edition.firstYear() <= ReportMetadata.FIRST_REPORT_YEAR
              ? Optional.of(
                  "the model accepts no report year before " + ReportMetadata.FIRST_REPORT_YEAR)
              : Optional.empty();
      case EDITION_OUTDATED ->
          edition.lastYear() >= ReportMetadata.LAST_REPORT_YEAR
              ? Optional.of("the edition is prescribed for every later year the model accepts")
              : Optional.empty();
      case SUBORDINATE_TOTALS ->
          Optional.of(
              "a note over a batch of reports (a parent organ and its subordinate organs), which"
                  + " no single report or pair breaks");
      default -> Optional.empty();
    };
  }

  /**
   * Returns the rule.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  @Override
  public Mutant generate(Entropy entropy) {
    return strategy.apply(Objects.requireNonNull(entropy, "entropy"));
  }

  private static Rule requireRule(String ruleId) {
    return RuleCatalogue.rule(ruleId)
        .orElseThrow(() -> new IllegalArgumentException("Unknown rule id: " + ruleId));
  }

  private static List<Edition> previousEditions(Rule rule, Edition current) {
    return rule.relationId()
        .map(id -> Equations.applicableIds(current.spec()).getOrDefault(id, List.of()))
        .orElse(List.of(Edition.values()));
  }

  private Function<Entropy, Mutant> strategy() {
    String id = rule.id();
    if (rule.relationId().isPresent()) {
      return rule.scope() == RuleScope.REPORT ? this::breakSum : this::breakChain;
    }
    if (id.equals(BlankPolicy.BLANK_IS_ERROR.ruleId())) {
      return e -> blankZeroCell(e, BlankPolicy.BLANK_IS_ERROR);
    }
    if (id.equals(BlankPolicy.BLANK_AS_ZERO.ruleId())) {
      return e -> blankZeroCell(e, BlankPolicy.BLANK_AS_ZERO);
    }
    if (id.equals(BlankPolicy.BLANK_CHECKED_BOTH_WAYS.ruleId())) {
      return e -> blankZeroCell(e, BlankPolicy.BLANK_CHECKED_BOTH_WAYS);
    }
    if (rule.code() == org.disclosurereport.finding.RuleCode.SUM_NEEDS_BLANKS) {
      return this::blankFilledCell;
    }
    return switch (rule.code()) {
      case REQUIRED_METADATA -> this::blankMetadataField;
      case EDITION_TOO_NEW -> e -> shiftYear(e, false);
      case EDITION_OUTDATED -> e -> shiftYear(e, true);
      case EMPTY_TEXT_SECTION -> this::emptyText;
      case FEES_COLLECTED_ABOVE_NOTIFIED -> e -> fees(e, true);
      case FEES_WITHOUT_NOTICES -> e -> fees(e, false);
      case DIFFERENT_ORGANS -> this::otherOrgan;
      case NOT_CONSECUTIVE -> this::notConsecutive;
      case NARRATIVE_FIGURE -> this::misstateApplications;
      case TABLE_MISSING -> this::blankTable;
      case FEE_BUT_NOTHING_TO_REPORT -> this::feeButNothingToReport;
      case YEAR_ON_YEAR_JUMP -> this::reviewsJump;
      default -> throw new IllegalArgumentException("No mutant generator for rule " + id + " yet");
    };
  }

  private Mutant mutant(AnnualReport report, BlankPolicy policy, List<String> changes) {
    return new Mutant(rule.id(), expected(), Optional.empty(), report, policy, changes);
  }

  private Mutant mutant(ReportPair pair, List<String> changes) {
    return new Mutant(
        rule.id(),
        expected(),
        Optional.of(pair.previous()),
        pair.current(),
        BlankPolicy.BLANK_IS_ERROR,
        changes);
  }

  private List<String> expected() {
    List<String> ids = new ArrayList<>();
    ids.add(rule.id());
    ids.addAll(rule.companions());
    return ids;
  }

  private AnnualReport base(Entropy entropy) {
    return reports.generate(entropy);
  }

  private ReportPair basePair(Entropy entropy) {
    return pairs.generate(entropy);
  }

  // ------------------------------------------------------------------ relations

  private Mutant breakSum(Entropy entropy) {
    AnnualReport report = base(entropy);
    EditionSpec spec = report.spec();
    List<Equation> equations = Equations.inYear(0, spec);
    Map<Slot, Long> changed =
        search(equations, List.of(spec), entropy, s -> Equations.valueOf(report, s.address()));
    List<String> changes = new ArrayList<>();
    AnnualReport mutated = apply(report, 0, changed, changes);
    return mutant(mutated, BlankPolicy.BLANK_IS_ERROR, changes);
  }

  private Mutant breakChain(Entropy entropy) {
    ReportPair pair = basePair(entropy);
    List<Equation> equations = new ArrayList<>();
    equations.addAll(Equations.inYear(0, pair.previous().spec()));
    equations.addAll(Equations.inYear(1, pair.current().spec()));
    equations.addAll(Equations.crossYear(0, pair.previous().edition(), 1, pair.current().spec()));
    Map<Slot, Long> changed =
        search(
            equations,
            List.of(pair.previous().spec(), pair.current().spec()),
            entropy,
            s ->
                Equations.valueOf(s.report() == 0 ? pair.previous() : pair.current(), s.address()));
    List<String> changes = new ArrayList<>();
    AnnualReport previous = apply(pair.previous(), 0, changed, changes);
    AnnualReport current = apply(pair.current(), 1, changed, changes);
    return mutant(new ReportPair(previous, current), changes);
  }

  private Map<Slot, Long> search(
      List<Equation> equations,
      List<EditionSpec> specs,
      Entropy entropy,
      java.util.function.ToLongFunction<Slot> value) {
    DeltaSearch search =
        new DeltaSearch(
            equations,
            rule.relationId().orElseThrow(),
            s -> specs.get(s.report()).kind(s.address()) != CellKind.AMOUNT,
            s -> specs.get(s.report()).kind(s.address()) == CellKind.CHANGE);
    return search.find(entropy, value, config.maxCount());
  }

  private static AnnualReport apply(
      AnnualReport report, int index, Map<Slot, Long> changed, List<String> changes) {
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>(report.cells());
    for (Map.Entry<Slot, Long> c : changed.entrySet()) {
      if (c.getKey().report() != index) {
        continue;
      }
      CellAddress a = c.getKey().address();
      CellValue before = report.cell(a);
      CellValue after =
          report.spec().kind(a) == CellKind.CHANGE
              ? CellValue.change(c.getValue())
              : CellValue.count(c.getValue());
      cells.put(a, after);
      changes.add(
          (index == 0 && changed.keySet().stream().anyMatch(s -> s.report() == 1)
                  ? "year N-1 "
                  : "")
              + a
              + " ("
              + report.spec().label(a)
              + "): "
              + before
              + " -> "
              + after);
    }
    return AnnualReport.copyOf(report).withCells(cells);
  }

  // ------------------------------------------------------------------ blanks

  /**
   * Blanks a count above zero that some sum needs: the sums it is in hold only if the blank holds
   * its value ({@code DR-V107}), and the blank itself is noted ({@code DR-V013}, under the policy
   * that checks sums both ways).
   */
  private Mutant blankFilledCell(Entropy entropy) {
    AnnualReport report = base(entropy);
    EditionSpec spec = report.spec();
    Set<CellAddress> inSums = cellsInSums(spec);
    List<CellAddress> candidates =
        spec.cells().stream()
            .filter(inSums::contains)
            .filter(
                a ->
                    report.cell(a) instanceof org.disclosurereport.model.CellValue.Count c
                        && c.value() > 0)
            .toList();
    // Generated reports have counts above zero in every table; an all-zero one would be a bug.
    return blankFilled(report, entropy.pick(candidates));
  }

  private Mutant blankFilled(AnnualReport report, CellAddress a) {
    return new Mutant(
        rule.id(),
        expected(),
        Optional.empty(),
        blank(report, a),
        BlankPolicy.BLANK_CHECKED_BOTH_WAYS,
        List.of(blanked(report, a)));
  }

  /** Leaves the table of section 三 or 四 blank: every sum of it holds with blanks as zero. */
  private Mutant blankTable(Entropy entropy) {
    AnnualReport report = base(entropy);
    String table =
        entropy.pick(
            List.of(
                org.disclosurereport.edition.Keys.Tables.REVIEW_AND_LITIGATION,
                org.disclosurereport.edition.Keys.Tables.APPLICATIONS));
    Map<CellAddress, org.disclosurereport.model.CellValue> cells =
        new java.util.LinkedHashMap<>(report.cells());
    report.spec().table(table).orElseThrow().cells().forEach(cells::remove);
    return mutant(
        AnnualReport.copyOf(report).withCells(cells),
        BlankPolicy.BLANK_CHECKED_BOTH_WAYS,
        List.of("tables." + table + ": every cell blank"));
  }

  /** A fee collected, within what was notified, while section 六 says only that there is nothing. */
  private Mutant feeButNothingToReport(Entropy entropy) {
    AnnualReport report = base(entropy);
    long cap = Math.max(1, config.maxCount()) * 100;
    long notified = entropy.between(1, cap);
    InformationProcessingFees fees =
        InformationProcessingFees.builder()
            .noticesIssued(CellValue.count(entropy.between(1, Math.max(1, config.maxCount()))))
            .amountNotified(yuan(notified))
            .amountCollected(yuan(entropy.between(1, notified)))
            .build();
    String text = entropy.pick(PLACEHOLDERS);
    AnnualReport mutated =
        report.withOtherMatters(
            OtherMatters.builder()
                .narrative(org.disclosurereport.model.Narrative.of(text))
                .fees(fees)
                .build());
    return mutant(
        mutated,
        BlankPolicy.BLANK_IS_ERROR,
        List.of("otherMatters: \"" + text + "\", fee collected " + fees.amountCollected()));
  }

  /**
   * Makes administrative reviews jump: none in year N-1, ten or more in year N (added to one
   * outcome and to the total, so the sum of section 四 still holds). No cross-year relation or
   * narrative statement involves those cells, so only the year-on-year flag notices.
   */
  private Mutant reviewsJump(Entropy entropy) {
    ReportPair pair = basePair(entropy);
    String group = org.disclosurereport.edition.Keys.ReviewAndLitigation.REVIEW;
    java.util.function.Function<String, CellAddress> at =
        outcome ->
            CellAddress.of(
                org.disclosurereport.edition.Keys.Tables.REVIEW_AND_LITIGATION,
                org.disclosurereport.edition.Keys.ReviewAndLitigation.CASES,
                org.disclosurereport.edition.Keys.ReviewAndLitigation.column(group, outcome));
    List<String> outcomes =
        List.of(
            org.disclosurereport.edition.Keys.ReviewAndLitigation.UPHELD,
            org.disclosurereport.edition.Keys.ReviewAndLitigation.CORRECTED,
            org.disclosurereport.edition.Keys.ReviewAndLitigation.OTHER_OUTCOME,
            org.disclosurereport.edition.Keys.ReviewAndLitigation.PENDING,
            org.disclosurereport.edition.Keys.ReviewAndLitigation.TOTAL);
    Map<CellAddress, CellValue> before = new LinkedHashMap<>(pair.previous().cells());
    outcomes.forEach(o -> before.put(at.apply(o), CellValue.count(0)));
    long added = entropy.between(10, 10 + Math.max(1, config.maxCount()));
    String outcome = entropy.pick(outcomes.subList(0, 4));
    Map<CellAddress, CellValue> now = new LinkedHashMap<>(pair.current().cells());
    for (String o : List.of(outcome, org.disclosurereport.edition.Keys.ReviewAndLitigation.TOTAL)) {
      CellAddress a = at.apply(o);
      now.put(a, CellValue.count(pair.current().cell(a).wholeNumber().orElse(0L) + added));
    }
    return mutant(
        new ReportPair(pair.previous().withCells(before), pair.current().withCells(now)),
        List.of("reviews of year N-1: 0; of year N: +" + added + " (" + outcome + " and total)"));
  }

  /**
   * Rewrites the 总体情况 section to state a number of applications received that is neither the
   * table's new applications nor those plus last year's carry-over.
   */
  private Mutant misstateApplications(Entropy entropy) {
    AnnualReport report = base(entropy);
    EditionSpec spec = report.spec();
    List<List<CellAddress>> alternatives =
        org.disclosurereport.validation.NarrativeFigures.cells(
            spec, org.disclosurereport.validation.FigureKind.APPLICATIONS_RECEIVED);
    long stated = 1;
    for (List<CellAddress> cells : alternatives) {
      long sum = 0;
      for (CellAddress a : cells) {
        org.disclosurereport.model.CellValue v = report.cell(a);
        sum += (v.isBlank() ? report.derivedTotal(a) : v).wholeNumber().orElse(0L);
      }
      stated = Math.max(stated, sum + 1);
    }
    stated += entropy.pick(List.of(0L, 1L, 7L, 100L));
    String text = "本年度依法做好政府信息公开工作，全年收到政府信息公开申请" + stated + "件。";
    return mutant(
        report.withGeneral(org.disclosurereport.model.Narrative.of(text)),
        BlankPolicy.BLANK_IS_ERROR,
        List.of("general: " + text));
  }

  /** Blanks a cell whose zero no sum notices: a cell in no identity, or one that holds zero. */
  private Mutant blankZeroCell(Entropy entropy, BlankPolicy policy) {
    AnnualReport report = base(entropy);
    EditionSpec spec = report.spec();
    Set<CellAddress> inSums = cellsInSums(spec);
    List<CellAddress> candidates =
        spec.cells().stream()
            .filter(
                a ->
                    !inSums.contains(a)
                        || report.cell(a).decimal().map(d -> d.signum() == 0).orElse(true))
            .toList();
    CellAddress a = entropy.pick(candidates);
    return mutant(blank(report, a), policy, List.of(blanked(report, a)));
  }

  /** The cells some sum of the edition adds up or is the total of. */
  private static Set<CellAddress> cellsInSums(EditionSpec spec) {
    Set<CellAddress> inSums = new HashSet<>();
    spec.identities().forEach(i -> inSums.addAll(i.cells()));
    return inSums;
  }

  private static AnnualReport blank(AnnualReport report, CellAddress a) {
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>(report.cells());
    cells.remove(a);
    return AnnualReport.copyOf(report).withCells(cells);
  }

  private static String blanked(AnnualReport report, CellAddress a) {
    return a + " (" + report.spec().label(a) + "): " + report.cell(a) + " -> blank";
  }

  // ------------------------------------------------------------------ metadata

  private Mutant blankMetadataField(Entropy entropy) {
    AnnualReport report = base(entropy);
    ReportMetadata m = report.metadata();
    String blank = entropy.pick(List.of("", " ", "\u3000"));
    String field = entropy.pick(List.of("title", "creditCode", "divisionCode", "indexNumber"));
    ReportMetadata changed =
        switch (field) {
          case "title" -> m.withTitle(blank);
          case "creditCode" -> m.withCreditCode(blank);
          case "divisionCode" -> m.withDivisionCode(blank);
          default -> m.withIndexNumber(blank);
        };
    return mutant(
        report.withMetadata(changed),
        BlankPolicy.BLANK_IS_ERROR,
        List.of("metadata." + field + ": blank text \"" + blank + "\""));
  }

  /** Moves the report year before the edition's first year, or after its last. */
  private Mutant shiftYear(Entropy entropy, boolean later) {
    AnnualReport report = base(entropy);
    Edition edition = report.edition();
    int year =
        later
            ? entropy.intBetween(
                edition.lastYear() + 1,
                (int) Math.min(ReportMetadata.LAST_REPORT_YEAR, edition.lastYear() + 10L))
            : entropy.intBetween(ReportMetadata.FIRST_REPORT_YEAR, edition.firstYear() - 1);
    ReportMetadata m = report.metadata();
    ReportMetadata changed =
        m.withReportYear(year)
            .withPublicationDate(m.publicationDate().map(d -> d.withYear(year + 1)));
    return mutant(
        report.withMetadata(changed),
        BlankPolicy.BLANK_IS_ERROR,
        List.of("metadata.reportYear: " + m.reportYear().getAsInt() + " -> " + year));
  }

  // ------------------------------------------------------------------ text

  private Mutant emptyText(Entropy entropy) {
    AnnualReport report = base(entropy);
    int variant = entropy.intBetween(0, 2);
    String text = entropy.chance(50) ? entropy.pick(PLACEHOLDERS) : "";
    AnnualReport mutated;
    String change;
    switch (variant) {
      case 0 -> {
        mutated = report.withGeneral(text.isEmpty() ? Narrative.empty() : Narrative.of(text));
        change = SectionId.GENERAL.key() + ": \"" + text + "\"";
      }
      case 1 -> {
        mutated = report.withProblems(text.isEmpty() ? Narrative.empty() : Narrative.of(text));
        change = SectionId.PROBLEMS.key() + ": \"" + text + "\"";
      }
      default -> {
        mutated = report.withOtherMatters(OtherMatters.builder().build());
        change = SectionId.OTHER_MATTERS.key() + ": no text and no fee statement";
      }
    }
    return mutant(mutated, BlankPolicy.BLANK_IS_ERROR, List.of(change));
  }

  // ------------------------------------------------------------------ fees

  /**
   * Either collects more than notified, with notices issued, or states amounts without notices,
   * collecting no more than notified.
   */
  private Mutant fees(Entropy entropy, boolean collectedAboveNotified) {
    AnnualReport report = base(entropy);
    long cap = Math.max(1, config.maxCount()) * 100;
    InformationProcessingFees fees;
    if (collectedAboveNotified) {
      long notified = entropy.between(0, cap);
      long collected = notified + entropy.between(1, cap);
      fees =
          InformationProcessingFees.builder()
              .noticesIssued(CellValue.count(entropy.between(1, Math.max(1, config.maxCount()))))
              .amountNotified(yuan(notified))
              .amountCollected(yuan(collected))
              .build();
    } else {
      long notified = entropy.between(1, cap);
      fees =
          InformationProcessingFees.builder()
              .noticesIssued(entropy.chance(50) ? CellValue.blank() : CellValue.count(0))
              .amountNotified(yuan(notified))
              .amountCollected(yuan(entropy.between(0, notified)))
              .build();
    }
    AnnualReport mutated =
        report.withOtherMatters(OtherMatters.copyOf(report.otherMatters()).withFees(fees));
    return mutant(
        mutated,
        BlankPolicy.BLANK_IS_ERROR,
        List.of(
            "otherMatters.fees: notices "
                + fees.noticesIssued()
                + ", notified "
                + fees.amountNotified()
                + ", collected "
                + fees.amountCollected()));
  }

  private static CellValue yuan(long value) {
    return CellValue.amount(BigDecimal.valueOf(value), MoneyUnit.YUAN);
  }

  // ------------------------------------------------------------------ pairs

  private Mutant otherOrgan(Entropy entropy) {
    ReportPair pair = basePair(entropy);
    AnnualReport current = pair.current();
    ReportMetadata m = current.metadata();
    String name = m.organName().orElseThrow() + entropy.pick(List.of("办公室", "机关事务管理局"));
    // Two reports with one credit code are one organ's, whatever their names say.
    ReportMetadata other =
        m.withOrganName(name).withCreditCode(m.creditCode().map(OrganCodes::another));
    return mutant(
        new ReportPair(pair.previous(), current.withMetadata(other)),
        List.of(
            "metadata.organName of year N: "
                + m.organName().orElseThrow()
                + " -> "
                + name
                + m.creditCode()
                    .map(c -> ", creditCode " + c + " -> " + OrganCodes.another(c))
                    .orElse("")));
  }

  /**
   * Moves one year so that the years no longer follow each other, keeping each report's year one
   * its edition is prescribed for when the original was: year N one later, year N-1 one earlier, or
   * the two years swapped, whichever keeps that.
   */
  private Mutant notConsecutive(Entropy entropy) {
    ReportPair pair = basePair(entropy);
    int previousYear = pair.previous().metadata().reportYear().getAsInt();
    int year = pair.current().metadata().reportYear().getAsInt();
    int[][] options = {{previousYear, year + 1}, {previousYear - 1, year}, {year, previousYear}};
    List<int[]> fine = new ArrayList<>();
    for (int[] o : options) {
      if (keeps(pair.previous(), o[0]) && keeps(pair.current(), o[1])) {
        fine.add(o);
      }
    }
    int[] chosen = fine.isEmpty() ? options[2] : entropy.pick(fine);
    return mutant(
        new ReportPair(withYear(pair.previous(), chosen[0]), withYear(pair.current(), chosen[1])),
        List.of(
            "report years: " + previousYear + ", " + year + " -> " + chosen[0] + ", " + chosen[1]));
  }

  private static boolean keeps(AnnualReport report, int year) {
    Edition e = report.edition();
    boolean was = e.prescribedFor(report.metadata().reportYear().getAsInt());
    return year >= ReportMetadata.FIRST_REPORT_YEAR
        && year <= ReportMetadata.LAST_REPORT_YEAR
        && (!was || e.prescribedFor(year));
  }

  private static AnnualReport withYear(AnnualReport report, int year) {
    ReportMetadata m = report.metadata();
    return report.withMetadata(
        m.withReportYear(year)
            .withPublicationDate(m.publicationDate().map(d -> d.withYear(year + 1))));
  }
}
