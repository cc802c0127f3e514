package org.disclosurereport.cli.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.disclosurereport.cli.internal.CliCode;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.batch.Outcomes;
import org.disclosurereport.cli.internal.batch.ReportIdentity;
import org.disclosurereport.cli.internal.batch.ReportOutcome;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.BlankPolicy;
import org.junit.jupiter.api.Test;

class JsonOutcomeWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Validates against the schema shipped with the tool and documented in cli/README.md. */
  static void assertMatchesSchema(JsonNode output) throws Exception {
    try (InputStream in =
        JsonOutcomeWriter.class.getResourceAsStream("validate-output.schema.json")) {
      JsonSchema schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      Set<ValidationMessage> errors = schema.validate(output);
      assertEquals(Set.of(), errors, output.toPrettyString());
    }
  }

  @Test
  void writesOneObjectPerReportInTheDocumentedShape() throws Exception {
    AnnualReport broken = Fixtures.broken();
    List<Finding> findings =
        Toolkit.standard()
            .checker(BlankPolicy.BLANK_IS_ERROR)
            .orElseThrow()
            .check(broken, Optional.empty());
    StringWriter s = new StringWriter();
    try (JsonOutcomeWriter w = new JsonOutcomeWriter(new PrintWriter(s), Locale.CHINA)) {
      w.accept(
          new ReportOutcome(
              "a.json",
              Optional.of(DocumentFormat.JSON),
              Optional.of(ReportIdentity.of(broken)),
              findings));
      w.accept(Outcomes.unreadable("b.pdf", CliCode.NOT_A_REPORT_FORMAT.finding("PDF")));
    }
    JsonNode out = MAPPER.readTree(s.toString());
    assertMatchesSchema(out);
    assertEquals(2, out.size());
    JsonNode a = out.get(0);
    assertEquals("a.json", a.get("source").asText());
    assertEquals("json", a.get("format").asText());
    assertEquals("2021", a.get("edition").asText());
    assertEquals(2022, a.get("year").asInt());
    assertEquals(broken.metadata().organName().orElseThrow(), a.get("organ").asText());
    assertTrue(a.get("readable").asBoolean());
    assertEquals(false, a.get("valid").asBoolean());
    assertEquals(findings.size(), a.get("findings").size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      JsonNode j = a.get("findings").get(i);
      assertEquals(f.ruleId(), j.get("ruleId").asText());
      assertEquals(f.severity().name(), j.get("severity").asText());
      assertEquals(f.messageZh(), j.get("message").asText());
      assertEquals(
          f.location().jsonPointer().map(Object::toString).orElse(null),
          j.get("location").get("jsonPointer").textValue());
      assertEquals(f.location().labels().orElse(null), j.get("location").get("labels").textValue());
      assertEquals(
          f.reported().map(java.math.BigDecimal::toPlainString).orElse(null),
          j.get("reported").isNull() ? null : j.get("reported").decimalValue().toPlainString());
      assertEquals(
          f.expected().map(java.math.BigDecimal::toPlainString).orElse(null),
          j.get("expected").isNull() ? null : j.get("expected").decimalValue().toPlainString());
      assertEquals(f.hints().size(), j.get("hints").size());
    }
    assertEquals(
        findings.stream().filter(Finding::isError).count(), a.get("counts").get("error").asLong());
    JsonNode b = out.get(1);
    assertTrue(b.get("edition").isNull() && b.get("year").isNull() && b.get("format").isNull());
    assertEquals(false, b.get("readable").asBoolean());
    assertEquals("DR-C003", b.get("findings").get(0).get("ruleId").asText());
  }

  @Test
  void anEmptyBatchIsAnEmptyArray() throws Exception {
    StringWriter s = new StringWriter();
    new JsonOutcomeWriter(new PrintWriter(s), Locale.ENGLISH).close();
    assertEquals("[ ]\n", s.toString().replace("[]", "[ ]"));
    assertMatchesSchema(MAPPER.readTree(s.toString()));
  }
}
