package org.disclosurereport.layout.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.ReviewAndLitigation;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.layout.internal.LabelIndex.Hit;
import org.disclosurereport.layout.internal.LabelIndex.Kind;
import org.disclosurereport.layout.internal.LabelIndex.Match;
import org.junit.jupiter.api.Test;

class LabelIndexTest {
  private final LabelIndex index = LabelIndex.get();

  private Hit only(Match m, Edition edition) {
    List<Hit> hits = m.in(edition);
    assertEquals(1, hits.size(), () -> "hits of " + m);
    return hits.get(0);
  }

  @Test
  void rowLabelsAreFoundWithTheirTableAndKey() {
    Hit hit = only(index.match("(三) 不予公开"), Edition.V2021);
    assertEquals(Kind.ROW, hit.kind());
    assertEquals(Tables.APPLICATIONS, hit.table());
    assertEquals(ApplicationRows.WITHHELD, hit.node().key());
    assertFalse(hit.node().isLeaf());
  }

  @Test
  void hubeisNotesAreSplitOffAndKept() {
    Match m = index.match("本年增/減(指2020年增加或減少的事項數,減用負值表示,如-8)");
    List<Hit> hits = m.in(Edition.V2019);
    assertEquals(3, hits.size(), "the column of items 5, 6 and 8");
    assertTrue(hits.stream().allMatch(h -> h.node().key().equals(Proactive.CHANGE)));
    assertTrue(m.note().startsWith("(指2020年增加或减少的事项数"), m.note());
    assertEquals(
        Proactive.REGULATIONS,
        only(index.match("规章(设区的市、自治州人民政府应提供相关数据)"), Edition.V2019).node().key());
  }

  @Test
  void aLabelPrintedWithoutItsOfficialNoteIsFound() {
    assertEquals(
        ApplicationRows.PARTIALLY_GRANTED,
        only(index.match("（二）部分公开"), Edition.V2021).node().key());
    Match fee = index.match("本年收费金额(单位:元)");
    assertEquals(Proactive.FEE_AMOUNT, only(fee, Edition.V2021).node().key());
    assertEquals("(单位:元)", fee.note());
  }

  @Test
  void knownMisprintsAreAliases() {
    Hit inForce = only(index.match("现行有效件"), Edition.V2021);
    assertTrue(inForce.alias());
    assertEquals(Proactive.IN_FORCE, inForce.node().key());
    Hit normative = only(index.match("规范性文件"), Edition.V2021);
    assertTrue(normative.alias());
    assertFalse(only(index.match("规范性文件"), Edition.V2019).alias());
    Hit review = only(index.match("行政法复议"), Edition.V2021);
    assertTrue(review.alias());
    assertEquals(ReviewAndLitigation.REVIEW, review.node().key());
  }

  @Test
  void sectionHeadingsAreFoundWithAnyNumberButNotInParentheses() {
    assertEquals(SectionId.APPLICATIONS, index.match("三、收到和处理政府信息公开的申请情况").section().orElseThrow());
    assertEquals(SectionId.PROBLEMS, index.match("四、存在的主要问题及改进情况").section().orElseThrow());
    assertEquals(SectionId.GENERAL, index.match("    一、总体情况 ").section().orElseThrow());
    assertFalse(index.match("（二）主动公开政府信息情况").found());
    assertFalse(index.match("三、本年度办理结果").section().isPresent());
  }

  @Test
  void theCornerNoteIsFoundWithAndWithoutItsParentheses() {
    assertEquals(
        Kind.CORNER,
        only(index.match("(本列数据的勾稽关系为: 第一项加第二项之和, 等于第三项加第四项之和)"), Edition.V2019).kind());
    assertEquals(
        Kind.CORNER, only(index.match("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"), Edition.V2019).kind());
  }

  @Test
  void proseAndFiguresAreNotLabels() {
    assertFalse(index.match("2020年，全县通过政府网站发布信息。").found());
    assertFalse(index.match("0").found());
    assertFalse(index.match("").found());
  }

