package org.disclosurereport.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.LocalizedText;
import org.disclosurereport.finding.MessageRenderer;
import org.disclosurereport.finding.RuleCode;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;

/**
 * Finds, in a batch of reports, the people's governments reported beside the governments directly
 * below them for the same year, and sets each parent's application counts beside the sum of its
 * subordinates' ({@link RuleCode#SUBORDINATE_TOTALS}, DR-V407, always {@link Severity#INFO}): many
 * parents report their own organ only, some the whole region, so neither figure is wrong and an
 * auditor reads the two side by side.
 *
 * <p><b>The matching rule</b>, by organ name alone and deliberately conservative (a missed pair
 * costs a note; a false pair would mislead):
 *
 * <ul>
 *   <li>A parent's name is a place followed by {@code 人民政府}. A place ending in 市, 州, 盟 or 地区 (a
 *       city, prefecture or league) has county-level units (区, 县, 市, 旗, 自治县, 自治旗, 林区, 特区) and
 *       townships (镇, 乡, 民族乡, 苏木, 街道) below it; one ending in 县, 区 or 旗 has townships. Provinces
 *       and autonomous regions (省, 自治区) are never parents: their cities' names do not repeat the
 *       province's.
 *   <li>A child's name is the parent's place, then one unit name ending in one of those suffixes,
 *       then {@code 人民政府} (for a 街道, {@code 办事处}): {@code 某市人民政府} and {@code 某市某区人民政府}; {@code
 *       某县人民政府} and {@code 某县某镇人民政府} or {@code 某县某街道办事处}. Departments ({@code 某市某区教育局}) are never
 *       matched.
 *   <li>The unit name is one to fifteen Chinese characters; one that holds a unit suffix with more
 *       text after it ({@code 某区某镇} below {@code 某市}) is two levels down and is not matched to the
 *       city, only to its district when that is in the batch.
 *   <li>Parent and child report the same year. An organ reported twice for a year counts once, as
 *       the first of its reports.
 * </ul>
 *
 * <p>The figures compared are the 总计 column of table 三's rows of applications newly received,
 * carried over, completed (办理结果总计) and carried forward; the sum of the subordinates' is over those
 * that filled the cell in (a blank is not zero).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SubordinateOrgans {
  /** The cells compared: new, carried over, completed and carried forward applications. */
  public static final List<CellAddress> FIGURES =
      List.of(
          CellAddress.of(Tables.APPLICATIONS, ApplicationRows.NEWLY_RECEIVED, Applicants.TOTAL),
          CellAddress.of(Tables.APPLICATIONS, ApplicationRows.CARRIED_OVER, Applicants.TOTAL),
          CellAddress.of(Tables.APPLICATIONS, ApplicationRows.RESULTS_TOTAL, Applicants.TOTAL),
          CellAddress.of(Tables.APPLICATIONS, ApplicationRows.CARRIED_FORWARD, Applicants.TOTAL));

  /** How many subordinate organs a message names; the others are counted. */
  static final int NAMED = 5;

  private static final String GOVERNMENT = "人民政府";
  private static final String OFFICE = "办事处";
  private static final String STREET = "街道";
  private static final List<String> CITY_PLACES = List.of("市", "州", "盟", "地区");
  private static final List<String> COUNTY_PLACES = List.of("县", "区", "旗");
  private static final List<String> PROVINCES = List.of("省", "自治区");
  private static final List<String> COUNTY_UNITS =
      List.of("自治县", "自治旗", "林区", "特区", "县", "区", "市", "旗");
  private static final List<String> TOWNSHIP_UNITS = List.of("民族乡", "苏木", "街道", "镇", "乡");
  private static final String UNIT_CHARACTERS = "省市州盟县区旗镇乡";
  private static final int MAX_UNIT_LENGTH = 15;

  private SubordinateOrgans() {}

  /**
   * What the comparison keeps of one report.
   *
   * @param source where the report came from, as the caller names it
   * @param name the organ's name
   * @param year the report year
   * @param edition the report's edition
   * @param figures the filled cells of {@link #FIGURES}
   */
  public record Organ(
      String source, String name, int year, Edition edition, Map<CellAddress, Long> figures) {
    /** Creates the value; the map is copied. */
    public Organ {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(edition, "edition");
      figures = Map.copyOf(figures);
    }

    /**
     * Keeps what the comparison needs of a report.
     *
     * @param source where the report came from
     * @param report the report
     * @return the organ, empty for an incomplete report that names no organ or states no year,
     *     which cannot be placed above or below another
     */
    public static Optional<Organ> of(String source, AnnualReport report) {
      if (report.metadata().organName().isEmpty() || report.metadata().reportYear().isEmpty()) {
        return Optional.empty();
      }
      Map<CellAddress, Long> figures = new LinkedHashMap<>();
      for (CellAddress a : FIGURES) {
        if (report.spec().contains(a)) {
          CellValue v = report.cell(a);
          if (v instanceof CellValue.Count c) {
            figures.put(a, c.value());
          }
        }
      }
      return Optional.of(
          new Organ(
              source,
              report.metadata().organName().get(),
              report.metadata().reportYear().getAsInt(),
              report.edition(),
              figures));
    }

    /**
     * Returns a figure.
     *
     * @param cell one of {@link #FIGURES}
     * @return the figure, empty when blank
     */
    public OptionalLong figure(CellAddress cell) {
      Long v = figures.get(cell);
      return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }
  }

  /**
   * A parent with the subordinate organs of the batch below it.
   *
   * @param parent the parent
   * @param children its subordinate organs, in the batch's order; at least one
   */
  public record Comparison(Organ parent, List<Organ> children) {
    /** Creates the value; the list is copied. */
    public Comparison {
      Objects.requireNonNull(parent, "parent");
      children = List.copyOf(children);
      if (children.isEmpty()) {
        throw new IllegalArgumentException("a comparison has at least one subordinate organ");
      }
    }

    /**
     * Returns the sum of a figure over the subordinate organs that filled it in.
     *
     * @param cell one of {@link #FIGURES}
     * @return the sum, empty when none did
     */
    public OptionalLong childrenSum(CellAddress cell) {
      long sum = 0;
      boolean any = false;
      for (Organ c : children) {
        OptionalLong v = c.figure(cell);
        if (v.isPresent()) {
          sum += v.getAsLong();
          any = true;
        }
      }
      return any ? OptionalLong.of(sum) : OptionalLong.empty();
    }

    /**
     * Returns the note on the parent: {@link RuleCode#SUBORDINATE_TOTALS}, INFO, located at the
     * parent's cell of applications newly received, with its figure as the reported value.
     *
     * @return the finding
     */
    public Finding finding() {
      EditionSpec spec = parent.edition().spec();
      CellAddress received = FIGURES.get(0);
      CellAddress completed = FIGURES.get(2);
      List<String> names = children.stream().map(Organ::name).limit(NAMED).toList();
      boolean more = children.size() > NAMED;
      LocalizedText named =
          new LocalizedText(
              String.join("、", names) + (more ? "等" : ""),
              String.join(", ", names) + (more ? ", …" : ""));
      Finding.Builder b =
          Finding.builder()
              .code(RuleCode.SUBORDINATE_TOTALS)
              .severity(Severity.INFO)
              .location(FindingLocation.ofCell(spec, received))
              .messageKeys(List.of(RuleCode.SUBORDINATE_TOTALS.id()))
              .messageArguments(
                  MessageRenderer.arguments(
                      "organ",
                      parent.name(),
                      "year",
                      parent.year(),
                      "received",
                      spec.label(received),
                      "parent",
                      shown(parent.figure(received)),
                      "count",
                      children.size(),
                      "names",
                      named,
                      "children",
                      shown(childrenSum(received)),
                      "completed",
                      spec.label(completed),
                      "parentCompleted",
                      shown(parent.figure(completed)),
                      "childrenCompleted",
                      shown(childrenSum(completed))))
              .involvedCells(List.of(received, completed));
      parent.figure(received).ifPresent(v -> b.reported(BigDecimal.valueOf(v)));
      return b.build();
    }

    private static String shown(OptionalLong v) {
      return v.isPresent() ? String.valueOf(v.getAsLong()) : "—";
    }
  }

  /**
   * Whether one organ's name names a government directly below another's, by the rule above.
   *
   * @param parent the name of the organ that may be the parent
   * @param child the name of the organ that may be below it
   * @return true when the names match
   */
  public static boolean isSubordinate(String parent, String child) {
    String p = parent.strip();
    String c = child.strip();
    if (!p.endsWith(GOVERNMENT) || p.equals(c)) {
      return false;
    }
    String place = p.substring(0, p.length() - GOVERNMENT.length());
    if (place.isEmpty() || PROVINCES.stream().anyMatch(place::endsWith) || !c.startsWith(place)) {
      return false;
    }
    List<String> units = new ArrayList<>();
    if (CITY_PLACES.stream().anyMatch(place::endsWith)) {
      units.addAll(COUNTY_UNITS);
      units.addAll(TOWNSHIP_UNITS);
    } else if (COUNTY_PLACES.stream().anyMatch(place::endsWith)) {
      units.addAll(TOWNSHIP_UNITS);
    } else {
      return false;
    }
    String rest = c.substring(place.length());
    String unit;
    if (rest.endsWith(STREET + OFFICE)) {
      unit = rest.substring(0, rest.length() - OFFICE.length());
    } else if (rest.endsWith(GOVERNMENT)) {
      unit = rest.substring(0, rest.length() - GOVERNMENT.length());
    } else {
      return false;
    }
    if (unit.length() < 2
        || unit.length() > MAX_UNIT_LENGTH
        || !unit.codePoints()
            .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
      return false;
    }
    for (String suffix : units) {
      if (unit.endsWith(suffix) && unit.length() > suffix.length()) {
        return !nested(unit.substring(0, unit.length() - suffix.length()));
      }
    }
    return false;
  }

  /** Whether a unit's name holds another unit: a unit character with more text after it. */
  private static boolean nested(String body) {
    for (int i = 1; i < body.length() - 1; i++) {
      if (UNIT_CHARACTERS.indexOf(body.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an organ can be set beside another at all: a government ({@code 人民政府}) or a street
   * office ({@code 街道办事处}). Departments and other organs are never parents nor subordinates, so a
   * batch need not keep them for {@link #compare}.
   *
   * @param organName the organ's name
   * @return true when the name may be either side of a comparison
   */
  public static boolean mayCompare(String organName) {
    String n = organName.strip();
    return n.endsWith(GOVERNMENT) || n.endsWith(STREET + OFFICE);
  }

  /**
   * Compares the organs of a batch: each parent with the organs directly below it, of the same
   * year.
   *
   * <p>A child's parent is found by looking its name's prefixes up among the places of the parents
   * of its year, longest first, so the time grows with the number of organs, not with its square.
   *
   * @param organs the batch's reports, in the batch's order
   * @return one comparison per parent with at least one subordinate organ, in the batch's order
   */
  public static List<Comparison> compare(Collection<Organ> organs) {
    Batch batch = new Batch();
    organs.forEach(batch::add);
    return batch.compare();
  }

  /**
   * The organs of a batch being read, kept for {@link #compare} as the reports come in: only those
   * that {@linkplain #mayCompare may be compared}, and of an organ reported twice for a year only
   * the first report. What it holds grows with the number of distinct governments and years in the
   * batch, not with the number of reports.
   *
   * <p>Instances are not thread-safe: one thread adds the organs, in the batch's order.
   */
  public static final class Batch {
    private final Map<String, Organ> unique = new LinkedHashMap<>();

    /** Creates an empty batch. */
    public Batch() {}

    /**
     * Adds the organ of the next report of the batch.
     *
     * @param organ the organ
     */
    public void add(Organ organ) {
      Objects.requireNonNull(organ, "organ");
      if (mayCompare(organ.name())) {
        unique.putIfAbsent(organ.year() + "\u0000" + organ.name().strip(), organ);
      }
    }

    /**
     * Compares the organs added so far.
     *
     * @return one comparison per parent with at least one subordinate organ, in the batch's order
     */
    public List<Comparison> compare() {
      // The parents of each year by place: the name without 人民政府. An organ reported once a
      // year has one name, so a place names one parent.
      Map<Integer, Map<String, Organ>> parents = new HashMap<>();
      for (Organ o : unique.values()) {
        String n = o.name().strip();
        if (n.endsWith(GOVERNMENT)) {
          parents
              .computeIfAbsent(o.year(), y -> new HashMap<>())
              .put(n.substring(0, n.length() - GOVERNMENT.length()), o);
        }
      }
      Map<Organ, List<Organ>> children = new HashMap<>();
      for (Organ child : unique.values()) {
        Map<String, Organ> places = parents.get(child.year());
        if (places == null) {
          continue;
        }
        String c = child.name().strip();
        // The closest parent is the one with the longest name, so the longest place first.
        for (int length = c.length() - 1; length > 0; length--) {
          Organ p = places.get(c.substring(0, length));
          if (p != null && isSubordinate(p.name(), child.name())) {
            children.computeIfAbsent(p, k -> new ArrayList<>()).add(child);
            break;
          }
        }
      }
      List<Comparison> out = new ArrayList<>();
      for (Organ o : unique.values()) {
        List<Organ> below = children.get(o);
        if (below != null) {
          out.add(new Comparison(o, below));
        }
      }
      return out;
    }
  }
}
