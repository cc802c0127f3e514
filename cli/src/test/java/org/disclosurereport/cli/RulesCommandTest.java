package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disclosurereport.cli.internal.CliCode;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.serialization.ReadCode;
import org.disclosurereport.validation.Rule;
import org.disclosurereport.validation.RuleCatalogue;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
  /** Every rule id a finding can carry: the validator's, the readers', the tool's. */
  private static List<String> allIds() {
    List<String> ids = new ArrayList<>(RuleCatalogue.all().stream().map(Rule::id).toList());
    for (DocumentFormat f : DocumentFormat.values()) {
      for (ReadCode c : ReadCode.values()) {
        if (c.appliesTo(f)) {
          ids.add(c.id(f));
        }
      }
    }
    for (org.disclosurereport.layout.ReaderRule r :
        org.disclosurereport.layout.ReaderRule.values()) {
      ids.add(r.id());
    }
    for (CliCode c : CliCode.values()) {
      ids.add(c.id());
    }
    return ids;
  }

  @Test
  void listsEveryRuleAsJsonWithBothLanguages() throws Exception {
    CliRun r = CliRun.run("rules", "--output", "json");
    assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
    JsonNode rules = new ObjectMapper().readTree(r.out());
    List<String> ids = new ArrayList<>();
    rules.forEach(n -> ids.add(n.get("id").asText()));
    assertEquals(allIds(), ids);
    for (JsonNode n : rules) {
      assertTrue(n.get("severity").asText().matches("ERROR|WARNING|INFO"));
      assertTrue(
          !n.get("titleEn").asText().isBlank() && !n.get("titleZh").asText().isBlank(),
          n.toString());
      assertEquals(n.get("titleEn").asText(), n.get("title").asText());
    }
    Rule first = RuleCatalogue.all().get(0);
    assertEquals(first.descriptionZh(), rules.get(0).get("titleZh").asText());
    assertEquals(first.relationId().orElse(null), rules.get(0).get("relation").textValue());
  }

  @Test
  void listsEveryRuleAsATableAndAsMarkdown() {
    CliRun text = CliRun.run("rules");
    CliRun md = CliRun.run(Toolkit.standard(), Locale.CHINA, "rules", "--output=md");
    assertEquals(ExitCodes.OK, text.exitCode());
    assertEquals(ExitCodes.OK, md.exitCode());
    assertTrue(md.out().startsWith("| 规则 | 级别 | 检查内容 |\n|---|---|---|\n"), md.out());
    for (String id : allIds()) {
      assertTrue(text.out().contains(id + " "), id);
      assertTrue(md.out().contains("| `" + id + "` | "), id);
    }
    for (Rule rule : RuleCatalogue.all()) {
      assertTrue(text.out().contains(rule.descriptionEn()), rule.id());
      assertTrue(
          md.out().contains(rule.descriptionZh().replace("|", "\\|").replace("\n", " ")),
          rule.id());
    }
    assertEquals(allIds().size() + 1, text.out().lines().count(), "a header and one line per rule");
  }

  @Test
  void aBadOutputFormIsAUsageError() {
    CliRun r = CliRun.run("rules", "--output", "pdf");
    assertEquals(ExitCodes.UNREADABLE, r.exitCode());
    assertTrue(r.err().contains("Usage: disclosure rules"), r.toString());
  }
}
