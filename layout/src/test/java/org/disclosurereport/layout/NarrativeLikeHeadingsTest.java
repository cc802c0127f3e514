package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.TextBlock;
import org.disclosurereport.testkit.samples.SampleReports;
import org.junit.jupiter.api.Test;

/**
 * A paragraph whose text is a section heading, a sub-heading or a table label stays a paragraph of
 * its block through a rendered page or text: it neither vanishes, nor starts a section, nor takes
 * the next sub-section with it.
 */
class NarrativeLikeHeadingsTest {
  private static final PublishedReportReader READER = PublishedReportReader.create();

  private static AnnualReport report() {
    AnnualReport luoning = SampleReports.luoning2020();
    return luoning
        .withGeneral(
            Narrative.builder()
                .addBlocks(TextBlock.of(null, "一、总体情况\n本机关认真贯彻落实条例。"))
                .addBlocks(TextBlock.of("（一）主动公开", "二、主动公开政府信息情况"))
                .addBlocks(TextBlock.of("（二）依申请公开", "（三）政府信息管理\n本年新制作数量"))
                .addBlocks(TextBlock.of("（三）政府信息管理", "<script>alert(1)</script>"))
                .build())
        .withProblems(Narrative.of("五、存在的主要问题及改进情况"))
        .withOtherMatters(
            OtherMatters.copyOf(luoning.otherMatters())
                .withNarrative(Narrative.of("六、其他需要报告的事项\n无。")));
  }

  private static void check(Function<AnnualReport, String> render) {
    AnnualReport report = report();
    AnnualReport back = READER.readString(render.apply(report)).report().orElseThrow();
    assertEquals(report.general(), back.general());
    assertEquals(report.problems(), back.problems());
    assertEquals(report.otherMatters(), back.otherMatters());
    assertEquals(report, back);
  }

  @Test
  void throughText() {
    check(TextRenderer.create()::render);
  }

  @Test
  void throughHtml() {
    check(HtmlRenderer.create()::render);
  }
}
