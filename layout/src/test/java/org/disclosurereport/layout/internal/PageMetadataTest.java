package org.disclosurereport.layout.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
  @Test
  void fieldsAreFoundUnderTheirVariantNames() {
    PageMetadata m =
        PageMetadata.extract(
            List.of("登录 注册", "乐至县回澜镇人民政府2019年政府信息公开工作年度报告"),
            List.of(
                "索 引 号： 0142768-8/2022-00185 发布机构：某局",
                "發佈時間:2020-01-31   录入:乐至县回澜镇",
                "统一社会信用代码：11341702486344515H",
                "行政区划代码：411328"));
    assertEquals(Optional.of("乐至县回澜镇人民政府"), m.organ());
    assertEquals(Optional.of(2019), m.year());
    assertEquals(Optional.of("0142768-8/2022-00185"), m.indexNumber());
    assertEquals(Optional.of(LocalDate.of(2020, 1, 31)), m.publicationDate());
    assertEquals(Optional.of("11341702486344515H"), m.creditCode());
    assertEquals(Optional.of("411328"), m.divisionCode());
    assertEquals(5, m.used().size(), "the title and the four field lines");
  }

  @Test
  void aTitleWithAnOrganIsPreferredToOneWithout() {
    PageMetadata m =
        PageMetadata.extract(List.of("2020年信息公开年报", "蒲纺工业园区2020年政府信息公开工作年度报告"), List.of());
    assertEquals(Optional.of("蒲纺工业园区"), m.organ());
    assertEquals(Optional.of("蒲纺工业园区2020年政府信息公开工作年度报告"), m.title());
  }

  @Test
  void aDateThatIsNoDateIsReportedNotGuessed() {
    PageMetadata m = PageMetadata.extract(List.of(), List.of("发布日期：2021-02-30"));
    assertFalse(m.publicationDate().isPresent());
    assertEquals(Optional.of("2021-02-30"), m.unreadableDate());
  }

  @Test
  void emptyFieldsAreNotValues() {
    PageMetadata m = PageMetadata.extract(List.of(), List.of("发布日期: 来源: 分享到:", "索引号： 发布机构：某局"));
    assertTrue(m.publicationDate().isEmpty() && m.unreadableDate().isEmpty());
    assertTrue(m.indexNumber().isEmpty());
  }
}
