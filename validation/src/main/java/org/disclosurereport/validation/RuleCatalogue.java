package org.disclosurereport.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.disclosurereport.validation.internal.CatalogueWriter;
import org.disclosurereport.validation.internal.RuleDefinitions;

/**
 * Every rule the validator checks, enumerable and exportable.
 *
 * <p>Each {@link Rule} has a stable id ({@code DR-Vnnn}), a default severity, a description in
 * Chinese and English, the cells it involves in each edition (derived from the edition
 * descriptions), its sources and its companions. The sum rules are one per sum relation of the
 * edition descriptions ({@code EditionSpec.relations()}), the cross-year rules one per cross-year
 * relation, so that adding a relation to the descriptions without a rule fails the catalogue's
 * test.
 *
 * <p>{@link #toJson()} and {@link #toMarkdown()} export the catalogue deterministically; the
 * repository's {@code docs/rules.md} is the Markdown export, kept current by a test. Regenerate it
 * with {@code mvn -B -q -pl validation -am verify -Ddisclosure.regenerateRules=true}, or run {@link
 * #main(String[])} with the path of the file.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleCatalogue {
  private RuleCatalogue() {}

  /**
   * Returns every rule, ordered by id.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return RuleDefinitions.all();
  }

  /**
   * Finds a rule by id.
   *
   * @param id the rule id, for example {@code DR-V101}
   * @return the rule, or empty for an unknown id
   */
  public static Optional<Rule> rule(String id) {
    return RuleDefinitions.rule(id);
  }

  /**
   * Finds the rule that checks a sum relation or cross-year relation of the edition descriptions.
   *
   * @param relationId the relation id, for example {@code applications.resultsTotal}
   * @return the rule, or empty
   */
  public static Optional<Rule> forRelation(String relationId) {
    return RuleDefinitions.forRelation(relationId);
  }

  /**
   * Returns the catalogue as a JSON document: {@code {"rules": [...]}}, one object per rule with
   * {@code id}, {@code defaultSeverity}, {@code scope}, {@code editions}, {@code descriptionZh},
   * {@code descriptionEn}, {@code sources}, {@code companions}, {@code relation} (when the rule
   * checks one) and {@code cells} (JSON Pointers by edition id).
   *
   * @return the JSON text
   */
  public static String toJson() {
    return CatalogueWriter.json(all());
  }

  /**
   * Returns the catalogue as a Markdown page, the content of {@code docs/rules.md}.
   *
   * @return the Markdown text
   */
  public static String toMarkdown() {
    return CatalogueWriter.markdown(all());
  }

  /**
   * Writes the Markdown export to a file.
   *
   * @param args the path of the file to write, {@code docs/rules.md} when none is given
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
    org.disclosurereport.io.AtomicFiles.write(
        target, toMarkdown().getBytes(StandardCharsets.UTF_8));
  }
}
