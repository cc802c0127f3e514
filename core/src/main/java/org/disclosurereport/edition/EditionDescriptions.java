package org.disclosurereport.edition;

import static org.disclosurereport.edition.AxisNode.column;
import static org.disclosurereport.edition.AxisNode.group;
import static org.disclosurereport.edition.AxisNode.leaf;
import static org.disclosurereport.edition.AxisNode.umbrella;
import static org.disclosurereport.edition.CellKind.AMOUNT;
import static org.disclosurereport.edition.CellKind.CHANGE;
import static org.disclosurereport.edition.CellKind.COUNT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurereport.edition.CrossYearRelation.Term;
import org.disclosurereport.edition.CrossYearRelation.Year;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.ReviewAndLitigation;
import org.disclosurereport.edition.Keys.Tables;

/**
 * The description of both editions: the one place in the project where a label, a key, a cell kind
 * or a sum of the format is written.
 *
 * <p>Parts the two editions share (section 三 up to （五）, section 四, the section headings) are
 * written once as methods and called for each edition. Sources: the formats issued with 国办公开办函
 * 〔2019〕60号 and 国办公开办函〔2021〕30号; the repository's {@code docs/format.md} is generated from this
 * description ({@link FormatGuide}).
 */
final class EditionDescriptions {
  /** The five outcome columns of each section 四 group, in printed order: suffix, label, name. */
  private static final String[][] OUTCOMES = {
    {ReviewAndLitigation.UPHELD, "结果维持", "upheld"},
    {ReviewAndLitigation.CORRECTED, "结果纠正", "corrected"},
    {ReviewAndLitigation.OTHER_OUTCOME, "其他结果", "other outcome"},
    {ReviewAndLitigation.PENDING, "尚未审结", "pending"},
    {ReviewAndLitigation.TOTAL, "总计", "total"},
  };

  private static final Map<Edition, EditionSpec> SPECS = new EnumMap<>(Edition.class);

  static {
    SPECS.put(Edition.V2019, build2019());
    SPECS.put(Edition.V2021, build2021());
  }

  private EditionDescriptions() {}

  static EditionSpec of(Edition edition) {
    return SPECS.get(edition);
  }

  // ---------------------------------------------------------------- shared words

  private static final String INFORMATION_CONTENT = "信息内容";
  private static final String DECISIONS_2019 = "处理决定数量";
  private static final String PREVIOUS_YEAR_ITEMS = "上一年项目数量";
  private static final String CHANGE_THIS_YEAR = "本年增/减";

  // ---------------------------------------------------------------- edition 2019

