package org.disclosurereport.cli.internal.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.disclosurereport.cli.internal.Messages;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.io.AtomicFiles;
import org.disclosurereport.layout.HtmlRenderer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.validation.RuleCatalogue;
import org.disclosurereport.validation.SubordinateOrgans;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The audit dashboard of a batch: one self-contained HTML file (the chart library, Apache ECharts,
 * inlined from its WebJar; no network needed to open it) with the totals, the rules broken most
 * often, findings by edition, report year, organ level and kind, and a sortable, filterable table
 * of every report with its verdict and first findings. Each row links to the report shown in the
 * official layout with the cells its findings point at highlighted.
 *
 * <p>The official layout of each edition is rendered once, by the layout module's {@link
 * HtmlRenderer}, from a report with every cell blank; the page fills in each report's cells when it
 * is opened, so that the file stays small and fast to open with ten thousand reports (the table
 * draws only the rows in view). The narrative sections are not embedded: the row names the source
 * file.
 *
 * <p>Reports are added one by one ({@link #add}); the file is written once ({@link #write}), to a
 * temporary file beside the target and then moved over it, so that a reader never sees half a
 * dashboard. Instances are used from one thread.
 */
public final class AuditDashboard {
  private static final String ECHARTS_POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";
  private static final String RESOURCES = "org/disclosurereport/cli/internal/audit/";

  private final Locale locale;
  private final List<AuditEntry> entries = new ArrayList<>();
  private final Map<Edition, Map<CellAddress, Integer>> index = new EnumMap<>(Edition.class);
  private final List<SubordinateOrgans.Comparison> subordinates = new ArrayList<>();

  /**
   * Creates an empty dashboard.
   *
   * @param locale the language of the page
   */
  public AuditDashboard(Locale locale) {
    this.locale = Messages.normalize(locale);
    for (Edition e : Edition.values()) {
      index.put(e, AuditEntry.cellIndex(e.spec()));
    }
  }

  /**
   * Returns the positions of an edition's cells, for {@link AuditEntry#of}.
   *
   * @param edition the edition
   * @return the positions
   */
  public Map<CellAddress, Integer> cellIndex(Edition edition) {
    return index.get(edition);
  }

  /**
   * Adds a report.
   *
   * @param entry what the dashboard keeps of it
   */
  public void add(AuditEntry entry) {
    entries.add(entry);
  }

  /**
   * Adds the governments of the batch set beside the governments directly below them: the page
   * lists each with both figures, and counts the note (DR-V407, INFO) among the parent's findings.
   * Call after every report has been added.
   *
   * @param comparisons the comparisons, whose sources are those of added reports
   */
  public void subordinates(List<SubordinateOrgans.Comparison> comparisons) {
    subordinates.addAll(comparisons);
    Map<String, Integer> bySource = sources();
    for (SubordinateOrgans.Comparison c : comparisons) {
      Integer i = bySource.get(c.parent().source());
      if (i != null) {
        entries.set(i, entries.get(i).withNote(c.finding(), locale));
      }
    }
  }

  /** The position of each report by its source, the first when a source repeats. */
  private Map<String, Integer> sources() {
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      m.putIfAbsent(entries.get(i).source(), i);
    }
    return m;
  }

  /**
   * Returns the number of reports added.
   *
   * @return the count
   */
  public int size() {
    return entries.size();
  }

  /**
   * Writes the dashboard atomically, as every file the tool writes ({@link AtomicFiles}): to a
   * temporary file in the target's folder, forced to disk, then moved over the target.
   *
   * @param target the file to write; its folder is created if missing
   * @throws IOException if it cannot be written; the target is then left as it was
   */
  public void write(Path target) throws IOException {
    AtomicFiles.write(
        target,
        out -> {
          Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
          write(w);
          w.flush();
        });
  }

  /**
   * Writes the dashboard's HTML.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void write(Writer out) throws IOException {
    String page = resource(RESOURCES + "dashboard.html");
    int data = page.indexOf("/*DATA*/");
    int script = page.indexOf("/*ECHARTS*/");
    int app = page.indexOf("/*APP*/");
    int style = page.indexOf("/*STYLE*/");
    if (data < 0
        || script < 0
        || app < 0
        || style < 0
        || !(style < data && data < script && script < app)) {
      throw new IllegalStateException("the dashboard template lacks its markers");
    }
    out.write(page, 0, style);
    out.write(resource(RESOURCES + "dashboard.css"));
    out.write(page, style + 9, data - style - 9);
    writeData(out);
    out.write(page, data + 8, script - data - 8);
    out.write(echarts().replace("</script", "<\\/script"));
    out.write(page, script + 11, app - script - 11);
    out.write(resource(RESOURCES + "dashboard.js"));
    out.write(page, app + 7, page.length() - app - 7);
  }

  private void writeData(Writer out) throws IOException {
    JsonFactory factory = new JsonFactory();
    factory.setCharacterEscapes(new ScriptSafe());
    JsonGenerator g = factory.createGenerator(new NonClosing(out));
    g.writeStartObject();
    g.writeStringField("lang", locale.getLanguage());
    g.writeObjectFieldStart("text");
    ResourceBundle bundle = Messages.bundle(locale);
    for (String key : new TreeMap<>(keys(bundle)).keySet()) {
      g.writeStringField(key.substring("audit.".length()), bundle.getString(key));
    }
    g.writeEndObject();
    g.writeObjectFieldStart("editions");
    for (Edition e : Edition.values()) {
      g.writeObjectFieldStart(e.id());
      g.writeStringField("layout", layout(e));
      g.writeArrayFieldStart("cells");
      for (CellAddress a : e.spec().cells()) {
        g.writeString(a.toString());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
    // The cells set beside each other for a government and those below it, with their labels.
    g.writeArrayFieldStart("figures");
    for (CellAddress a : SubordinateOrgans.FIGURES) {
      g.writeString(a.toString());
    }
    g.writeEndArray();
    g.writeObjectFieldStart("figureLabels");
    for (Edition e : Edition.values()) {
      g.writeArrayFieldStart(e.id());
      for (CellAddress a : SubordinateOrgans.FIGURES) {
        g.writeString(e.spec().contains(a) ? e.spec().label(a) : a.toString());
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    // Each government with those below it: [its report's position, [theirs]].
    g.writeArrayFieldStart("subordinates");
    Map<String, Integer> bySource = sources();
    for (SubordinateOrgans.Comparison c : subordinates) {
      Integer parent = bySource.get(c.parent().source());
      if (parent == null) {
        continue;
      }
      g.writeStartArray();
      g.writeNumber(parent);
      g.writeStartArray();
      for (SubordinateOrgans.Organ child : c.children()) {
        Integer i = bySource.get(child.source());
        if (i != null) {
          g.writeNumber(i);
        }
      }
      g.writeEndArray();
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("rules");
    for (var r : RuleCatalogue.all()) {
      g.writeStringField(
          r.id(), "zh".equals(locale.getLanguage()) ? r.descriptionZh() : r.descriptionEn());
    }
    g.writeEndObject();
    // One array per report, members by position (see dashboard.js), to keep the page small.
    g.writeArrayFieldStart("reports");
    for (AuditEntry e : entries) {
      g.writeStartArray();
      g.writeString(e.source());
      g.writeString(e.organ());
      g.writeNumber(e.year());
      g.writeString(e.edition());
      g.writeString(e.level());
      g.writeString(e.kind());
      g.writeNumber(e.verdict());
      g.writeNumber(e.errors());
      g.writeNumber(e.warnings());
      g.writeNumber(e.infos());
      g.writeString(String.join(" ", e.rules()));
      g.writeStartArray();
      for (List<String> t : e.top()) {
        g.writeStartArray();
        for (String s : t) {
          g.writeString(s);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeString(e.cells());
      g.writeStartArray();
      for (int i : e.broken()) {
        g.writeNumber(i);
      }
      g.writeEndArray();
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
  }

  private static Map<String, String> keys(ResourceBundle bundle) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String k : bundle.keySet()) {
      if (k.startsWith("audit.")) {
        m.put(k, k);
      }
    }
    return m;
  }

  /** The official layout of an edition with every cell blank, as the layout module renders it. */
  private static String layout(Edition edition) {
    AnnualReport blank =
        AnnualReport.builder()
            .metadata(
                ReportMetadata.builder()
                    .organName("—")
                    .edition(edition)
                    .reportYear(edition.firstYear())
                    .build())
            .build();
    Document doc = Jsoup.parse(HtmlRenderer.create().render(blank));
    String style = doc.head().select("style").outerHtml();
    return style + doc.body().select("article").outerHtml();
  }

  private static String echarts() {
    try {
      Properties p = new Properties();
      try (InputStream in = open(ECHARTS_POM)) {
        p.load(in);
      }
      String path =
          "META-INF/resources/webjars/echarts/" + p.getProperty("version") + "/dist/echarts.min.js";
      return resource(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String path) {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String path) throws IOException {
    InputStream in = AuditDashboard.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IOException("missing resource " + path + " (a broken build of the tool)");
    }
    return in;
  }

  /** Escapes what could end a script element or confuse HTML inside the JSON. */
  private static final class ScriptSafe extends CharacterEscapes {
    private final int[] escapes;

    ScriptSafe() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 || ch == 0x2029
          ? new SerializedString(String.format("\\u%04x", ch))
          : null;
    }
  }

  /** Lets the generator flush without closing the page's writer. */
  private static final class NonClosing extends Writer {
    private final Writer out;

    NonClosing(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      out.write(cbuf, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() {}
  }
}
