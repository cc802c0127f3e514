package org.disclosurereport.layout.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportTitleTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "洛宁县人民政府 2020 年政府信息公开工作 年度报告|洛宁县人民政府|2020",
        "大路镇人民政府2019年信息公开年度报告|大路镇人民政府|2019",
        "2025年度长春新区管委会政府信息公开工作年度报告|长春新区管委会|2025",
        "市人民政府办公室2025年政府信息公开工作年度报告|市人民政府办公室|2025",
        "武漢市生態環境局2020年政府信息公開工作年度報告|武漢市生態環境局|2020",
        "某局２０２１年度政府信息公开工作年度报告_某市人民政府网|某局|2021",
      })
  void theOrganAndYearAreTakenFromTheTitleAsPrinted(String line, String organ, int year) {
    ReportTitle.Parsed p = ReportTitle.parse(line).orElseThrow();
    assertEquals(Optional.of(organ), p.organ());
    assertEquals(year, p.year());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020年信息公开年报", "关于2019年政府信息公开工作年度报告", "2020年政府信息公开工作年度报告"})
  void aTitleWithoutAnOrganGivesTheYearOnly(String line) {
    ReportTitle.Parsed p = ReportTitle.parse(line).orElseThrow();
    assertFalse(p.organ().isPresent(), () -> "organ " + p.organ());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "一、总体情况",
        "根据《中华人民共和国政府信息公开条例》规定,现公布区统计局2023年政府信息公开工作年度报告。",
        "2022年,商务局信息公开工作在县委、县政府的正确领导下开展。",
        "http://www.example.gov.cn/art/2020/1/15/art_1.html"
      })
  void otherLinesAreNoTitles(String line) {
    assertFalse(ReportTitle.parse(line).flatMap(ReportTitle.Parsed::organ).isPresent(), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"洛宁县人民政府", "长春新区管委会"})
  void aComposedTitleParsesBack(String organ) {
    ReportTitle.Parsed p = ReportTitle.parse(ReportTitle.compose(organ, 2023)).orElseThrow();
    assertEquals(Optional.of(organ), p.organ());
    assertEquals(2023, p.year());
  }
}
