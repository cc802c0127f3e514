package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  private static List<String> lines(Edition edition) {
    return List.of(TextRenderer.create().render(SampleReports.compact(edition)).split("\n", -1));
  }

  @Test
  void theTitleAndEveryMetadataFieldComeFirst() {
    List<String> lines = lines(Edition.V2021);
    assertEquals(
        List.of(
            "某县人民政府2022年政府信息公开工作年度报告",
            "机关名称：某县人民政府",
            "报告年度：2022",
            "格式版本：2021",
            "索引号：014416330/2023-00012",
            "发布日期：2023-01-20",
            "",
            "一、总体情况"),
        lines.subList(0, 8));
    assertTrue(lines.contains("（一）主动公开"));
  }

  @Test
  void paragraphsAreIndentedAndHeadingsAreNot() {
    List<String> lines = lines(Edition.V2021);
    int heading = lines.indexOf("（一）主动公开");
    assertEquals("", lines.get(heading + 1));
    assertTrue(lines.get(heading + 2).startsWith("\u3000\u3000"), lines.get(heading + 2));
    assertTrue(!lines.get(heading + 2).startsWith("\u3000\u3000\u3000"));
  }

  @Test
  void rowsAreTabSeparatedOneCellPerPrintedCell() {
    List<String> lines = lines(Edition.V2019);
    assertTrue(lines.contains("第二十条第（一）项"), "a caption is one cell");
    assertTrue(lines.contains("信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量"));
    assertTrue(lines.contains("规章\t3\t\t"), "blank cells are empty");
    assertTrue(lines.contains("其他主动公开文件\t186\t\t"));
    assertTrue(lines.contains("行政许可\t\t-27\t"));
    assertTrue(lines.contains("政府集中采购\t\t160.5964万元"));
    assertTrue(lines.contains("自然人\t法人或其他组织\t总计"));
    assertTrue(lines.contains("一、本年新收政府信息公开申请数量\t12\t0\t0\t0\t0\t0\t0"));
    assertTrue(lines.contains("二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t"));
    assertTrue(lines.contains("三、本年度办理结果\t（一）予以公开\t0\t0\t0\t0\t0\t0\t0"));
    assertTrue(lines.contains("（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0"));
    assertTrue(lines.contains("2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0"));
    assertTrue(lines.contains("行政复议\t行政诉讼"));
    assertTrue(
        lines.contains("2\t\t\t\t\t\t\t\t\t\t\t\t\t\t"), "section 四's one row, fifteen cells");
  }

  @Test
  void anAmountInTheColumnsDeclaredUnitIsPrintedBare() {
    assertTrue(lines(Edition.V2021).contains("行政事业性收费\t12.50"));
  }
}