  private static EditionSpec build2019() {
    List<TableSpec> tables = new ArrayList<>();
    tables.add(
        proactive(
            Tables.ARTICLE20_ITEM1,
            "第二十条第（一）项",
            "Article 20 item 1: rules and normative documents",
            List.of(
                leaf(Proactive.REGULATIONS, "规章", "rules"),
                leaf(Proactive.NORMATIVE_DOCUMENTS, "规范性文件", "normative documents")),
            List.of(
                column(Proactive.NEWLY_MADE, "本年新制作数量", "newly made this year", COUNT, null),
                column(
                    Proactive.NEWLY_PUBLISHED, "本年新公开数量", "newly published this year", COUNT, null),
                column(Proactive.TOTAL_PUBLISHED, "对外公开总数量", "total published", COUNT, null))));
    tables.add(
        proactive(
            Tables.ARTICLE20_ITEM5,
            "第二十条第（五）项",
            "Article 20 item 5: licensing and other services",
            List.of(
                licensingRow(),
                leaf(Proactive.OTHER_SERVICES, "其他对外管理服务事项", "other external services")),
            itemColumns2019(true)));
    tables.add(
        proactive(
            Tables.ARTICLE20_ITEM6,
            "第二十条第（六）项",
            "Article 20 item 6: penalties and enforcement",
            penaltyRows(),
            itemColumns2019(true)));
    tables.add(
        proactive(
            Tables.ARTICLE20_ITEM8,
            "第二十条第（八）项",
            "Article 20 item 8: administrative fees",
            List.of(feesRow()),
            itemColumns2019(false)));
    tables.add(
        proactive(
            Tables.ARTICLE20_ITEM9,
            "第二十条第（九）项",
            "Article 20 item 9: centralised procurement",
            List.of(leaf(Proactive.CENTRALIZED_PROCUREMENT, "政府集中采购", "centralised procurement")),
            List.of(
                column(
                    Proactive.PROCUREMENT_PROJECTS, "采购项目数量", "procurement projects", COUNT, null),
                column(
                    Proactive.PROCUREMENT_AMOUNT,
                    "采购总金额",
                    "total procurement amount",
                    AMOUNT,
                    null))));
    tables.add(applications(otherHandling2019()));
    tables.add(reviewAndLitigation());

    List<CrossYearRelation> crossYear = new ArrayList<>();
    crossYear.add(carryOver());
    crossYear.add(
        new CrossYearRelation(
            "proactive.itemCountCarryOver",
            List.of(Tables.ARTICLE20_ITEM5, Tables.ARTICLE20_ITEM6, Tables.ARTICLE20_ITEM8),
            Axis.COLUMNS,
            Proactive.PREVIOUS_YEAR_ITEMS,
            List.of(
                new Term(Proactive.PREVIOUS_YEAR_ITEMS, Year.PREVIOUS, 1),
                new Term(Proactive.CHANGE, Year.PREVIOUS, 1)),
            Set.of(Edition.V2019),
            "last year's item count plus last year's change equals this year's item count",
            "上一年报告的“上一年项目数量”加“本年增/减”，等于本年报告的“上一年项目数量”"));
    return spec(Edition.V2019, "国办公开办函〔2019〕60号", "中华人民共和国政府信息公开工作年度报告格式（试行）", tables, crossYear);
  }

  private static List<AxisNode> itemColumns2019(boolean withDecisions) {
    List<AxisNode> columns = new ArrayList<>();
    columns.add(
        column(Proactive.PREVIOUS_YEAR_ITEMS, PREVIOUS_YEAR_ITEMS, "items last year", COUNT, null));
    columns.add(column(Proactive.CHANGE, CHANGE_THIS_YEAR, "change this year", CHANGE, null));
    if (withDecisions) {
      columns.add(column(Proactive.DECISIONS, DECISIONS_2019, "decisions", COUNT, null));
    }
    return columns;
  }

  private static AxisNode otherHandling2019() {
    return leaf(ApplicationRows.OTHER_HANDLING, "（六）其他处理", "other handling");
  }

  // ---------------------------------------------------------------- edition 2021

