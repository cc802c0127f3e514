package org.disclosurereport.layout;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.layout.internal.ReportLayout;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.model.SupplementaryRow;
import org.disclosurereport.model.TextBlock;
import org.disclosurereport.testkit.GeneratorConfig;
import org.disclosurereport.testkit.quicktheories.ReportGens;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates annual reports for property tests of the layout: half of them the project's
 * consistent reports ({@link ReportGens}) as they would be published, half edge cases of the
 * layout's own.
 *
 * <p>Every report is limited to what the published layout carries. The shared generator's
 * reports lose the organ's level and kind and the structured fees, which the layout has no place
 * for, and get the title the renderers print. The edge cases add what the shared generator does
 * not make: titles of every form the readers know, the page metadata, narrative sections with
 * sub-headings ({@code （一）…}), cells of every kind at the ends of their ranges, amounts in every
 * unit a reader can tell from the page, blank cells anywhere, and rows the format does not have.
 */
final class ReportGenerator {
  private static final List<String> ORGANS =
      List.of(
          "洛宁县人民政府", "长春新区管委会", "蒲纺工业园区管理委员会", "大路镇人民政府", "市人民政府办公室",
          "区统计局", "县商务局", "市生态环境局");
  private static final List<String> SENTENCES =
      List.of(
          "本单位按照条例要求推进政府信息公开工作。",
          "全年通过政府网站发布各类信息，内容准确完整。",
          "依申请公开事项均在法定期限内答复。",
          "加强信息发布审核，规范公开流程。",
          "政务新媒体运行平稳，互动回应及时。",
          "下一步将继续完善制度，提升公开质量。");
  private static final List<String> HEADINGS =
      List.of("主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障", "存在的主要问题", "改进情况");
  private static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五", "六", "七");
  private static final List<String> EXTRA_ROWS =
      List.of("其他主动公开文件", "行政确认", "行政奖励", "其他事项");

  private ReportGenerator() {}

  /**
   * Returns reports of one edition.
   *
   * @param edition the edition
   * @return the generator
   */
  static Gen<AnnualReport> reports(Edition edition) {
    Gen<AnnualReport> consistent = ReportGens.reports(GeneratorConfig.builder().edition(edition).blankPercent(10).build());
    Gen<AnnualReport> published = in -> asPublished(consistent.generate(in));
    Gen<AnnualReport> edgeCases = in -> report(in, edition);
    return published.mix(edgeCases);
  }

  /** A report as the published layout carries it. */
  static AnnualReport asPublished(AnnualReport report) {
    ReportMetadata meta =
        ReportMetadata.copyOf(report.metadata())
            .withOrganLevel(Optional.empty())
            .withOrganKind(Optional.empty())
            .withTitle(ReportLayout.title(report));
    return report
        .withMetadata(meta)
        .withOtherMatters(OtherMatters.copyOf(report.otherMatters()).withFees(Optional.empty()));
  }

  private static AnnualReport report(RandomnessSource in, Edition edition) {
    String organ = pick(in, ORGANS);
    int year = between(in, 2019, 2030);
    String title =
        switch (between(in, 0, 2)) {
          case 0 -> organ + year + "年政府信息公开工作年度报告";
          case 1 -> organ + year + "年度政府信息公开工作年度报告";
          default -> year + "年度" + organ + "政府信息公开工作年度报告";
        };
    ReportMetadata.Builder meta =
        ReportMetadata.builder().organName(organ).edition(edition).reportYear(year).title(title);
    if (chance(in, 50)) {
      meta.indexNumber(between(in, 10_000_000, 99_999_999) + "/" + year + "-" + between(in, 10_000, 99_999));
    }
    if (chance(in, 50)) {
      meta.publicationDate(LocalDate.of(year + 1, between(in, 1, 3), between(in, 1, 28)));
    }
    if (chance(in, 20)) {
      StringBuilder code = new StringBuilder();
      for (int i = 0; i < 18; i++) {
        code.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(between(in, 0, 30)));
      }
      meta.creditCode(code.toString());
    }
    if (chance(in, 20)) {
      meta.divisionCode(String.valueOf(between(in, 110_000, 659_999)));
    }
    AnnualReport.Builder b =
        AnnualReport.builder()
            .metadata(meta.build())
            .general(narrative(in, false))
            .problems(narrative(in, false))
            .otherMatters(OtherMatters.builder().narrative(narrative(in, true)).build());
    int blankPercent = pick(in, List.of(0, 20, 60, 100));
    for (TableSpec table : edition.spec().tables()) {
      for (CellAddress address : table.cells()) {
        if (!chance(in, blankPercent)) {
          b.putCells(address, value(in, table.column(address.column()).orElseThrow()));
        }
      }
    }
    int extra = between(in, 0, 2);
    List<TableSpec> tables = edition.spec().tables();
    for (int i = 0; i < extra; i++) {
      TableSpec table = pick(in, tables);
      SupplementaryRow.Builder row =
          SupplementaryRow.builder().table(table.key()).label(pick(in, EXTRA_ROWS));
      for (AxisNode column : table.columnLeaves()) {
        if (chance(in, 60)) {
          row.putValues(column.key(), String.valueOf(between(in, 0, 9999)));
        }
      }
      b.addSupplementaryRows(row.build());
    }
    AnnualReport report = b.build();
    // The layout prints supplementary rows after their table's rows, table by table.
    List<SupplementaryRow> ordered = new ArrayList<>();
    for (TableSpec table : tables) {
      report.supplementaryRows().stream()
          .filter(r -> r.table().equals(table.key()))
          .forEach(ordered::add);
    }
    return report.withSupplementaryRows(ordered);
  }

  private static CellValue value(RandomnessSource in, AxisNode column) {
    switch (column.kind().orElseThrow()) {
      case COUNT:
        return CellValue.count(
            chance(in, 5) ? longs().between(0, CellValue.MAX_WHOLE).generate(in) : between(in, 0, 99_999));
      case CHANGE:
        return CellValue.change(between(in, -5_000, 5_000));
      default:
        int scale = between(in, 0, 4);
        BigDecimal value = BigDecimal.valueOf(longs().between(0, 9_999_999_999L).generate(in), scale);
        List<MoneyUnit> units =
            column.declaredUnit().isPresent()
                ? List.of(column.declaredUnit().get(), MoneyUnit.YUAN)
                : List.of(MoneyUnit.values());
        return CellValue.amount(value, pick(in, units));
    }
  }

  private static Narrative narrative(RandomnessSource in, boolean otherMatters) {
    Narrative.Builder b = Narrative.builder();
    int blocks = between(in, 0, 3);
    for (int i = 0; i < blocks; i++) {
      String heading =
          i == 0 && chance(in, 50)
              ? null
              : "（" + pick(in, NUMERALS) + "）" + pick(in, HEADINGS);
      List<String> paragraphs = new ArrayList<>();
      int count = between(in, heading == null ? 1 : 0, 3);
      for (int p = 0; p < count; p++) {
        paragraphs.add(otherMatters && chance(in, 20) ? "无" : pick(in, SENTENCES));
      }
      b.addBlocks(TextBlock.of(heading, String.join("\n", paragraphs)));
    }
    return b.build();
  }

  private static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  private static boolean chance(RandomnessSource in, int percent) {
    return between(in, 1, 100) <= percent;
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }
}
