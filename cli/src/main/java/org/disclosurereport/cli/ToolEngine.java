package org.disclosurereport.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disclosurereport.cli.internal.CliCode;
import org.disclosurereport.cli.internal.batch.ReportOutcome;
import org.disclosurereport.cli.internal.io.InputLoader;
import org.disclosurereport.cli.internal.io.Loaded;
import org.disclosurereport.cli.internal.io.ReportChecker;
import org.disclosurereport.cli.internal.io.ReportWriter;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.cli.internal.output.JsonOutcomeWriter;
import org.disclosurereport.cli.internal.output.RuleCatalogueWriter;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.server.ReportEngine;
import org.disclosurereport.validation.BlankPolicy;

/**
 * The tool's own reading, checking and output, as the engine of {@code disclosure serve}: a
 * document posted to the service is loaded as {@code validate} loads a file (format by content,
 * JSON Lines, transcoding, size limit), checked by {@link ValidateCommand#outcomes}, and printed by
 * the same {@link JsonOutcomeWriter}; the rules are {@link RulesCommand#catalogue}; the formats are
 * {@code convert}'s writers.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ToolEngine implements ReportEngine {
  /** The formats the service converts to, in this order. */
  private static final List<DocumentFormat> WRITABLE =
      List.of(DocumentFormat.JSON, DocumentFormat.XML, DocumentFormat.HTML, DocumentFormat.DOCX);

  /** The formats that state their own edition, which no edition asked for overrides. */
  private static final java.util.Set<DocumentFormat> STATE_EDITION =
      java.util.EnumSet.of(DocumentFormat.JSON, DocumentFormat.XML);

  private final Toolkit toolkit;
  private final InputLoader loader;

  /**
   * A loader per edition asked for, its page, text and document readers set to read as that one.
   */
  private final java.util.Map<Edition, InputLoader> editionLoaders =
      new java.util.EnumMap<>(Edition.class);

  /** Built once per blank policy, as {@code validate} builds its one: building is costly. */
  private final java.util.Map<BlankPolicy, ReportChecker> checkers =
      new java.util.EnumMap<>(BlankPolicy.class);

  /**
   * Creates the engine.
   *
   * @param toolkit the SDK parts
   * @param maxBytes the largest document read
   */
  ToolEngine(Toolkit toolkit, long maxBytes) {
    this.toolkit = toolkit;
    this.loader = new InputLoader(toolkit, maxBytes);
    for (Edition e : Edition.values()) {
      editionLoaders.put(
          e,
          new InputLoader(
              toolkit.withReadOptions(ReadOptions.builder().edition(e).build()), maxBytes));
    }
    for (BlankPolicy b : BlankPolicy.values()) {
      toolkit.checker(b).ifPresent(c -> checkers.put(b, c));
    }
  }

  @Override
  public Examination examine(Upload upload) {
    ReportChecker checker = checkers.get(upload.blankPolicy());
    if (checker == null) {
      throw new IllegalStateException("this build of the tool has no validator");
    }
    Optional<AnnualReport> previous = Optional.empty();
    if (upload.previous().isPresent()) {
      Loaded last = load(loader, "previous", upload.previous().get());
      if (last.result().report().isEmpty() || last.documents().size() > 1) {
        throw new IllegalArgumentException("the previous year's report cannot be read");
      }
      previous = last.result().report();
    }
    Loaded loaded =
        load(
            upload.edition().map(editionLoaders::get).orElse(loader),
            upload.name(),
            upload.document());
    if (upload.edition().isPresent()
        && loaded.format().filter(STATE_EDITION::contains).isPresent()) {
      loaded = sayEditionStated(loaded, upload.edition().get());
    }
    Optional<AnnualReport> last = previous;
    List<ReportOutcome> outcomes =
        ValidateCommand.outcomes(loaded, checker, r -> last, (outcome, report) -> {});
    StringWriter text = new StringWriter();
    try (JsonOutcomeWriter writer = new JsonOutcomeWriter(new PrintWriter(text), upload.locale())) {
      outcomes.forEach(writer::accept);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The page and the converter show the first report; the JSON holds every one.
    List<Finding> findings = new ArrayList<>(outcomes.get(0).findings());
    return new Examination(
        loaded.result().report(),
        loaded.format().map(DocumentFormat::id),
        findings,
        text.toString());
  }

  /**
   * Adds {@link CliCode#EDITION_STATED} to each report of a JSON or XML document whose stated
   * edition is not the one asked for, first among its findings, so that the choice is not silently
   * ignored.
   */
  private static Loaded sayEditionStated(Loaded loaded, Edition asked) {
    List<Loaded.Document> documents = new ArrayList<>();
    for (Loaded.Document d : loaded.documents()) {
      Optional<Edition> stated = d.result().report().map(AnnualReport::edition);
      if (stated.isEmpty() || stated.get() == asked) {
        documents.add(d);
        continue;
      }
      List<Finding> findings = new ArrayList<>();
      findings.add(CliCode.EDITION_STATED.finding(stated.get().id(), asked.id()));
      findings.addAll(d.result().findings());
      documents.add(new Loaded.Document(d.source(), d.result().withFindings(findings)));
    }
    return new Loaded(loaded.source(), loaded.format(), loaded.skipped(), documents);
  }

  private static Loaded load(InputLoader loader, String name, byte[] bytes) {
    try {
      return loader.read(name, bytes, true);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  @Override
  public void write(AnnualReport report, String format, OutputStream out) throws IOException {
    DocumentFormat f =
        WRITABLE.stream()
            .filter(w -> w.id().equals(format))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("not a format the service writes: " + format));
    ReportWriter writer =
        toolkit
            .writer(f)
            .orElseThrow(() -> new IllegalArgumentException("this build cannot write " + format));
    writer.write(report, out);
  }

  @Override
  public List<String> writableFormats() {
    return WRITABLE.stream()
        .filter(f -> toolkit.writer(f).isPresent())
        .map(DocumentFormat::id)
        .toList();
  }

  @Override
  public String rulesJson(Locale locale) {
    StringWriter text = new StringWriter();
    new RuleCatalogueWriter(new PrintWriter(text), locale).json(RulesCommand.catalogue(toolkit));
    return text.toString();
  }
}