  private static EditionSpec build2021() {
    List<TableSpec> tables = new ArrayList<>();
    tables.add(
        proactive(
            Tables.ARTICLE20_ITEM1,
            "第二十条第（一）项",
            "Article 20 item 1: rules and administrative normative documents",
            List.of(
                leaf(Proactive.REGULATIONS, "规章", "rules"),
                leaf(
                    Proactive.NORMATIVE_DOCUMENTS,
                    "行政规范性文件",
                    "administrative normative documents",
                    "规范性文件")),
            List.of(
                column(Proactive.ISSUED, "本年制发件数", "issued this year", COUNT, null),
                column(Proactive.REPEALED, "本年废止件数", "repealed this year", COUNT, null),
                column(Proactive.IN_FORCE, "现行有效件数", "in force", COUNT, null, "现行有效件"))));
    tables.add(
        proactive(
            Tables.ARTICLE20_ITEM5,
            "第二十条第（五）项",
            "Article 20 item 5: licensing",
            List.of(licensingRow()),
            decisions2021()));
    tables.add(
        proactive(
            Tables.ARTICLE20_ITEM6,
            "第二十条第（六）项",
            "Article 20 item 6: penalties and enforcement",
            penaltyRows(),
            decisions2021()));
    tables.add(
        proactive(
            Tables.ARTICLE20_ITEM8,
            "第二十条第（八）项",
            "Article 20 item 8: administrative fees",
            List.of(feesRow()),
            List.of(
                column(
                    Proactive.FEE_AMOUNT,
                    "本年收费金额（单位：万元）",
                    "fees collected this year",
                    AMOUNT,
                    MoneyUnit.TEN_THOUSAND_YUAN))));
    tables.add(
        applications(
            group(
                ApplicationRows.OTHER_HANDLING,
                "（六）其他处理",
                "other handling",
                leaf(
                    ApplicationRows.OTHER_NOT_CORRECTED,
                    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    "other handling: not corrected in time",
                    "1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请"),
                leaf(
                    ApplicationRows.OTHER_FEE_UNPAID,
                    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    "other handling: fee not paid in time",
                    "2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请"),
                leaf(ApplicationRows.OTHER_OTHER, "3.其他", "other handling: other"))));
    tables.add(reviewAndLitigation());

    List<CrossYearRelation> crossYear = new ArrayList<>();
    crossYear.add(carryOver());
    crossYear.add(
        new CrossYearRelation(
            "proactive.inForceContinuity",
            List.of(Tables.ARTICLE20_ITEM1),
            Axis.COLUMNS,
            Proactive.IN_FORCE,
            List.of(
                new Term(Proactive.IN_FORCE, Year.PREVIOUS, 1),
                new Term(Proactive.ISSUED, Year.CURRENT, 1),
                new Term(Proactive.REPEALED, Year.CURRENT, -1)),
            Set.of(Edition.V2021),
            "last year's documents in force plus those issued minus those repealed this year equals"
                + " the documents in force",
            "上一年“现行有效件数”加本年“本年制发件数”减“本年废止件数”，等于本年“现行有效件数”"));
    return spec(Edition.V2021, "国办公开办函〔2021〕30号", "中华人民共和国政府信息公开工作年度报告格式", tables, crossYear);
  }

  private static List<AxisNode> decisions2021() {
    return List.of(column(Proactive.DECISIONS, "本年处理决定数量", "decisions this year", COUNT, null));
  }

  // ---------------------------------------------------------------- shared parts

  private static AxisNode licensingRow() {
    return leaf(Proactive.LICENSING, "行政许可", "administrative licensing");
  }

  private static List<AxisNode> penaltyRows() {
    return List.of(
        leaf(Proactive.PENALTIES, "行政处罚", "administrative penalties"),
        leaf(Proactive.ENFORCEMENT, "行政强制", "administrative enforcement"));
  }

  private static AxisNode feesRow() {
    return leaf(Proactive.ADMINISTRATIVE_FEES, "行政事业性收费", "administrative fees");
  }

  private static TableSpec proactive(
      String key, String caption, String englishName, List<AxisNode> rows, List<AxisNode> columns) {
    return new TableSpec(
        key,
        SectionId.PROACTIVE_DISCLOSURE,
        caption,
        englishName,
        INFORMATION_CONTENT,
        null,
        rows,
        columns);
  }

