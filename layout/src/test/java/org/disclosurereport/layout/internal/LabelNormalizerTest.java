package org.disclosurereport.layout.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.edition.TableSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelNormalizerTest {
  /**
   * Characters of the labels (and page field names and titles) reviewed and found to have no
   * distinct traditional form. Together with the keys of the traditional table they must cover
   * every Han character the edition description prints, so that a new label with a new character
   * fails here until its traditional form is looked at.
   */
  private static final String SAME_IN_BOTH =
      "一七三上下不中主之九予事二五人仍他代以件企位作供保信元全八公六其具再出分列到加勾十危卷及反取另只可合"
          + "告和商四因在增外大存安定家容密尚工已年府度引形律性息情成或投持按掌接提握收改政效文新方日明有服期"
          + "未本果查案止正求法然版物理用由申的益目直相知研社禁科秘程稽章第等管索自行被要起通逾部重量金集需";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）|(二) 部分公开(区分处理的,只计这一情形,不计其他情形)",
        "自然人|自 然 人",
        "结果维持|结果 维 持",
        "3.危及“三安全一稳定”|3. 危及\"三安全一稳定\"",
        "1.属于国家秘密|1、属于国家秘密",
        "1.属于国家秘密|１．属于国家秘密",
        "一、总体情况|一.总体情况",
        "本年收费金额（单位：万元）|本年收费金额(单位:万元)",
        "行政规范性文件|行政規範性文件",
        "规范性文件|規範性檔案",
        "对外公开总数量|對外公開總數量",
        "处理决定数量|處理決定數量",
        "索引号|索 引 號",
      })
  void variantsOfALabelNormalizeAlike(String official, String printed) {
    assertEquals(LabelNormalizer.normalize(official), LabelNormalizer.normalize(printed));
  }

  @Test
  void lineBreaksInsideALabelAreRemoved() {
    assertEquals(LabelNormalizer.normalize("本年新制作数量"), LabelNormalizer.normalize("本年新\n制作数量"));
    assertEquals(LabelNormalizer.normalize("商业企业"), LabelNormalizer.normalize(" 商业\r\n　企业 "));
  }

  @Test
  void theTwoSeparatorsOfTheLongOtherHandlingLabelsNormalizeAlike() {
    assertEquals(
        LabelNormalizer.normalize("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        LabelNormalizer.normalize("1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请"));
  }

  @Test
  void differentLabelsStayDifferent() {
    assertNotEquals(LabelNormalizer.normalize("处理决定数量"), LabelNormalizer.normalize("本年处理决定数量"));
    assertNotEquals(LabelNormalizer.normalize("总计"), LabelNormalizer.normalize("（七）总计"));
    assertNotEquals(LabelNormalizer.normalize("其他"), LabelNormalizer.normalize("3.其他"));
  }

  @Test
  void aLeadingEnumeratorKeepsItsCommaWhileOthersAreUnified() {
    assertEquals("四、政府信息公开行政复议,行政诉讼情况", LabelNormalizer.normalize("四、政府信息公开行政复议、行政诉讼情况"));
  }

  @Test
  void simplifyKeepsTheLengthSoPositionsCarryOver() {
    String traditional = "武漢市生態環境局2020年政府信息公開工作年度報告";
    String simplified = LabelNormalizer.simplify(traditional);
    assertEquals(traditional.length(), simplified.length());
    assertTrue(simplified.contains("政府信息公开工作年度报告"), simplified);
    assertEquals("规范性文件", LabelNormalizer.simplify("規範性檔案"));
  }

  @Test
  void trailingNotesSplitOffIncludingOnesCutShort() {
    String[] parts =
        LabelNormalizer.splitTrailingNote(
                LabelNormalizer.normalize("本年增/减(指2020年增加或减少的事项数,减用负值表示,如-8)"))
            .orElseThrow();
    assertEquals("本年增/减", parts[0]);
    assertEquals("(指2020年增加或减少的事项数,减用负值表示,如-8)", parts[1]);
    assertEquals("采购项目数量", LabelNormalizer.splitTrailingNote("采购项目数量(指202").orElseThrow()[0]);
    assertEquals("a(b)", LabelNormalizer.splitTrailingNote("a(b)(c(d))").orElseThrow()[0]);
    assertFalse(LabelNormalizer.splitTrailingNote("(本列数据)").isPresent(), "nothing would be left");
    assertFalse(LabelNormalizer.splitTrailingNote("(一)予以公开").isPresent());
  }

  @Test
  void theTraditionalTableCoversEveryCharacterOfTheLabels() {
    Map<Character, Character> table = LabelNormalizer.traditionalTable();
    TreeSet<Character> needed = new TreeSet<>();
    for (String label : labels()) {
      for (char c : label.toCharArray()) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          needed.add(c);
        }
      }
    }
    StringBuilder missing = new StringBuilder();
    for (char c : needed) {
      if (!table.containsValue(c) && SAME_IN_BOTH.indexOf(c) < 0) {
        missing.append(c);
      }
    }
    assertEquals("", missing.toString(), "characters whose traditional form is not reviewed");
    for (Map.Entry<Character, Character> e : table.entrySet()) {
      assertTrue(needed.contains(e.getValue()), "not needed by any label: " + e);
    }
  }

  /** Every label of both editions, and the page field names and title words the readers use. */
  private static List<String> labels() {
    List<String> labels = new ArrayList<>();
    for (Edition e : Edition.values()) {
      EditionSpec spec = e.spec();
      for (SectionSpec s : spec.sections()) {
        labels.add(s.numberedHeading());
        labels.addAll(s.headingVariants());
      }
      for (TableSpec t : spec.tables()) {
        t.caption().ifPresent(labels::add);
        t.rowHeaderLabel().ifPresent(labels::add);
        t.cornerNote().ifPresent(labels::add);
        for (List<AxisNode> roots : List.of(t.rows(), t.columns())) {
          roots.stream()
              .flatMap(AxisNode::flatten)
              .forEach(
                  n -> {
                    labels.add(n.label());
                    labels.addAll(n.aliases());
                  });
        }
      }
    }
    labels.add(PageMetadata.INDEX_NUMBER);
    labels.add(PageMetadata.PUBLICATION_DATE);
    labels.add("发布时间");
    labels.add(PageMetadata.CREDIT_CODE);
    labels.add(PageMetadata.DIVISION_CODE);
    labels.add(ReportTitle.compose("", 2020));
    return labels;
  }

  /** Leading enumerators are written one way, as the regular expressions they replace would. */
  @Test
  void writesLeadingEnumeratorsAsTheirPatternsDid() {
    java.util.regex.Pattern chinese = java.util.regex.Pattern.compile("^([一二三四五六七八九十]+)[、.,:]");
    java.util.regex.Pattern digits = java.util.regex.Pattern.compile("^(\\d{1,2})[、.,]");
    org.quicktheories.core.Gen<String> pieces =
        org.quicktheories.generators.Generate.pick(
            List.of("一", "十", "二", "1", "2", "0", "、", ".", ",", ":", "总", "计", "（", "）"));
    org.quicktheories.QuickTheory.qt()
        .withExamples(5000)
        .forAll(org.quicktheories.generators.SourceDSL.lists().of(pieces).ofSizeBetween(0, 7))
        .checkAssert(
            list -> {
              String label = String.join("", list);
              // The reference: the earlier implementation, on text with nothing else to normalise.
              String s = LabelNormalizer.simplify(label.replace('：', ':'));
              String prefix = "";
              java.util.regex.Matcher m = chinese.matcher(s);
              if (m.find()) {
                prefix = m.group(1) + "、";
                s = s.substring(m.end());
              } else {
                java.util.regex.Matcher d = digits.matcher(s);
                if (d.find()) {
                  prefix = d.group(1) + ".";
                  s = s.substring(d.end());
                }
              }
              s = s.replace('、', ',');
              while (s.endsWith(":")) {
                s = s.substring(0, s.length() - 1);
              }
              String expected = prefix + s;
              String normalized =
                  java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFKC);
              if (normalized.equals(label)) {
                assertEquals(expected, LabelNormalizer.normalize(label), label);
              }
            });
  }
}
