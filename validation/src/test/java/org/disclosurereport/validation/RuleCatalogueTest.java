package org.disclosurereport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CrossYearRelation;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Identity;
import org.disclosurereport.edition.SumRelation;
import org.disclosurereport.finding.JsonPointer;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {
  /** Set to {@code true} ({@code -Ddisclosure.regenerateRules=true}) to rewrite docs/rules.md. */
  private static final String REGENERATE = "disclosure.regenerateRules";

  @Test
  void idsAreStableInFormUniqueAndOrdered() {
    List<String> ids = RuleCatalogue.all().stream().map(Rule::id).toList();
    assertTrue(ids.stream().allMatch(id -> id.matches("DR-V\\d{3}")), ids::toString);
    assertEquals(ids.stream().sorted().distinct().toList(), ids);
    for (Rule r : RuleCatalogue.all()) {
      assertEquals(r, RuleCatalogue.rule(r.id()).orElseThrow());
      assertFalse(r.descriptionZh().isBlank(), r.id());
      assertFalse(r.descriptionEn().isBlank(), r.id());
      assertFalse(r.sources().isEmpty(), r.id());
      assertFalse(r.editions().isEmpty(), r.id());
      assertFalse(r.descriptionEn().contains("{"), r.descriptionEn());
      assertFalse(r.descriptionZh().contains("{"), r.descriptionZh());
      r.companions().forEach(c -> assertTrue(RuleCatalogue.rule(c).isPresent(), c));
    }
  }

  @Test
  void everyRelationOfTheEditionDescriptionsHasExactlyOneRule() {
    Set<String> relations = new LinkedHashSet<>();
    for (Edition e : Edition.values()) {
      e.spec().relations().stream().map(SumRelation::id).forEach(relations::add);
      e.spec().crossYearRelations().stream().map(CrossYearRelation::id).forEach(relations::add);
    }
    List<String> checked = new ArrayList<>();
    for (Rule r : RuleCatalogue.all()) {
      r.relationId().ifPresent(checked::add);
    }
    assertEquals(relations, Set.copyOf(checked));
    assertEquals(checked.size(), Set.copyOf(checked).size());
    for (String relation : relations) {
      assertEquals(
          relation, RuleCatalogue.forRelation(relation).orElseThrow().relationId().orElseThrow());
    }
  }

  @Test
  void cellsOfASumRuleAreTheCellsOfItsIdentities() {
    for (Edition e : Edition.values()) {
      EditionSpec spec = e.spec();
      for (SumRelation relation : spec.relations()) {
        Rule rule = RuleCatalogue.forRelation(relation.id()).orElseThrow();
        Set<CellAddress> expected = new LinkedHashSet<>();
        for (Identity i : spec.identities()) {
          if (i.relation().id().equals(relation.id())) {
            expected.addAll(i.cells());
          }
        }
        assertEquals(expected, Set.copyOf(rule.cells(e)), rule.id());
        assertEquals(rule.cells(e).size(), Set.copyOf(rule.cells(e)).size());
      }
    }
    // （七）总计 takes its 19 result rows in 2019 and 21 in 2021, in each of the 7 columns.
    Rule resultsTotal = RuleCatalogue.rule("DR-V102").orElseThrow();
    assertEquals(20 * 7, resultsTotal.cells(Edition.V2019).size());
    assertEquals(22 * 7, resultsTotal.cells(Edition.V2021).size());
    assertEquals(
        Edition.V2019.spec().cells().size(),
        RuleCatalogue.rule("DR-V011").orElseThrow().cells(Edition.V2019).size());
  }

  @Test
  void crossYearRulesApplyToTheEditionsThatHaveTheirRelation() {
    assertEquals(Set.of(Edition.V2019, Edition.V2021), rule("DR-V401").editions());
    assertEquals(Set.of(Edition.V2019), rule("DR-V402").editions());
    assertEquals(Set.of(Edition.V2021), rule("DR-V403").editions());
    assertEquals(RuleScope.CONSECUTIVE_REPORTS, rule("DR-V403").scope());
    assertEquals(List.of(), rule("DR-V403").cells(Edition.V2019));
  }

  @Test
  void descriptionsOfRelationRulesAreTheRelationsStatements() {
    SumRelation balance = Edition.V2021.spec().relation("applications.balance").orElseThrow();
    assertEquals(balance.chineseStatement(), rule("DR-V101").descriptionZh());
    assertTrue(
        rule("DR-V101").descriptionEn().toLowerCase().startsWith(balance.englishStatement()));
  }

  @Test
  void jsonEscapesAsRfc8259Requires() {
    assertEquals(
        "\"a\\\"b\\\\c\\nd\\u0001说\"",
        org.disclosurereport.validation.internal.CatalogueWriter.string("a\"b\\c\nd\u0001说"));
  }

  @Test
  void jsonExportIsWellFormedAndComplete() {
    String json = RuleCatalogue.toJson();
    assertEquals(json, RuleCatalogue.toJson());
    Object parsed = new MiniJson(json).parse();
    @SuppressWarnings("unchecked")
    List<Object> rules = (List<Object>) ((java.util.Map<String, Object>) parsed).get("rules");
    assertEquals(RuleCatalogue.all().size(), rules.size());
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> first = (java.util.Map<String, Object>) rules.get(0);
    assertEquals("DR-V001", first.get("id"));
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> v102 =
        (java.util.Map<String, Object>)
            rules.stream()
                .filter(r -> "DR-V102".equals(((java.util.Map<?, ?>) r).get("id")))
                .findFirst()
                .orElseThrow();
    @SuppressWarnings("unchecked")
    List<Object> cells2021 =
        (List<Object>) ((java.util.Map<String, Object>) v102.get("cells")).get("2021");
    assertEquals(
        rule("DR-V102").cells(Edition.V2021).stream()
            .map(a -> JsonPointer.ofCell(a).toString())
            .toList(),
        cells2021);
    assertEquals("applications.resultsTotal", v102.get("relation"));
  }

  @Test
  void committedRulesPageIsCurrent() throws IOException {
    Path page = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/rules.md");
    String generated = RuleCatalogue.toMarkdown();
    if (Boolean.getBoolean(REGENERATE)) {
      RuleCatalogue.main(new String[] {page.toString()});
    }
    assertTrue(
        Files.exists(page),
        "docs/rules.md is missing: regenerate it with -D" + REGENERATE + "=true");
    assertEquals(
        generated,
        Files.readString(page, StandardCharsets.UTF_8),
        "docs/rules.md is out of date: regenerate it with -D" + REGENERATE + "=true");
    for (Rule r : RuleCatalogue.all()) {
      assertTrue(generated.contains("\n## " + r.id() + "\n"), r.id());
    }
  }

  private static Rule rule(String id) {
    return RuleCatalogue.rule(id).orElseThrow();
  }
}