  private static TableSpec applications(AxisNode otherHandling) {
    List<AxisNode> rows =
        List.of(
            leaf(ApplicationRows.NEWLY_RECEIVED, "一、本年新收政府信息公开申请数量", "newly received"),
            leaf(ApplicationRows.CARRIED_OVER, "二、上年结转政府信息公开申请数量", "carried over from last year"),
            umbrella(
                ApplicationRows.RESULTS,
                "三、本年度办理结果",
                "results this year",
                leaf(ApplicationRows.GRANTED, "（一）予以公开", "granted"),
                leaf(
                    ApplicationRows.PARTIALLY_GRANTED,
                    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                    "partially granted"),
                group(
                    ApplicationRows.WITHHELD,
                    "（三）不予公开",
                    "withheld",
                    leaf(
                        ApplicationRows.WITHHELD_STATE_SECRET,
                        "1.属于国家秘密",
                        "withheld: state secret"),
                    leaf(
                        ApplicationRows.WITHHELD_PROHIBITED_BY_LAW,
                        "2.其他法律行政法规禁止公开",
                        "withheld: prohibited by other laws"),
                    leaf(
                        ApplicationRows.WITHHELD_SECURITY_STABILITY,
                        "3.危及“三安全一稳定”",
                        "withheld: endangers security or stability"),
                    leaf(
                        ApplicationRows.WITHHELD_THIRD_PARTY_RIGHTS,
                        "4.保护第三方合法权益",
                        "withheld: third-party rights"),
                    leaf(
                        ApplicationRows.WITHHELD_INTERNAL_AFFAIRS,
                        "5.属于三类内部事务信息",
                        "withheld: internal affairs"),
                    leaf(
                        ApplicationRows.WITHHELD_PROCESS_INFORMATION,
                        "6.属于四类过程性信息",
                        "withheld: process information"),
                    leaf(
                        ApplicationRows.WITHHELD_ENFORCEMENT_FILES,
                        "7.属于行政执法案卷",
                        "withheld: enforcement files"),
                    leaf(
                        ApplicationRows.WITHHELD_QUERY_MATTERS,
                        "8.属于行政查询事项",
                        "withheld: administrative query matters")),
                group(
                    ApplicationRows.UNABLE,
                    "（四）无法提供",
                    "unable to provide",
                    leaf(
                        ApplicationRows.UNABLE_NOT_HELD,
                        "1.本机关不掌握相关政府信息",
                        "unable: information not held"),
                    leaf(
                        ApplicationRows.UNABLE_NEEDS_CREATION,
                        "2.没有现成信息需要另行制作",
                        "unable: would need to be created"),
                    leaf(
                        ApplicationRows.UNABLE_STILL_UNCLEAR,
                        "3.补正后申请内容仍不明确",
                        "unable: still unclear after correction")),
                group(
                    ApplicationRows.NOT_PROCESSED,
                    "（五）不予处理",
                    "not processed",
                    leaf(
                        ApplicationRows.NOT_PROCESSED_COMPLAINT,
                        "1.信访举报投诉类申请",
                        "not processed: petitions and complaints"),
                    leaf(
                        ApplicationRows.NOT_PROCESSED_REPEATED,
                        "2.重复申请",
                        "not processed: repeated"),
                    leaf(
                        ApplicationRows.NOT_PROCESSED_PUBLICATION,
                        "3.要求提供公开出版物",
                        "not processed: published material"),
                    leaf(
                        ApplicationRows.NOT_PROCESSED_EXCESSIVE,
                        "4.无正当理由大量反复申请",
                        "not processed: excessive applications"),
                    leaf(
                        ApplicationRows.NOT_PROCESSED_CONFIRMATION,
                        "5.要求行政机关确认或重新出具已获取信息",
                        "not processed: confirmation of information held")),
                otherHandling,
                leaf(ApplicationRows.RESULTS_TOTAL, "（七）总计", "results total")),
            leaf(ApplicationRows.CARRIED_FORWARD, "四、结转下年度继续办理", "carried forward to next year"));
    List<AxisNode> columns =
        List.of(
            umbrella(
                Applicants.APPLICANTS,
                "申请人情况",
                "applicants",
                column(Applicants.NATURAL_PERSON, "自然人", "natural persons", COUNT, null),
                group(
                    Applicants.LEGAL_PERSONS,
                    "法人或其他组织",
                    "legal persons or other organisations",
                    column(
                        Applicants.COMMERCIAL_ENTERPRISE,
                        "商业企业",
                        "commercial enterprises",
                        COUNT,
                        null),
                    column(
                        Applicants.RESEARCH_INSTITUTION,
                        "科研机构",
                        "research institutions",
                        COUNT,
                        null),
                    column(
                        Applicants.SOCIAL_WELFARE_ORGANIZATION,
                        "社会公益组织",
                        "social welfare organisations",
                        COUNT,
                        null),
                    column(
                        Applicants.LEGAL_SERVICE_AGENCY,
                        "法律服务机构",
                        "legal service agencies",
                        COUNT,
                        null),
                    column(
                        Applicants.OTHER_ORGANIZATION, "其他", "other organisations", COUNT, null)),
                column(Applicants.TOTAL, "总计", "total", COUNT, null)));
    return new TableSpec(
        Tables.APPLICATIONS,
        SectionId.APPLICATIONS,
        null,
        "applications",
        null,
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        rows,
        columns);
  }

