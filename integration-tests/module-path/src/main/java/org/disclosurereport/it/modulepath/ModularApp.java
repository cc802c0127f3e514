package org.disclosurereport.it.modulepath;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.documents.DocumentReader;
import org.disclosurereport.documents.DocxRenderer;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.layout.HtmlRenderer;
import org.disclosurereport.layout.PublishedReportReader;
import org.disclosurereport.layout.TextRenderer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.ReportShapeException;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportXml;
import org.disclosurereport.server.ReportEngine;
import org.disclosurereport.server.ReportServer;
import org.disclosurereport.server.ServerLimits;
import org.disclosurereport.testkit.ReportGenerator;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.disclosurereport.validation.ReportValidator;
import org.disclosurereport.validation.ValidationResult;
import org.disclosurereport.validation.bean.ReportBeanValidation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads, validates, writes and renders reports through every library module, on the module path.
 *
 * <p>Each step prints one line starting with {@code ok}; the first step that fails ends the run
 * with an exception and exit status 1. A step fails on the module path when a module lacks an
 * export or an {@code opens}, when a message bundle cannot be loaded, or when a service is not
 * found.
 */
public final class ModularApp {
  private ModularApp() {}

  /**
   * Runs every step.
   *
   * @param args none
   * @throws Exception if the server cannot start
   */
  public static void main(String[] args) throws Exception {
    check(
        ModularApp.class.getModule().isNamed() && ReportJson.class.getModule().isNamed(),
        "not on the module path: " + ModularApp.class.getModule());

    // Read the sample, then a broken one, as JSON.
    ReportJson json = ReportJson.create();
    ReadResult read = json.read(resource("luoning-2020.json"));
    check(read.isClean(), "the sample reads with findings: " + read.findings());
    AnnualReport sample = read.report().orElseThrow();
    say(
        "read JSON",
        sample.metadata().organName().orElseThrow()
            + " "
            + sample.metadata().reportYear().getAsInt());

    // Validate it, then the report with a broken total, and render the findings in both
    // languages: the rule messages are core's bundle.
    ReportValidator validator = ReportValidator.builder().build();
    check(validator.validate(sample).isValid(), "the sample breaks rules");
    AnnualReport broken = json.read(resource("luoning-2020-broken-total.json")).report().get();
    ValidationResult result = validator.validate(broken);
    check(!result.isValid(), "the broken report is valid");
    for (Finding f : result.findings()) {
      sayFinding("validate", f);
    }

    // Bean Validation: Hibernate Validator reads the model and the validation module's bundle.
    try (ValidatorFactory factory = ReportBeanValidation.buildValidatorFactory(Locale.CHINA)) {
      Validator bean = factory.getValidator();
      check(bean.validate(sample).isEmpty(), "Bean Validation rejects the sample");
      Set<ConstraintViolation<AnnualReport>> violations = bean.validate(broken);
      check(!violations.isEmpty(), "Bean Validation accepts the broken report");
      for (ConstraintViolation<AnnualReport> v : violations) {
        say(
            "bean " + ReportBeanValidation.ruleId(v).orElse("-"),
            v.getPropertyPath() + ": " + v.getMessage());
      }
    }

    // Write JSON and XML and read them back: the same report.
    String written = json.write(sample, Formatting.PRETTY);
    check(json.readString(written).report().orElseThrow().equals(sample), "JSON round trip");
    ReportXml xml = ReportXml.create();
    String xmlText = xml.write(sample, Formatting.PRETTY);
    check(xml.readString(xmlText).report().orElseThrow().equals(sample), "XML round trip");
    say("write JSON and XML", written.length() + " and " + xmlText.length() + " characters");

    // The readers' bundles: serialization's for a document that is not JSON, layout's for text
    // that is no report, the model's for a negative count.
    List<Finding> notJson = json.readString("{\"edition\": ").findings();
    check(!notJson.isEmpty(), "truncated JSON reads without findings");
    sayFinding("read JSON", notJson.get(0));
    List<Finding> notReport = PublishedReportReader.create().readText("no report here").findings();
    check(!notReport.isEmpty(), "text without a report reads without findings");
    sayFinding("read text", notReport.get(0));
    try {
      new CellValue.Count(-1);
      throw new IllegalStateException("a negative count was accepted");
    } catch (ReportShapeException e) {
      say("model " + e.code().id(), e.message(Locale.CHINA) + " | " + e.message(Locale.ENGLISH));
    }

    // The Jackson modules, found by ServiceLoader as a user's mapper finds them.
    AnnualReport viaJackson2 = readWith(new ObjectMapper().findAndRegisterModules(), written);
    check(viaJackson2.equals(sample), "Jackson 2 reads another report");
    AnnualReport viaJackson3 =
        JsonMapper.builder().findAndAddModules().build().readValue(written, AnnualReport.class);
    check(viaJackson3.equals(sample), "Jackson 3 reads another report");
    say("Jackson 2 and 3", "DisclosureModule found by ServiceLoader");

    // The official layout as a page and as text, read back by the layout readers (jsoup).
    PublishedReportReader reader = PublishedReportReader.create();
    AnnualReport fromHtml =
        reader.readHtml(HtmlRenderer.create().render(sample)).report().orElseThrow();
    check(fromHtml.cells().equals(sample.cells()), "the page reads back other cells");
    AnnualReport fromText =
        reader.readText(TextRenderer.create().render(sample)).report().orElseThrow();
    check(fromText.cells().equals(sample.cells()), "the text reads back other cells");
    say("render and read HTML and text", sample.cells().size() + " cells");

    // Word: written by POI, read back.
    byte[] docx = DocxRenderer.create().render(sample);
    AnnualReport fromDocx = DocumentReader.create().read(docx).report().orElseThrow();
    check(fromDocx.cells().equals(sample.cells()), "the .docx reads back other cells");
    say("render and read .docx", docx.length + " bytes");

    // The testkit: a generated report is consistent and survives JSON.
    AnnualReport generated = ReportGenerator.of(Edition.V2021).generate(RandomEntropy.seeded(15));
    check(validator.validate(generated).isValid(), "a generated report breaks rules");
    check(
        json.readString(json.write(generated, Formatting.COMPACT))
            .report()
            .orElseThrow()
            .equals(generated),
        "a generated report does not survive JSON");
    say("testkit", generated.metadata().organName().orElseThrow());

    // The service's page, in both languages: Jetty on the module path, and the server's bundle.
    try (ReportServer server =
        ReportServer.start(
            new JsonEngine(json, validator), "127.0.0.1", 0, ServerLimits.defaults())) {
      String zh = get("http://127.0.0.1:" + server.port() + "/?lang=zh");
      String en = get("http://127.0.0.1:" + server.port() + "/?lang=en");
      check(zh.contains("<html") && en.contains("<html"), "the page is no HTML page");
      check(!zh.equals(en), "the page is the same in both languages");
      say("server", "the page in Chinese and English, " + zh.length() + " and " + en.length());
    }
  }

