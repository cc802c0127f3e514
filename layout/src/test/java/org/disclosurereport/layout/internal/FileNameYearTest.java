package org.disclosurereport.layout.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNameYearTest {
  @ParameterizedTest
  @CsvSource({
    "洛宁县2020年政府信息公开工作年度报告.txt, 2020",
    "2021年度报告.pdf, 2021",
    "/downloads/2019/洛宁县2020年政府信息公开工作年度报告.docx, 2020",
    "C:\\reports\\luoning-2022.html, 2022",
    "luoning_2023.txt, 2023",
    "2020年报告（2021年修订）.txt, ",
    "report-2020-2021.txt, ",
    "报告20201231.pdf, ",
    "v2.2021.pdf, ",
    "<string>, ",
    "/2020年/report.txt, "
  })
  void theYearANameStatesWithoutContradiction(String name, Integer year) {
    assertEquals(
        Optional.ofNullable(year), FileNameYear.find(name).map(NarrativeYear.Stated::year), name);
  }
}