  private static AxisNode outcomes(
      String groupKey, String label, String englishName, String... aliases) {
    AxisNode[] columns = new AxisNode[OUTCOMES.length];
    for (int i = 0; i < OUTCOMES.length; i++) {
      columns[i] =
          column(
              ReviewAndLitigation.column(groupKey, OUTCOMES[i][0]),
              OUTCOMES[i][1],
              englishName + ": " + OUTCOMES[i][2],
              COUNT,
              null);
    }
    return group(groupKey, label, englishName, List.of(aliases), columns);
  }

  private static TableSpec reviewAndLitigation() {
    return new TableSpec(
        Tables.REVIEW_AND_LITIGATION,
        SectionId.REVIEW_AND_LITIGATION,
        null,
        "administrative review and litigation",
        null,
        null,
        List.of(leaf(ReviewAndLitigation.CASES, "", "cases")),
        List.of(
            // 行政法复议: a misprint seen in published reports.
            outcomes(ReviewAndLitigation.REVIEW, "行政复议", "administrative review", "行政法复议"),
            group(
                ReviewAndLitigation.LITIGATION,
                "行政诉讼",
                "administrative litigation",
                outcomes(ReviewAndLitigation.DIRECT_SUIT, "未经复议直接起诉", "suits without review"),
                outcomes(ReviewAndLitigation.SUIT_AFTER_REVIEW, "复议后起诉", "suits after review"))));
  }

  private static CrossYearRelation carryOver() {
    return new CrossYearRelation(
        "applications.carryOver",
        List.of(Tables.APPLICATIONS),
        Axis.ROWS,
        ApplicationRows.CARRIED_OVER,
        List.of(new Term(ApplicationRows.CARRIED_FORWARD, Year.PREVIOUS, 1)),
        Set.of(Edition.V2019, Edition.V2021),
        "applications carried over equal last year's applications carried forward",
        "本年“二、上年结转政府信息公开申请数量”等于上一年“四、结转下年度继续办理”");
  }

  private static List<SectionSpec> sections() {
    return List.of(
        new SectionSpec(SectionId.GENERAL, "一", "总体情况", "general situation", List.of(), List.of()),
        new SectionSpec(
            SectionId.PROACTIVE_DISCLOSURE,
            "二",
            "主动公开政府信息情况",
            "proactive disclosure",
            List.of("行政机关主动公开政府信息情况"),
            List.of()),
        new SectionSpec(
            SectionId.APPLICATIONS,
            "三",
            "收到和处理政府信息公开申请情况",
            "applications received and handled",
            List.of("收到和处理政府信息公开的申请情况", "行政机关收到和处理政府信息公开申请情况"),
            List.of(Tables.APPLICATIONS)),
        new SectionSpec(
            SectionId.REVIEW_AND_LITIGATION,
            "四",
            "政府信息公开行政复议、行政诉讼情况",
            "administrative review and litigation",
            List.of("政府信息公开行政复议和行政诉讼情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况"),
            List.of(Tables.REVIEW_AND_LITIGATION)),
        new SectionSpec(
            SectionId.PROBLEMS,
            "五",
            "存在的主要问题及改进情况",
            "main problems and improvements",
            List.of("政府信息公开工作存在的主要问题及改进情况", "存在问题及改进情况"),
            List.of()),
        new SectionSpec(
            SectionId.OTHER_MATTERS,
            "六",
            "其他需要报告的事项",
            "other matters to report",
            List.of(),
            List.of()));
  }