  @Test
  void theEditionMarkersAreTheLabelsOnlyOneEditionPrints() {
    Set<String> v2019 = index.markers(Edition.V2019);
    Set<String> v2021 = index.markers(Edition.V2021);
    // Labels only the 2019 edition prints: 本年新制作数量, 上一年项目数量, 本年增/减, block （九） mark 2019;
    // 本年制发件数, 本年处理决定数量, 本年收费金额（单位：万元）, the three （六） sub-rows mark 2021.
    for (String label : List.of("本年新制作数量", "上一年项目数量", "本年增/减", "第二十条第（九）项")) {
      assertTrue(v2019.contains(LabelNormalizer.normalize(label)), label);
    }
    for (String label :
        List.of(
            "本年制发件数", "本年处理决定数量", "本年收费金额（单位：万元）", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "3.其他")) {
      assertTrue(v2021.contains(LabelNormalizer.normalize(label)), label);
    }
    Set<String> shared = v2019.stream().filter(v2021::contains).collect(Collectors.toSet());
    assertEquals(Set.of(), shared);
    assertFalse(v2019.contains(LabelNormalizer.normalize("规范性文件")), "a 2021 misprint too");
    assertFalse(v2019.contains(LabelNormalizer.normalize("（六）其他处理")), "printed in both");
  }

  /**
   * Text that the shortcut turns away is text that matching would not find: labels of both
   * editions, numbered, with notes, spaced, in full-width forms, joined with prose.
   */
  @Test
  void theShortcutTurnsAwayNothingMatchingWouldFind() {
    List<String> labels = new java.util.ArrayList<>();
    for (Edition e : Edition.values()) {
      for (org.disclosurereport.edition.SectionSpec s : e.spec().sections()) {
        labels.add(s.numberedHeading());
        labels.add(s.heading());
      }
      for (org.disclosurereport.edition.TableSpec t : e.spec().tables()) {
        t.caption().ifPresent(labels::add);
        t.cornerNote().ifPresent(labels::add);
        t.columns().stream()
            .flatMap(org.disclosurereport.edition.AxisNode::flatten)
            .forEach(n -> labels.add(n.label()));
        t.rows().stream()
            .flatMap(org.disclosurereport.edition.AxisNode::flatten)
            .forEach(n -> labels.add(n.label()));
      }
    }
    List<String> extras =
        List.of(
            "",
            "一、",
            "十二、",
            "(指2020年增加或减少的事项数)",
            "（单位：万元）",
            "⑴",
            "㈠",
            " ",
            "\u3000",
            "本机关全年依法依规做好政府信息公开工作，主动公开政府信息",
            "严格落实",
            "（",
            "(");
    org.quicktheories.QuickTheory.qt()
        .withExamples(4000)
        .forAll(
            org.quicktheories.generators.SourceDSL.lists()
                .of(
                    org.quicktheories.generators.Generate.pick(labels)
                        .mix(org.quicktheories.generators.Generate.pick(extras), 50))
                .ofSizeBetween(1, 4))
        .checkAssert(
            parts -> {
              String text = String.join("", parts);
              if (!index.mayMatch(text)) {
                assertFalse(index.matchSlowly(text).found(), text);
              }
            });
    for (String label : labels) {
      assertTrue(index.mayMatch(label), label);
    }
  }

  /**
   * Matching with its shortcuts and cache gives what matching every text in full gives: figures of
   * plain digits, full-width digits, enumerators, labels and their pieces, in any mix.
   */
  @Test
  void matchingAgreesWithTheFullPath() {
    List<String> pieces =
        List.of(
            "0", "7", "123", "2882.45", "１", "1.", "3、", "一、", "(", "）", "（单位：万元）", "自然人", "总计",
            "其他", "行政许可", "规章", "本年新", "制作数量", "总体情况", "结果维持", " ", "\u3000", "/", "无");
    org.quicktheories.QuickTheory.qt()
        .withExamples(3000)
        .forAll(
            org.quicktheories.generators.SourceDSL.lists()
                .of(org.quicktheories.generators.Generate.pick(pieces))
                .ofSizeBetween(1, 4))
        .checkAssert(
            parts -> {
              String text = String.join("", parts);
              assertEquals(index.matchSlowly(text), index.match(text), text);
            });
  }
}
