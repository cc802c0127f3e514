package org.disclosurereport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.RuleCode;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.validation.SubordinateOrgans.Comparison;
import org.disclosurereport.validation.SubordinateOrgans.Organ;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name rule that matches a government to those directly below it, and the comparison. */
class SubordinateOrgansTest {
  private static final CellAddress RECEIVED = SubordinateOrgans.FIGURES.get(0);
  private static final CellAddress COMPLETED = SubordinateOrgans.FIGURES.get(2);

  @ParameterizedTest
  @CsvSource({
    "某市人民政府, 某市某区人民政府",
    "某市人民政府, 某市某县人民政府",
    "某市人民政府, 某市某某自治县人民政府",
    "某市人民政府, 某市某市人民政府",
    "某市人民政府, 某市市中区人民政府",
    "某市人民政府, 某市某镇人民政府",
    "某自治州人民政府, 某自治州某县人民政府",
    "某地区人民政府, 某地区某县人民政府",
    "某县人民政府, 某县某镇人民政府",
    "某县人民政府, 某县某乡人民政府",
    "某县人民政府, 某县某某民族乡人民政府",
    "某区人民政府, 某区某街道办事处",
    "某旗人民政府, 某旗某苏木人民政府",
  })
  void theseAreDirectlyBelow(String parent, String child) {
    assertTrue(SubordinateOrgans.isSubordinate(parent, child), parent + " > " + child);
  }

  @ParameterizedTest
  @CsvSource({
    // Not a government, or not below by name.
    "某市人民政府, 某市某区教育局",
    "某市教育局, 某市某区教育局",
    "某市人民政府, 某市人民政府",
    "某市人民政府, 另一市某区人民政府",
    "某市人民政府, 某市人民政府办公室",
    // Two levels down: a district's township is not the city's.
    "某市人民政府, 某市某区某镇人民政府",
    "某市人民政府, 某市某县某街道办事处",
    // A county has no districts below it; a province's cities do not repeat its name.
    "某县人民政府, 某县某区人民政府",
    "某省人民政府, 某省某市人民政府",
    "某自治区人民政府, 某自治区某市人民政府",
    // Not a unit name.
    "某市人民政府, 某市区人民政府",
    "某市人民政府, 某市A区人民政府",
    "某县人民政府, 某县某街道人民政府办事处",
  })
  void theseAreNot(String parent, String child) {
    assertFalse(SubordinateOrgans.isSubordinate(parent, child), parent + " > " + child);
  }

  private static Organ organ(String name, int year, Long received, Long completed) {
    Map<CellAddress, Long> figures = new java.util.HashMap<>();
    if (received != null) {
      figures.put(RECEIVED, received);
    }
    if (completed != null) {
      figures.put(COMPLETED, completed);
    }
    return new Organ(name + ".json", name, year, Edition.V2021, figures);
  }

  @Test
  void aParentIsSetBesideTheSumOfItsChildrenOfTheSameYear() {
    Organ city = organ("某市人民政府", 2022, 10L, 9L);
    Organ district = organ("某市某区人民政府", 2022, 30L, 28L);
    Organ county = organ("某市某县人民政府", 2022, 5L, null);
    Organ township = organ("某市某县某镇人民政府", 2022, 2L, 2L);
    Organ otherYear = organ("某市某区人民政府", 2021, 100L, 100L);
    Organ department = organ("某市某区教育局", 2022, 7L, 7L);
    List<Comparison> c =
        SubordinateOrgans.compare(List.of(township, city, district, county, otherYear, department));
    assertEquals(2, c.size(), c.toString());
    Comparison countyC = c.get(1);
    assertEquals(county, countyC.parent(), "parents in the batch's order");
    assertEquals(List.of(township), countyC.children(), "the township belongs to its county");
    Comparison cityC = c.get(0);
    assertEquals(city, cityC.parent());
    assertEquals(List.of(district, county), cityC.children());
    assertEquals(OptionalLong.of(35), cityC.childrenSum(RECEIVED));
    assertEquals(OptionalLong.of(28), cityC.childrenSum(COMPLETED), "a blank is not zero");

    Finding f = cityC.finding();
    assertEquals(RuleCode.SUBORDINATE_TOTALS, f.code());
    assertEquals(Severity.INFO, f.severity());
    assertEquals(BigDecimal.TEN, f.reported().orElseThrow());
    assertEquals("applications", f.location().table().orElseThrow());
    assertEquals("newlyReceived", f.location().row().orElseThrow());
    String zh = f.message(Locale.SIMPLIFIED_CHINESE);
    String en = f.message(Locale.ENGLISH);
    assertTrue(zh.contains("某市人民政府") && zh.contains("10") && zh.contains("35"), zh);
    assertTrue(zh.contains("某市某区人民政府、某市某县人民政府") && zh.contains("2 个下级机关"), zh);
    assertTrue(en.contains("its 2 subordinate organs") && en.contains("together 35"), en);
    assertTrue(en.contains("9 against 28"), en);
    assertFalse(zh.contains("{") || en.contains("{"), "every placeholder is filled: " + en);
  }

