package org.disclosurereport.cli.internal.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.disclosurereport.cli.internal.Messages;
import org.disclosurereport.cli.internal.batch.ReportIdentity;
import org.disclosurereport.cli.internal.batch.ReportOutcome;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.finding.RepairHint;
import org.disclosurereport.validation.FindingGroup;
import org.disclosurereport.validation.FindingGroups;

/**
 * Prints outcomes as the documented machine-readable form of {@code validate --output json}: one
 * JSON array, one object per report, written as each report is done.
 *
 * <p>The shape is a contract (see {@code cli/README.md} and the JSON Schema {@code
 * validate-output.schema.json} next to this class): every member is always present, {@code null}
 * when unknown; numbers are JSON numbers with every digit reported; messages are in the chosen
 * language. Members are only ever added, never renamed or removed.
 *
 * <p>Instances are used from one thread.
 */
public final class JsonOutcomeWriter implements OutcomeSink {
  private final JsonGenerator g;
  private final Locale locale;

  /**
   * Creates a writer and opens the array.
   *
   * @param out where to print
   * @param locale the language of messages
   */
  public JsonOutcomeWriter(PrintWriter out, Locale locale) {
    this.g = Json.generator(out);
    this.locale = Messages.normalize(locale);
    try {
      g.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void accept(ReportOutcome o) {
    try {
      g.writeStartObject();
      g.writeStringField("source", o.source());
      Json.string(g, "format", o.format().map(DocumentFormat::id));
      g.writeBooleanField("readable", o.readable());
      g.writeBooleanField("valid", o.valid());
      Json.string(g, "edition", o.identity().map(i -> i.edition().id()));
      Json.integer(g, "year", o.identity().map(ReportIdentity::year).orElse(OptionalInt.empty()));
      Json.string(g, "organ", o.identity().flatMap(ReportIdentity::organ));
      Json.string(g, "title", o.identity().flatMap(ReportIdentity::title));
      Json.bySeverity(g, "counts", o::count);
      g.writeArrayFieldStart("findings");
      for (Finding f : o.findings()) {
        finding(f);
      }
      g.writeEndArray();
      groups(o);
      g.writeEndObject();
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The groups of the report's findings ({@link FindingGroups}); members are given as indexes into
   * the report's {@code findings} array, which keeps every finding.
   */
  private void groups(ReportOutcome o) throws IOException {
    g.writeArrayFieldStart("groups");
    if (o.identity().isPresent()) {
      EditionSpec spec = o.identity().get().edition().spec();
      Map<Finding, Integer> index = new IdentityHashMap<>();
      for (int i = 0; i < o.findings().size(); i++) {
        index.put(o.findings().get(i), i);
      }
      for (FindingGroup group : FindingGroups.of(spec, o.findings()).groups()) {
        g.writeStartObject();
        g.writeStringField("ruleId", group.ruleId());
        g.writeStringField("severity", group.severity().name());
        g.writeStringField("pattern", group.pattern().name().toLowerCase(Locale.ROOT));
        g.writeStringField("section", group.section().key());
        g.writeStringField("table", group.table());
        Json.string(g, "row", group.row());
        Json.string(g, "column", group.column());
        g.writeStringField("labels", group.labels());
        g.writeNumberField("count", group.count());
        g.writeStringField("message", group.message(locale));
        g.writeArrayFieldStart("members");
        for (Finding f : group.members()) {
          g.writeNumber(index.get(f));
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  private void finding(Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("severity", f.severity().name());
    location(f.location());
    g.writeStringField("message", Messages.bounded(f.message(locale), HumanOutcomeWriter.MAX_LINE));
    Json.number(g, "reported", f.reported());
    Json.number(g, "expected", f.expected());
    Json.number(g, "difference", f.difference());
    g.writeArrayFieldStart("hints");
    for (RepairHint h : f.hints()) {
      g.writeStartObject();
      g.writeStringField("cell", h.cell().toString());
      g.writeStringField("jsonPointer", JsonPointer.ofCell(h.cell()).toString());
      g.writeStringField("labels", h.labels());
      Json.number(g, "reported", Optional.of(h.reported()));
      Json.number(g, "suggested", Optional.of(h.suggested()));
      g.writeNumberField("satisfiedRules", h.satisfiedRules());
      g.writeStringField("message", h.message(locale));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void location(FindingLocation l) throws IOException {
    g.writeObjectFieldStart("location");
    Json.string(g, "section", l.section().map(s -> s.key()));
    Json.string(g, "table", l.table());
    Json.string(g, "row", l.row());
    Json.string(g, "column", l.column());
    Json.string(g, "labels", l.labels());
    Json.string(g, "jsonPointer", l.jsonPointer().map(JsonPointer::toString));
    Json.integer(g, "line", l.line());
    Json.integer(g, "columnNumber", l.columnNumber());
    Json.string(g, "sourceText", l.sourceText().map(Messages::bounded));
    g.writeEndObject();
  }

  @Override
  public void close() throws IOException {
    g.writeEndArray();
    g.writeRaw('\n');
    g.flush();
  }
}