  /** An engine for JSON documents alone, enough to serve the page. */
  private record JsonEngine(ReportJson json, ReportValidator validator) implements ReportEngine {
    @Override
    public Examination examine(Upload upload) {
      ReadResult r = json.read(upload.document());
      List<Finding> findings = new ArrayList<>(r.findings());
      r.report().ifPresent(report -> findings.addAll(validator.validate(report).findings()));
      return new Examination(r.report(), Optional.of("json"), findings, "{}");
    }

    @Override
    public void write(AnnualReport report, String format, OutputStream out) throws IOException {
      json.write(report, Formatting.PRETTY, out);
    }

    @Override
    public List<String> writableFormats() {
      return List.of("json");
    }

    @Override
    public String rulesJson(Locale locale) {
      return "[]";
    }
  }

  private static String get(String uri) {
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(uri)).build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      check(r.statusCode() == 200, uri + " answered " + r.statusCode() + ": " + r.body());
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static AnnualReport readWith(ObjectMapper mapper, String text) {
    try {
      return mapper.readValue(text, AnnualReport.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = ModularApp.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sayFinding(String step, Finding f) {
    say(step + " " + f.ruleId(), f.message(Locale.CHINA) + " | " + f.message(Locale.ENGLISH));
  }

  private static void say(String step, String detail) {
    System.out.println("ok " + step + ": " + detail);
  }

  private static void check(boolean condition, String failure) {
    if (!condition) {
      throw new IllegalStateException(failure);
    }
  }
}
