package org.disclosurereport.cli.internal.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.disclosurereport.cli.internal.Messages;
import org.disclosurereport.cli.internal.io.RuleInfo;

/**
 * Prints the rule catalogue as a table for people, as JSON, or as a Markdown table.
 *
 * <p>Instances are used from one thread.
 */
public final class RuleCatalogueWriter {
  private final PrintWriter out;
  private final Locale locale;

  /**
   * Creates a writer.
   *
   * @param out where to print
   * @param locale the language of titles and headings
   */
  public RuleCatalogueWriter(PrintWriter out, Locale locale) {
    this.out = out;
    this.locale = Messages.normalize(locale);
  }

  private String title(RuleInfo r) {
    return "zh".equals(locale.getLanguage()) ? r.titleZh() : r.titleEn();
  }

  /**
   * Prints the rules as an aligned table.
   *
   * @param rules the rules
   */
  public void text(List<RuleInfo> rules) {
    int idWidth = TextWidth.of(Messages.get(locale, "rules.column.id"));
    int severityWidth = TextWidth.of(Messages.get(locale, "rules.column.severity"));
    for (RuleInfo r : rules) {
      idWidth = Math.max(idWidth, TextWidth.of(r.id()));
      severityWidth = Math.max(severityWidth, TextWidth.of(severity(r)));
    }
    out.println(
        TextWidth.padRight(Messages.get(locale, "rules.column.id"), idWidth)
            + "  "
            + TextWidth.padRight(Messages.get(locale, "rules.column.severity"), severityWidth)
            + "  "
            + Messages.get(locale, "rules.column.title"));
    for (RuleInfo r : rules) {
      out.println(
          TextWidth.padRight(r.id(), idWidth)
              + "  "
              + TextWidth.padRight(severity(r), severityWidth)
              + "  "
              + title(r));
    }
    out.flush();
  }

  /**
   * Prints the rules as a JSON array of objects with the members {@code id}, {@code severity},
   * {@code category}, {@code title} (in the chosen language), {@code titleEn}, {@code titleZh} and
   * {@code relation} (the relation of the edition descriptions it checks, or null).
   *
   * @param rules the rules
   */
  public void json(List<RuleInfo> rules) {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartArray();
      for (RuleInfo r : rules) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("severity", r.severity().name());
        g.writeStringField("category", r.category());
        g.writeStringField("title", title(r));
        g.writeStringField("titleEn", r.titleEn());
        g.writeStringField("titleZh", r.titleZh());
        Json.string(g, "relation", r.relation());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /**
   * Prints the rules as a Markdown table.
   *
   * @param rules the rules
   */
  public void markdown(List<RuleInfo> rules) {
    out.println(
        "| "
            + Messages.get(locale, "rules.column.id")
            + " | "
            + Messages.get(locale, "rules.column.severity")
            + " | "
            + Messages.get(locale, "rules.column.title")
            + " |");
    out.println("|---|---|---|");
    for (RuleInfo r : rules) {
      out.println("| `" + r.id() + "` | " + severity(r) + " | " + escape(title(r)) + " |");
    }
    out.flush();
  }

  private String severity(RuleInfo r) {
    return Messages.get(locale, "severity." + r.severity().name());
  }

  private static String escape(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
