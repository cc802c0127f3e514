package org.disclosurereport.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.model.SupplementaryRow;
import org.disclosurereport.model.TextBlock;
import org.disclosurereport.testkit.Entropy;
import org.disclosurereport.testkit.GeneratorConfig;
import org.disclosurereport.testkit.MetadataField;
import org.disclosurereport.testkit.ReportGenerator;
import org.disclosurereport.testkit.quicktheories.ReportGens;
import org.quicktheories.core.Gen;

/**
 * The reports of the layout's property tests, from the testkit's generators.
 *
 * <p>{@link #config(Edition)} is every kind of variety the testkit makes ({@link
 * GeneratorConfig#varied(Edition)}), limited to what a published page carries:
 *
 * <ul>
 *   <li>no organ level or kind and no structured fee statement: a page has no place for them;
 *   <li>always a title: the renderers print one, and the reader takes the organ and the year from
 *       it, so a report without its own would come back with the printed one;
 *   <li>no special characters: pages and text re-flow white space (tabs, carriage returns, spaces
 *       at the end of a line);
 *   <li>no extensions: the testkit never makes them, and a page has no place for them either.
 * </ul>
 *
 * <p>Half of the reports are the testkit's as they are. The other half have the layout's own edge
 * cases laid over them ({@link #edgeCases(AnnualReport, Entropy)}), which a consistent report does
 * not have: figures that need not add up, at the ends of their ranges or blank anywhere; amounts in
 * 元 in a column that declares 万元; rows the format lacks in sections 三 and 四; organs whose names are
 * hard to tell from a title; empty sections and sub-headings without text. Every choice, edge cases
 * included, is drawn from the testkit's entropy, so QuickTheories shrinks them all.
 */
final class LayoutReports {
  /** Names that stress reading a title: a zone's committee, names that start with 市, 区 or 县. */
  private static final List<String> ORGANS =
      List.of("长春新区管委会", "蒲纺工业园区管理委员会", "大路镇人民政府", "市人民政府办公室", "区统计局", "县商务局", "市生态环境局");

  /** Rows some reports add to the tables. */
  private static final List<String> EXTRA_ROWS = List.of("其他主动公开文件", "行政确认", "行政奖励", "其他事项");

  private static final List<String> ORDINALS = List.of("一", "二", "三", "四", "五", "六", "七");

  private LayoutReports() {}

  /**
   * Returns the testkit configuration of reports a published page can carry.
   *
   * @param edition the edition
   * @return the configuration
   */
  static GeneratorConfig config(Edition edition) {
    return GeneratorConfig.varied(edition)
        .withSpecialCharacterPercent(0)
        .withFeesPercent(0)
        .withMetadataPercent(MetadataField.TITLE, 100)
        .withMetadataPercent(MetadataField.ORGAN_LEVEL, 0)
        .withMetadataPercent(MetadataField.ORGAN_KIND, 0);
  }

  /**
   * Returns reports of one edition: the testkit's, and the testkit's with edge cases.
   *
   * @param edition the edition
   * @return the generator
   */
  static Gen<AnnualReport> reports(Edition edition) {
    ReportGenerator consistent = ReportGenerator.of(config(edition));
    Gen<AnnualReport> withEdgeCases =
        ReportGens.of(entropy -> edgeCases(consistent.generate(entropy), entropy));
    return ReportGens.reports(config(edition)).mix(withEdgeCases);
  }

  /**
   * Lays edge cases over a report, each some of the time: another organ, any figures, empty text, a
   * row the format lacks in section 三 or 四.
   */
  static AnnualReport edgeCases(AnnualReport report, Entropy entropy) {
    AnnualReport out = report;
    if (entropy.chance(30)) {
      out = out.withMetadata(otherOrgan(out.metadata(), entropy.pick(ORGANS)));
    }
    if (entropy.chance(50)) {
      out = out.withCells(anyFigures(out.spec(), entropy));
    }
    if (entropy.chance(30)) {
      out = emptyText(out, entropy);
    }
    if (entropy.chance(30)) {
      out = out.withSupplementaryRows(withRowOutsideSectionTwo(out, entropy));
    }
    return out;
  }

  /** The organ renamed, in the title too, whatever its form. */
  private static ReportMetadata otherOrgan(ReportMetadata m, String organ) {
    String title = m.title().orElseThrow().replace(m.organName().orElseThrow(), organ);
    return m.withOrganName(organ).withTitle(title);
  }

  /** Every cell blank at one of four rates, or any value of its kind, up to the largest. */
  private static Map<CellAddress, CellValue> anyFigures(EditionSpec spec, Entropy entropy) {
    int blankPercent = entropy.pick(List.of(0, 20, 60, 100));
    Map<CellAddress, CellValue> cells = new LinkedHashMap<>();
    for (CellAddress a : spec.cells()) {
      if (!entropy.chance(blankPercent)) {
        cells.put(a, anyValue(spec.columnOf(a), entropy));
      }
    }
    return cells;
  }

  private static CellValue anyValue(AxisNode column, Entropy entropy) {
    return switch (column.kind().orElseThrow()) {
      case COUNT ->
          CellValue.count(
              entropy.chance(5)
                  ? entropy.between(0, CellValue.MAX_WHOLE)
                  : entropy.between(0, 99_999));
      case CHANGE -> CellValue.change(entropy.between(-5_000, 5_000));
      case AMOUNT -> {
        BigDecimal value =
            BigDecimal.valueOf(entropy.between(0, 9_999_999_999L), entropy.intBetween(0, 4));
        List<MoneyUnit> units =
            column
                .declaredUnit()
                .map(u -> List.of(u, MoneyUnit.YUAN))
                .orElse(List.of(MoneyUnit.values()));
        yield CellValue.amount(value, entropy.pick(units));
      }
    };
  }

  /** One text section left empty, or a sub-heading out of sequence with no text under it. */
  private static AnnualReport emptyText(AnnualReport report, Entropy entropy) {
    return switch (entropy.intBetween(0, 3)) {
      case 0 -> report.withGeneral(Narrative.empty());
      case 1 -> report.withProblems(Narrative.empty());
      case 2 ->
          report.withOtherMatters(OtherMatters.builder().narrative(Narrative.of("无")).build());
      default ->
          report.withGeneral(
              Narrative.builder()
                  .from(report.general())
                  .addBlocks(TextBlock.of("（" + entropy.pick(ORDINALS) + "）监督保障", ""))
                  .build());
    };
  }

  /** The report's rows and one more in section 三 or 四, in the order the layout prints them. */
  private static List<SupplementaryRow> withRowOutsideSectionTwo(
      AnnualReport report, Entropy entropy) {
    EditionSpec spec = report.spec();
    List<TableSpec> tables = new ArrayList<>(spec.tables(SectionId.APPLICATIONS));
    tables.addAll(spec.tables(SectionId.REVIEW_AND_LITIGATION));
    TableSpec table = entropy.pick(tables);
    SupplementaryRow.Builder row =
        SupplementaryRow.builder().table(table.key()).label(entropy.pick(EXTRA_ROWS));
    for (AxisNode column : table.columnLeaves()) {
      if (entropy.chance(60)) {
        row.putValues(column.key(), String.valueOf(entropy.between(0, 9_999)));
      }
    }
    List<SupplementaryRow> rows = new ArrayList<>(report.supplementaryRows());
    rows.add(row.build());
    List<SupplementaryRow> ordered = new ArrayList<>();
    for (TableSpec t : spec.tables()) {
      rows.stream().filter(r -> r.table().equals(t.key())).forEach(ordered::add);
    }
    return ordered;
  }
}
