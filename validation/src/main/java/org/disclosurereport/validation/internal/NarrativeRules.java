package org.disclosurereport.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.validation.NarrativeFigure;
import org.disclosurereport.validation.NarrativeFigures;

/**
 * Rule DR-V501: a figure the narrative states agrees with the tables. A figure agrees when it
 * equals the sum of the cells of any alternative {@link NarrativeFigures#cells} gives; a cell left
 * blank is read as its derived total when its parts are filled, and a figure whose cells are
 * unknown is not compared.
 */
final class NarrativeRules {
  private NarrativeRules() {}

  static void check(AnnualReport report, FindingSink sink) {
    if (!sink.enabled(RuleDefinitions.NARRATIVE_FIGURE)) {
      return;
    }
    EditionSpec spec = report.spec();
    for (NarrativeFigure figure : NarrativeFigures.extract(report)) {
      if (figure.subUnit()) {
        continue;
      }
      List<List<CellAddress>> alternatives = NarrativeFigures.cells(spec, figure.kind());
      if (alternatives.isEmpty()) {
        continue;
      }
      BigDecimal stated = BigDecimal.valueOf(figure.value());
      Optional<BigDecimal> first = Optional.empty();
      boolean agrees = false;
      boolean known = false;
      for (List<CellAddress> cells : alternatives) {
        Optional<BigDecimal> sum = sum(report, cells);
        if (sum.isEmpty()) {
          continue;
        }
        known = true;
        first = first.isPresent() ? first : sum;
        agrees |= sum.get().compareTo(stated) == 0;
      }
      if (!known || agrees) {
        continue;
      }
      List<CellAddress> cells = alternatives.get(0);
      String labels = cells.stream().map(spec::label).collect(Collectors.joining(" + "));
      Message m =
          Message.of(
              RuleDefinitions.NARRATIVE_FIGURE,
              "heading",
              spec.section(figure.section()).numberedHeading(),
              "sentence",
              abbreviate(figure.sentence()),
              "written",
              figure.written() + figure.unit(),
              "labels",
              labels,
              "table",
              CellReader.plain(first.get()));
      if (alternatives.size() > 1) {
        m =
            m.append(
                RuleDefinitions.NARRATIVE_FIGURE
                    + "."
                    + figure.kind().name().toLowerCase(java.util.Locale.ROOT));
      }
      List<CellAddress> involved = new ArrayList<>();
      alternatives.forEach(
          a -> a.stream().filter(c -> !involved.contains(c)).forEach(involved::add));
      sink.of(
              RuleDefinitions.NARRATIVE_FIGURE,
              FindingLocation.builder()
                  .section(figure.section())
                  .jsonPointer(org.disclosurereport.finding.JsonPointer.of(figure.section().key()))
                  .columnNumber(figure.position() + 1)
                  .sourceText(figure.sentence())
                  .build(),
              m)
          .values(stated, first.get())
          .cells(involved)
          .add();
    }
  }

  /** The sum of cells, a blank total read as the sum of its parts; empty when one is unknown. */
  private static Optional<BigDecimal> sum(AnnualReport report, List<CellAddress> cells) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CellAddress a : cells) {
      CellValue v = report.cell(a);
      if (v.isBlank()) {
        v = report.derivedTotal(a);
      }
      Optional<BigDecimal> d = v.decimal();
      if (d.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.add(d.get());
    }
    return Optional.of(sum);
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() > 120 ? one.substring(0, 120) + "…" : one;
  }
}
