package org.disclosurereport.validation.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.validation.Rule;

/**
 * Writes the rule catalogue as JSON and as Markdown, by hand (the module depends on no JSON
 * library) and deterministically: rules in id order, editions in their order, cells in printed
 * order, {@code \n} line ends.
 */
public final class CatalogueWriter {
  /** How to regenerate the committed Markdown, stated in it. */
  public static final String REGENERATE =
      "mvn -B -q -pl validation -am verify -Ddisclosure.regenerateRules=true";

  private CatalogueWriter() {}

  /**
   * Writes the catalogue as a JSON document.
   *
   * @param rules the rules
   * @return the JSON text, ending with a line break
   */
  public static String json(List<Rule> rules) {
    StringBuilder sb = new StringBuilder("{\n  \"rules\": [");
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("    {\n");
      field(sb, "id", string(r.id()));
      field(sb, "defaultSeverity", string(r.defaultSeverity().name()));
      field(sb, "scope", string(r.scope().name()));
      field(sb, "editions", array(r.editions().stream().map(Edition::id).toList()));
      field(sb, "descriptionZh", string(r.descriptionZh()));
      field(sb, "descriptionEn", string(r.descriptionEn()));
      field(sb, "sources", array(r.sources()));
      field(sb, "companions", array(r.companions()));
      r.relationId().ifPresent(id -> field(sb, "relation", string(id)));
      sb.append("      \"cells\": {");
      boolean first = true;
      for (Map.Entry<Edition, List<CellAddress>> e : r.cellsByEdition().entrySet()) {
        sb.append(first ? "\n" : ",\n")
            .append("        ")
            .append(string(e.getKey().id()))
            .append(": ")
            .append(
                array(e.getValue().stream().map(a -> JsonPointer.ofCell(a).toString()).toList()));
        first = false;
      }
      sb.append(first ? "}\n" : "\n      }\n").append("    }");
    }
    return sb.append("\n  ]\n}\n").toString();
  }

  private static void field(StringBuilder sb, String name, String value) {
    sb.append("      ").append(string(name)).append(": ").append(value).append(",\n");
  }

  private static String array(List<String> values) {
    return values.stream().map(CatalogueWriter::string).collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * Quotes a string as a JSON string (RFC 8259): quote, backslash and control characters are
   * escaped; other characters, Chinese included, are written as they are.
   *
   * @param s the string
   * @return the JSON string literal
   */
  public static String string(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /**
   * Writes the catalogue as a Markdown page: a summary table, then one section per rule.
   *
   * @param rules the rules
   * @return the Markdown text, ending with a line break
   */
  public static String markdown(List<Rule> rules) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Validation rules\n\n")
        .append("Every rule the validation module checks, with its stable id. This page is")
        .append(" generated from `RuleCatalogue` (the same content is available as JSON from")
        .append(" `RuleCatalogue.toJson()`); do not edit it by hand. A test fails when it is out")
        .append(" of date; regenerate it with\n\n    ")
        .append(REGENERATE)
        .append("\n\nSeverities are defaults: `ValidationOptions` can switch a rule off or change")
        .append(" its severity by id. Sources name the description of the format in")
        .append(" [format.md](format.md) (with the id of the relation a sum or cross-year rule")
        .append(" checks), articles of the 条例 and notices.\n\n")
        .append("| Id | Severity | Scope | Editions | Rule |\n")
        .append("|---|---|---|---|---|\n");
    for (Rule r : rules) {
      sb.append("| [")
          .append(r.id())
          .append("](#")
          .append(r.id().toLowerCase(java.util.Locale.ROOT))
          .append(") | ")
          .append(r.defaultSeverity())
          .append(" | ")
          .append(scope(r))
          .append(" | ")
          .append(editions(r))
          .append(" | ")
          .append(cell(r.descriptionEn()))
          .append(" |\n");
    }
    for (Rule r : rules) {
      sb.append("\n## ").append(r.id()).append("\n\n");
      sb.append(r.descriptionEn()).append("\n\n");
      sb.append(r.descriptionZh()).append("\n\n");
      sb.append("- Severity: ").append(r.defaultSeverity()).append('\n');
      sb.append("- Scope: ").append(scope(r)).append('\n');
      sb.append("- Editions: ").append(editions(r)).append('\n');
      r.relationId().ifPresent(id -> sb.append("- Relation: `").append(id).append("`\n"));
      sb.append("- Cells: ").append(cells(r)).append('\n');
      sb.append("- Sources: ").append(String.join("; ", r.sources())).append('\n');
      sb.append("- Companions: ")
          .append(r.companions().isEmpty() ? "none" : String.join(", ", r.companions()))
          .append('\n');
    }
    return sb.toString();
  }

  private static String scope(Rule r) {
    return switch (r.scope()) {
      case REPORT -> "one report";
      case CONSECUTIVE_REPORTS -> "two consecutive reports";
      case BATCH -> "a batch of reports of one year";
    };
  }

  private static String editions(Rule r) {
    return r.editions().stream().map(Edition::id).collect(Collectors.joining(", "));
  }

  private static String cells(Rule r) {
    if (r.cellsByEdition().isEmpty()) {
      return "none";
    }
    return r.cellsByEdition().entrySet().stream()
        .map(
            e ->
                e.getKey().id()
                    + ": "
                    + e.getValue().size()
                    + " in "
                    + e.getValue().stream()
                        .map(a -> "`" + a.table() + "`")
                        .distinct()
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
