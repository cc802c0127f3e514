package org.disclosurereport.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.RepairHint;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.layout.HtmlRenderer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.server.ReportEngine;
import org.disclosurereport.server.ReportEngine.Examination;
import org.disclosurereport.validation.BlankPolicy;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * Renders the page: the upload form, and the result of an upload (the report in the official layout
 * with the cells findings name marked, the findings grouped by section, the downloads).
 *
 * <p>Everything is built as a DOM with jsoup, so every text of the report (organ names, narratives,
 * figures as read) is escaped as text and never becomes markup. The page has no inline script or
 * style: {@code /static/app.js} enhances it (dropping a file, editing in place, validating as one
 * types), and it works without that script for uploading and reading the result. Its texts come
 * from the bundle {@code Page}; official labels from the edition description, by way of the
 * findings and the layout renderer.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Page {
  private static final JsonFactory JSON = new JsonFactory();

  private final ReportEngine engine;

  Page(ReportEngine engine) {
    this.engine = engine;
  }

  /** The page with the upload form alone. */
  String upload(Locale locale, String blank, Optional<Edition> edition) {
    BlankPolicy policy =
        "zero".equalsIgnoreCase(blank) ? BlankPolicy.BLANK_AS_ZERO : BlankPolicy.BLANK_IS_ERROR;
    return shell(locale, policy, edition, "/").outerHtml();
  }

  /** The page with the upload form and a message instead of a result. */
  String message(Locale locale, BlankPolicy policy, String message) {
    Document doc = shell(locale, policy, Optional.empty(), "/");
    doc.getElementById("result")
        .appendElement("p")
        .addClass("status invalid")
        .attr("role", "alert")
        .text(message);
    return doc.outerHtml();
  }

  /** The page with an empty report of an edition to fill in. */
  String emptyForm(Edition edition, Locale locale) {
    int year = edition == Edition.V2019 ? 2020 : Year.now().getValue() - 1;
    // The texts are placeholders to replace, so that every block of text has its field.
    Narrative placeholder = Narrative.of(PageText.get(locale, "form.text"));
    AnnualReport empty =
        AnnualReport.builder()
            .metadata(
                ReportMetadata.builder()
                    .organName(PageText.get(locale, "form.organ"))
                    .edition(edition)
                    .reportYear(year)
                    .build())
            .general(placeholder)
            .problems(placeholder)
            .otherMatters(OtherMatters.builder().narrative(placeholder).build())
            .build();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try {
      engine.write(empty, "json", json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Examination result =
        engine.examine(
            new ReportEngine.Upload(
                "form.json",
                json.toByteArray(),
                Optional.empty(),
                BlankPolicy.BLANK_IS_ERROR,
                locale));
    return result("form.json", result, BlankPolicy.BLANK_IS_ERROR, Optional.of(edition), locale);
  }

  /** The page showing the result of an upload. */
  String result(
      String name,
      Examination result,
      BlankPolicy policy,
      Optional<Edition> edition,
      Locale locale) {
    Document doc = shell(locale, policy, edition, "/");
    Element main = doc.getElementById("result");
    main.attr("data-blank", policy == BlankPolicy.BLANK_AS_ZERO ? "zero" : "error")
        .attr("data-edition", edition.map(Edition::id).orElse("auto"))
        .attr("data-name", name);
    long errors = count(result, Severity.ERROR);
    long warnings = count(result, Severity.WARNING);
    Element status =
        main.appendElement("p").id("status").attr("role", "status").attr("aria-live", "polite");
    if (result.report().isEmpty()) {
      status.addClass("status invalid").text(PageText.get(locale, "js.unreadable", "file", name));
    } else if (errors == 0) {
      status
          .addClass("status valid")
          .text(PageText.get(locale, "js.valid", "file", name, "warnings", warnings));
    } else {
      status
          .addClass("status invalid")
          .text(
              PageText.get(
                  locale, "js.invalid", "file", name, "errors", errors, "warnings", warnings));
    }
    // The findings as the API gives them, for the script.
    main.appendElement("textarea")
        .id("findings-json")
        .attr("hidden", true)
        .attr("readonly", true)
        .attr("aria-hidden", "true")
        .text(result.json());
    Element columns = main.appendElement("div").addClass("columns");
    Element reportColumn = columns.appendElement("div").addClass("report-column");
    if (result.report().isPresent()) {
      AnnualReport report = result.report().get();
      downloads(reportColumn, report, locale, policy);
      reportColumn
          .appendElement("details")
          .id("editor")
          .addClass("editor")
          .appendElement("summary")
          .text(PageText.get(locale, "editor.title"));
      Map<CellAddress, List<Finding>> byCell = byCell(result.findings());
      HtmlRenderer renderer =
          HtmlRenderer.create()
              .withCellAttributes(
                  cell ->
                      cellAttributes(report, cell, byCell.getOrDefault(cell, List.of()), locale));
      Element layout = reportColumn.appendElement("div").id("report").addClass("report");
      layout.append(renderer.renderArticle(report));
      // The layout's column widths are style attributes, which the page's policy blocks.
      layout.select("[style]").removeAttr("style");
    }
    findings(columns.appendElement("aside").id("findings").addClass("findings"), result, locale);
    return doc.outerHtml();
  }

  private void downloads(Element parent, AnnualReport report, Locale locale, BlankPolicy policy) {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try {
      engine.write(report, "json", json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String lang = PageText.isChinese(locale) ? "zh" : "en";
    String blank = policy == BlankPolicy.BLANK_AS_ZERO ? "zero" : "error";
    // One form, one button per download: it works without the script, and with it sends the
    // report as corrected, since the script keeps the text area up to date.
    Element form =
        parent
            .appendElement("form")
            .id("downloads")
            .addClass("downloads")
            .attr("method", "post")
            .attr("enctype", "multipart/form-data")
            .attr("action", "/api/v1/convert?to=json&lang=" + lang);
    form.appendElement("span")
        .addClass("downloads-label")
        .text(PageText.get(locale, "download.title"));
    form.appendElement("textarea")
        .id("report-json")
        .attr("name", "file")
        .attr("hidden", true)
        .attr("aria-hidden", "true")
        .text(new String(json.toByteArray(), StandardCharsets.UTF_8));
    for (String format : engine.writableFormats()) {
      form.appendElement("button")
          .attr("type", "submit")
          .attr("data-download", format)
          .attr("formaction", "/api/v1/convert?to=" + format + "&lang=" + lang)
          .text(PageText.get(locale, "download." + format));
    }
    form.appendElement("button")
        .attr("type", "submit")
        .attr("data-download", "findings-json")
        .attr(
            "formaction",
            "/api/v1/validate?download=findings.json&lang=" + lang + "&blank=" + blank)
        .text(PageText.get(locale, "download.findingsJson"));
    form.appendElement("button")
        .attr("type", "button")
        .attr("data-download", "findings-csv")
        .attr("hidden", true)
        .text(PageText.get(locale, "download.findingsCsv"));
    form.appendElement("button")
        .attr("type", "button")
        .attr("data-action", "print")
        .attr("hidden", true)
        .text(PageText.get(locale, "download.print"));
  }

  private static Map<String, String> cellAttributes(
      AnnualReport report, CellAddress cell, List<Finding> findings, Locale locale) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("id", cellId(cell));
    report
        .spec()
        .kindOf(cell)
        .ifPresent(k -> a.put("data-kind", k.name().toLowerCase(Locale.ROOT)));
    if (!findings.isEmpty()) {
      boolean error = findings.stream().anyMatch(Finding::isError);
      a.put("class", error ? "finding-error" : "finding-warning");
      StringBuilder title = new StringBuilder();
      for (Finding f : findings) {
        title
            .append(title.length() == 0 ? "" : "\n")
            .append(f.ruleId())
            .append(' ')
            .append(f.message(locale));
      }
      a.put("title", title.toString());
    }
    return a;
  }

  /** The id of a cell's element: {@code cell-table-row-column}, from keys of letters and digits. */
  static String cellId(CellAddress cell) {
    return "cell-" + cell.table() + "-" + cell.row() + "-" + cell.column();
  }

  private static Map<CellAddress, List<Finding>> byCell(List<Finding> findings) {
    Map<CellAddress, List<Finding>> m = new HashMap<>();
    for (Finding f : findings) {
      f.location().cell().ifPresent(a -> m.computeIfAbsent(a, k -> new ArrayList<>()).add(f));
    }
    return m;
  }

  private static void findings(Element aside, Examination result, Locale locale) {
    aside.appendElement("h2").text(PageText.get(locale, "findings.title"));
    Element list = aside.appendElement("div").id("findings-list");
    if (result.findings().isEmpty()) {
      list.appendElement("p").addClass("none").text(PageText.get(locale, "js.none"));
      return;
    }
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    Map<String, String> headings = new HashMap<>();
    for (Finding f : result.findings()) {
      Optional<SectionId> section = f.location().section();
      String key = section.map(SectionId::key).orElse("");
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
      if (section.isPresent() && result.report().isPresent()) {
        headings.put(key, result.report().get().spec().section(section.get()).numberedHeading());
      }
    }
    for (Map.Entry<String, List<Finding>> g : groups.entrySet()) {
      Element group =
          list.appendElement("section").addClass("finding-group").attr("data-section", g.getKey());
      group
          .appendElement("h3")
          .text(headings.getOrDefault(g.getKey(), PageText.get(locale, "js.general")));
      Element ol = group.appendElement("ol");
      for (Finding f : g.getValue()) {
        finding(ol.appendElement("li"), f, locale);
      }
    }
  }

  private static void finding(Element li, Finding f, Locale locale) {
    String severity = f.severity().name().toLowerCase(Locale.ROOT);
    li.addClass("finding").addClass(severity).attr("data-rule", f.ruleId());
    Optional<CellAddress> cell = f.location().cell();
    cell.ifPresent(c -> li.attr("data-cell", c.toString()));
    Element head = li.appendElement("div").addClass("finding-head");
    head.appendElement("span")
        .addClass("badge")
        .addClass(severity)
        .text(PageText.get(locale, "js." + severity));
    head.appendText(" ");
    head.appendElement("code").text(f.ruleId());
    f.location()
        .labels()
        .ifPresent(
            labels -> {
              head.appendText(" ");
              if (cell.isPresent()) {
                head.appendElement("a")
                    .addClass("goto")
                    .attr("href", "#" + cellId(cell.get()))
                    .text(labels);
              } else {
                head.appendElement("span").addClass("labels").text(labels);
              }
            });
    li.appendElement("p").addClass("message").text(f.message(locale));
    if (f.reported().isPresent() || f.expected().isPresent()) {
      Element figures = li.appendElement("p").addClass("figures");
      f.reported()
          .ifPresent(
              r ->
                  figures
                      .appendElement("span")
                      .text(PageText.get(locale, "js.reported", "value", plain(r))));
      f.expected()
          .ifPresent(
              e ->
                  figures
                      .appendElement("span")
                      .text(PageText.get(locale, "js.expected", "value", plain(e))));
    }
    for (RepairHint h : f.hints()) {
      Element hint =
          li.appendElement("p")
              .addClass("hint")
              .attr("data-cell", h.cell().toString())
              .attr("data-suggested", plain(h.suggested()));
      hint.appendElement("span").text(h.message(locale));
    }
  }

  private static String plain(BigDecimal n) {
    return n.toPlainString();
  }

  private static long count(Examination result, Severity severity) {
    return result.findings().stream().filter(f -> f.severity() == severity).count();
  }

  /** The page around a result: head, header with the language switch, the upload form. */
  private static Document shell(
      Locale locale, BlankPolicy policy, Optional<Edition> edition, String action) {
    boolean zh = PageText.isChinese(locale);
    String lang = zh ? "zh" : "en";
    Document doc = Document.createShell("");
    doc.insertChildren(0, new DocumentType("html", "", ""));
    doc.selectFirst("html").attr("lang", zh ? "zh-CN" : "en");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head()
        .appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    doc.title(PageText.get(locale, "page.title"));
    doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/static/report.css");
    doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/static/app.css");
    doc.head().appendElement("script").attr("src", "/static/app.js").attr("defer", true);
    Element body = doc.body().attr("data-lang", lang).attr("data-texts", scriptTexts(locale));
    Element header = body.appendElement("header").addClass("top");
    header.appendElement("h1").text(PageText.get(locale, "page.title"));
    Element nav = header.appendElement("nav").addClass("languages");
    nav.appendElement("a")
        .attr("href", "/?lang=zh")
        .attr("hreflang", "zh")
        .attr("lang", "zh-CN")
        .attr("id", "lang-zh")
        .text("中文");
    nav.appendText(" | ");
    nav.appendElement("a")
        .attr("href", "/?lang=en")
        .attr("hreflang", "en")
        .attr("lang", "en")
        .attr("id", "lang-en")
        .text("English");
    nav.getElementById(zh ? "lang-zh" : "lang-en").addClass("current");
    header.appendElement("p").addClass("intro").text(PageText.get(locale, "page.intro"));
    header
        .appendElement("p")
        .addClass("privacy")
        .id("privacy")
        .text(PageText.get(locale, "page.privacy"));

    Element form =
        body.appendElement("form")
            .id("upload")
            .addClass("upload")
            .attr("method", "post")
            .attr("action", action + "?lang=" + lang)
            .attr("enctype", "multipart/form-data");
    form.appendElement("input").attr("type", "hidden").attr("name", "lang").val(lang);
    Element drop = form.appendElement("label").id("drop").addClass("drop").attr("for", "file");
    drop.appendElement("span").text(PageText.get(locale, "upload.file"));
    form.appendElement("input")
        .attr("type", "file")
        .id("file")
        .attr("name", "file")
        .attr("required", true)
        .attr(
            "accept",
            ".json,.jsonl,.xml,.html,.htm,.txt,.pdf,.docx,.doc,application/json,application/xml,text/html,text/plain");
    Element options = form.appendElement("div").addClass("options");
    Element blankLabel =
        options
            .appendElement("label")
            .attr("for", "blank")
            .text(PageText.get(locale, "upload.blank"));
    blankLabel.appendText(" ");
    Element select = options.appendElement("select").id("blank").attr("name", "blank");
    select
        .appendElement("option")
        .val("error")
        .text(PageText.get(locale, "upload.blank.error"))
        .attr("selected", policy == BlankPolicy.BLANK_IS_ERROR);
    select
        .appendElement("option")
        .val("zero")
        .text(PageText.get(locale, "upload.blank.zero"))
        .attr("selected", policy == BlankPolicy.BLANK_AS_ZERO);
    options
        .appendElement("label")
        .attr("for", "edition")
        .text(PageText.get(locale, "upload.edition"))
        .appendText(" ");
    Element editions = options.appendElement("select").id("edition").attr("name", "edition");
    editions
        .appendElement("option")
        .val("auto")
        .text(PageText.get(locale, "upload.edition.auto"))
        .attr("selected", edition.isEmpty());
    for (Edition e : Edition.values()) {
      editions
          .appendElement("option")
          .val(e.id())
          .text(PageText.get(locale, "upload.edition." + e.id(), "notice", e.spec().noticeNumber()))
          .attr("selected", edition.equals(Optional.of(e)));
    }
    options
        .appendElement("label")
        .attr("for", "previous")
        .text(PageText.get(locale, "upload.previous"));
    options.appendElement("input").attr("type", "file").id("previous").attr("name", "previous");
    form.appendElement("button")
        .attr("type", "submit")
        .id("check")
        .text(PageText.get(locale, "upload.submit"));
    Element forms = form.appendElement("p").addClass("empty-forms");
    forms.appendText(PageText.get(locale, "upload.emptyForm") + " ");
    for (Edition e : Edition.values()) {
      forms
          .appendElement("a")
          .attr("href", "/form?edition=" + e.id() + "&lang=" + lang)
          .attr("id", "form-" + e.id())
          .text(
              PageText.get(
                  locale,
                  "upload.emptyForm.edition",
                  "edition",
                  e.id(),
                  "notice",
                  e.spec().noticeNumber()));
      forms.appendText(" ");
    }
    body.appendElement("main").id("result");
    return doc;
  }

  private static String scriptTexts(Locale locale) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      for (Map.Entry<String, String> e : PageText.scriptTexts(locale).entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
