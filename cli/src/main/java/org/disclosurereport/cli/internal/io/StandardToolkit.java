package org.disclosurereport.cli.internal.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.disclosurereport.cli.internal.input.FormatSniffer;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.documents.DocumentReader;
import org.disclosurereport.documents.DocxRenderer;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingCode;
import org.disclosurereport.finding.MessageRenderer;
import org.disclosurereport.layout.HtmlRenderer;
import org.disclosurereport.layout.PublishedReportReader;
import org.disclosurereport.layout.ReaderRule;
import org.disclosurereport.layout.TextRenderer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReadCode;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportXml;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.ReportValidator;
import org.disclosurereport.validation.Rule;
import org.disclosurereport.validation.RuleCatalogue;

/**
 * Wires the SDK's readers, writers, validator and rules into a {@link Toolkit}.
 *
 * <p>Published pages and text are read by the layout module's reader (after decoding with the
 * detected charset) and rendered by its HTML and text renderers. JSON and XML are read strictly (a
 * member the canonical form does not have is an error, so that a misspelt name is caught before
 * publishing) and written pretty-printed. Reports are checked with the validator's rules, and with
 * its cross-year rules when last year's report is given.
 */
final class StandardToolkit {

  private StandardToolkit() {}

  /**
   * Wires the parts, each made when a command first uses it: validating one JSON file makes neither
   * the XML reader nor the page readers and renderers, nor the rule catalogue.
   */
  static Toolkit create(ReadOptions options) {
    Supplier<ReportJson> json = new Toolkit.Once<>(() -> ReportJson.create(options));
    Supplier<ReportXml> xml = new Toolkit.Once<>(() -> ReportXml.create(options));
    Supplier<PublishedReportReader> published =
        new Toolkit.Once<>(() -> PublishedReportReader.create(options));
    Supplier<DocumentReader> documents = new Toolkit.Once<>(() -> DocumentReader.create(options));
    Supplier<DocxRenderer> docx = new Toolkit.Once<>(DocxRenderer::create);
    Supplier<HtmlRenderer> html = new Toolkit.Once<>(HtmlRenderer::create);
    Supplier<TextRenderer> text = new Toolkit.Once<>(TextRenderer::create);
    return Toolkit.empty()
        .withReader(
            DocumentFormat.JSON,
            (bytes, detection, source) -> attempt(json.get().read(bytes, source)))
        .withReader(
            DocumentFormat.XML,
            (bytes, detection, source) -> attempt(xml.get().read(bytes, source)))
        .withReader(
            DocumentFormat.HTML,
            (bytes, detection, source) ->
                attempt(published.get().readHtml(FormatSniffer.decode(bytes, detection), source)))
        .withReader(
            DocumentFormat.TEXT,
            (bytes, detection, source) ->
                attempt(published.get().readText(FormatSniffer.decode(bytes, detection), source)))
        .withReader(
            DocumentFormat.PDF,
            (bytes, detection, source) -> attempt(documents.get().read(bytes, source)))
        .withReader(
            DocumentFormat.DOCX,
            (bytes, detection, source) -> attempt(documents.get().read(bytes, source)))
        .withReader(
            DocumentFormat.DOC,
            (bytes, detection, source) -> attempt(documents.get().read(bytes, source)))
        .withWriter(
            DocumentFormat.HTML,
            (report, out) -> out.write(html.get().render(report).getBytes(StandardCharsets.UTF_8)))
        .withWriter(
            DocumentFormat.TEXT,
            (report, out) -> out.write(text.get().render(report).getBytes(StandardCharsets.UTF_8)))
        .withWriter(DocumentFormat.DOCX, (report, out) -> out.write(docx.get().render(report)))
        .withWriter(
            DocumentFormat.JSON, (report, out) -> json.get().write(report, Formatting.PRETTY, out))
        .withWriter(
            DocumentFormat.XML, (report, out) -> xml.get().write(report, Formatting.PRETTY, out))
        .withLinesReader((line, source) -> attempt(json.get().read(line, source)))
        .withCheckers(StandardToolkit::checker)
        .withRulesWhenNeeded(StandardToolkit::rules)
        .rebuiltWith(options, StandardToolkit::create);
  }

  private static ReadAttempt attempt(ReadResult r) {
    return ReadAttempt.of(r);
  }

  private static ReportChecker checker(BlankPolicy blanks) {
    ReportValidator validator = ReportValidator.builder().blankPolicy(blanks).build();
    return new ReportChecker() {
      @Override
      public List<Finding> check(AnnualReport report, Optional<AnnualReport> previous) {
        return check(report, previous, Set.of());
      }

      @Override
      public List<Finding> check(
          AnnualReport report, Optional<AnnualReport> previous, Set<CellAddress> unseen) {
        List<Finding> findings = new ArrayList<>(validator.validate(report, unseen).findings());
        previous.ifPresent(
            p -> findings.addAll(validator.validateConsecutive(p, report, unseen).findings()));
        return findings;
      }
    };
  }

  /** The validator's rules, then the JSON and XML readers' problems, then the page readers'. */
  private static List<RuleInfo> rules() {
    List<RuleInfo> rules = new ArrayList<>();
    for (Rule r : RuleCatalogue.all()) {
      rules.add(
          new RuleInfo(
              r.id(),
              r.defaultSeverity(),
              "validation",
              r.descriptionEn(),
              r.descriptionZh(),
              r.relationId()));
    }
    for (DocumentFormat format : DocumentFormat.values()) {
      for (ReadCode code : ReadCode.values()) {
        if (code.appliesTo(format)) {
          rules.add(
              new RuleInfo(
                  code.id(format),
                  code.defaultSeverity(),
                  format.name().toLowerCase(Locale.ROOT),
                  title(code, Locale.ENGLISH, code.name()),
                  title(code, Locale.SIMPLIFIED_CHINESE, code.name()),
                  Optional.empty()));
        }
      }
    }
    for (ReaderRule rule : ReaderRule.values()) {
      rules.add(
          new RuleInfo(
              rule.id(),
              rule.defaultSeverity(),
              "layout",
              title(rule, Locale.ENGLISH, rule.name()),
              title(rule, Locale.SIMPLIFIED_CHINESE, rule.name()),
              Optional.empty()));
    }
    return rules;
  }

  /**
   * The title of a reader's problem: its message from the reader's own bundle, without the place it
   * names first and with "…" for the particulars; the fallback when the bundle lacks it.
   */
  private static String title(FindingCode code, Locale locale, String fallback) {
    try {
      String pattern = MessageRenderer.pattern(code.messageBundle(), code.messageKey(), locale);
      String text = pattern.replaceFirst("^\\{0\\}\\s*[:：]\\s*", "").replaceAll("\\{\\d+}", "…");
      return text.isEmpty() ? fallback : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }
}