  @Test
  void anOrganReportedTwiceCountsOnceAndAParentAloneIsNoComparison() {
    Organ city = organ("某市人民政府", 2022, 1L, 1L);
    Organ district = organ("某市某区人民政府", 2022, 3L, 3L);
    Organ again = organ("某市某区人民政府", 2022, 300L, 300L);
    List<Comparison> c = SubordinateOrgans.compare(List.of(city, district, again));
    assertEquals(List.of(district), c.get(0).children());
    assertTrue(SubordinateOrgans.compare(List.of(city)).isEmpty());
    assertTrue(SubordinateOrgans.compare(List.of(district, again)).isEmpty());
  }

  @Test
  void aMessageNamesAtMostFiveChildren() {
    List<Organ> batch = new java.util.ArrayList<>();
    batch.add(organ("某市人民政府", 2022, 0L, 0L));
    for (String d : List.of("甲", "乙", "丙", "丁", "戊", "己", "庚")) {
      batch.add(organ("某市" + d + "区人民政府", 2022, 1L, 1L));
    }
    Comparison c = SubordinateOrgans.compare(batch).get(0);
    assertEquals(7, c.children().size());
    String zh = c.finding().message(Locale.SIMPLIFIED_CHINESE);
    assertTrue(zh.contains("戊区人民政府等") && !zh.contains("己区"), zh);
    assertTrue(zh.contains("7 个下级机关") && zh.contains("合计 7"), zh);
  }

  @Test
  void theRuleIsInTheCatalogueAsABatchRule() {
    Rule rule =
        RuleCatalogue.all().stream()
            .filter(r -> r.id().equals("DR-V407"))
            .findFirst()
            .orElseThrow();
    assertEquals(RuleScope.BATCH, rule.scope());
    assertEquals(Severity.INFO, rule.defaultSeverity());
    assertTrue(rule.descriptionZh().contains("人民政府"), rule.descriptionZh());
  }

  /**
   * Names built from a few places and units, so that a batch holds parents, children two levels
   * down, departments, street offices, repeats and stray spaces.
   */
  private static org.quicktheories.core.Gen<String> names() {
    List<String> parts =
        List.of("甲", "乙", "丙", "市", "区", "县", "镇", "街道", "州", "省", "旗", "苏木", "民族乡");
    List<String> ends = List.of("人民政府", "人民政府", "办事处", "教育局", "");
    return lists()
        .of(integers().between(0, parts.size() - 1))
        .ofSizeBetween(1, 5)
        .zip(
            integers().between(0, ends.size() - 1),
            integers().between(0, 3),
            (p, e, space) -> {
              StringBuilder b = new StringBuilder(space == 0 ? " " : "");
              p.forEach(i -> b.append(parts.get(i)));
              return b.append(ends.get(e)).toString();
            });
  }

  /** Every parent's children, found by trying every parent of the year: the rule as stated. */
  private static List<Comparison> compareByEveryPair(List<Organ> organs) {
    Map<String, Organ> unique = new java.util.LinkedHashMap<>();
    for (Organ o : organs) {
      unique.putIfAbsent(o.year() + "/" + o.name().strip(), o);
    }
    Map<Organ, List<Organ>> children = new java.util.LinkedHashMap<>();
    for (Organ child : unique.values()) {
      Organ closest = null;
      for (Organ p : unique.values()) {
        if (p.year() == child.year()
            && SubordinateOrgans.isSubordinate(p.name(), child.name())
            && (closest == null || p.name().strip().length() > closest.name().strip().length())) {
          closest = p;
        }
      }
      if (closest != null) {
        children.computeIfAbsent(closest, k -> new java.util.ArrayList<>()).add(child);
      }
    }
    List<Comparison> out = new java.util.ArrayList<>();
    for (Organ o : unique.values()) {
      if (children.containsKey(o)) {
        out.add(new Comparison(o, children.get(o)));
      }
    }
    return out;
  }

  @Test
  void theComparisonPairsEveryParentAndChildThatTheNameRuleMatches() {
    qt().withExamples(300)
        .forAll(lists().of(names()).ofSizeBetween(0, 40), integers().between(0, 1_000))
        .checkAssert(
            (names, seed) -> {
              List<Organ> organs = new java.util.ArrayList<>();
              for (int i = 0; i < names.size(); i++) {
                // Two years, and the figures vary so that the first of a repeat is seen kept.
                organs.add(organ(names.get(i), 2021 + (seed + i) % 2, (long) i, null));
              }
              List<Comparison> expected = compareByEveryPair(organs);
              assertEquals(expected, SubordinateOrgans.compare(organs));
              SubordinateOrgans.Batch batch = new SubordinateOrgans.Batch();
              organs.forEach(batch::add);
              assertEquals(expected, batch.compare());
            });
  }

  @Test
  void aBatchKeepsOnlyGovernmentsAndStreetOffices() {
    assertTrue(SubordinateOrgans.mayCompare(" 某市人民政府 "));
    assertTrue(SubordinateOrgans.mayCompare("某区某街道办事处"));
    assertFalse(SubordinateOrgans.mayCompare("某市教育局"));
    assertFalse(SubordinateOrgans.mayCompare("某市人民政府办公室"));
  }
}