  /** Assembles an edition: section 二 lists its edition's tables; relations follow the tree. */
  private static EditionSpec spec(
      Edition edition,
      String notice,
      String title,
      List<TableSpec> tables,
      List<CrossYearRelation> crossYear) {
    List<String> proactiveKeys =
        tables.stream()
            .filter(t -> t.section() == SectionId.PROACTIVE_DISCLOSURE)
            .map(TableSpec::key)
            .toList();
    List<SectionSpec> sections = new ArrayList<>();
    for (SectionSpec s : sections()) {
      sections.add(
          s.id() == SectionId.PROACTIVE_DISCLOSURE
              ? new SectionSpec(
                  s.id(),
                  s.number(),
                  s.heading(),
                  s.englishName(),
                  s.headingVariants(),
                  proactiveKeys)
              : s);
    }
    TableSpec applications =
        tables.stream().filter(t -> t.key().equals(Tables.APPLICATIONS)).findFirst().orElseThrow();
    TableSpec review =
        tables.stream()
            .filter(t -> t.key().equals(Tables.REVIEW_AND_LITIGATION))
            .findFirst()
            .orElseThrow();
    return new EditionSpec(
        edition, notice, title, sections, tables, relations(applications, review), crossYear);
  }

  /**
   * The sum relations, derived from the headings: the balance rule printed in the corner of section
   * 三, （七）总计 as the sum of every result row, 总计 as the sum of the applicant columns, and each
   * section 四 group's 总计 as the sum of its outcomes.
   */
  private static List<SumRelation> relations(TableSpec applications, TableSpec review) {
    List<SumRelation> relations = new ArrayList<>();
    relations.add(
        new SumRelation(
            "applications.balance",
            Tables.APPLICATIONS,
            Axis.ROWS,
            List.of(ApplicationRows.NEWLY_RECEIVED, ApplicationRows.CARRIED_OVER),
            List.of(ApplicationRows.RESULTS_TOTAL, ApplicationRows.CARRIED_FORWARD),
            "newly received plus carried over equals the results total plus carried forward",
            applications.cornerNote().orElseThrow()));
    List<String> resultRows =
        applications.row(ApplicationRows.RESULTS).orElseThrow().leaves().stream()
            .map(AxisNode::key)
            .filter(k -> !k.equals(ApplicationRows.RESULTS_TOTAL))
            .toList();
    relations.add(
        new SumRelation(
            "applications.resultsTotal",
            Tables.APPLICATIONS,
            Axis.ROWS,
            List.of(ApplicationRows.RESULTS_TOTAL),
            resultRows,
            "the results total equals the sum of all result rows",
            "“（七）总计”等于各项办理结果之和"));
    List<String> applicantColumns =
        applications.columnLeaves().stream()
            .map(AxisNode::key)
            .filter(k -> !k.equals(Applicants.TOTAL))
            .toList();
    relations.add(
        new SumRelation(
            "applications.applicantTotal",
            Tables.APPLICATIONS,
            Axis.COLUMNS,
            List.of(Applicants.TOTAL),
            applicantColumns,
            "the total equals natural persons plus the five kinds of legal persons or other"
                + " organisations",
            "“总计”等于自然人与法人或其他组织各列之和"));
    for (String groupKey :
        List.of(
            ReviewAndLitigation.REVIEW,
            ReviewAndLitigation.DIRECT_SUIT,
            ReviewAndLitigation.SUIT_AFTER_REVIEW)) {
      AxisNode group = review.column(groupKey).orElseThrow();
      String total = ReviewAndLitigation.column(groupKey, ReviewAndLitigation.TOTAL);
      relations.add(
          new SumRelation(
              "reviewAndLitigation." + groupKey + "Total",
              Tables.REVIEW_AND_LITIGATION,
              Axis.COLUMNS,
              List.of(total),
              group.leaves().stream().map(AxisNode::key).filter(k -> !k.equals(total)).toList(),
              "the "
                  + group.englishName()
                  + " total equals upheld plus corrected plus other plus"
                  + " pending",
              "“" + group.label() + "”的“总计”等于结果维持、结果纠正、其他结果、尚未审结之和"));
    }
    return relations;
  }
}
