package org.disclosurereport.cli.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.batch.BatchSummary;
import org.disclosurereport.cli.internal.batch.CellTally;
import org.disclosurereport.cli.internal.batch.FileResult;
import org.disclosurereport.cli.internal.batch.Outcomes;
import org.disclosurereport.cli.internal.batch.ReportIdentity;
import org.disclosurereport.cli.internal.batch.ReportOutcome;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.junit.jupiter.api.Test;

class SummaryFileTest {
  private static BatchSummary summary() {
    Finding v101 = Fixtures.finding("DR-V101", Severity.ERROR).build();
    Finding c001 = Fixtures.finding("DR-C001", Severity.ERROR).build();
    BatchSummary s = new BatchSummary();
    ReportIdentity id = ReportIdentity.of(Fixtures.valid());
    // 100 cells: 3 blank, 1 printed "/".
    CellTally tally =
        new CellTally(
            100,
            3,
            java.util.Set.of(
                org.disclosurereport.edition.CellAddress.of("applications", "granted", "total")));
    s.add(
        FileResult.of(
            new ReportOutcome(
                "a", Optional.empty(), Optional.of(id), List.of(), Optional.of(tally))));
    s.add(
        FileResult.of(
            new ReportOutcome("b", Optional.empty(), Optional.of(id), List.of(v101, v101))));
    s.add(FileResult.of(Outcomes.unreadable("c", c001)));
    s.add(FileResult.skipped("d.png"));
    return s;
  }

  @Test
  void kindFollowsTheExtension() {
    assertEquals(Optional.of(SummaryFile.Kind.CSV), SummaryFile.kindOf("OUT.CSV"));
    assertEquals(Optional.of(SummaryFile.Kind.JSON), SummaryFile.kindOf("a/b.json"));
    assertEquals(Optional.empty(), SummaryFile.kindOf("b.txt"));
  }

  @Test
  void csvHasTotalsThenRules() throws Exception {
    StringWriter s = new StringWriter();
    SummaryFile.write(summary(), SummaryFile.Kind.CSV, s);
    assertEquals(
        String.join(
            "\n",
            "kind,key,count,reports",
            "total,filesRead,3,",
            "total,reportsValid,1,",
            "total,reportsWithErrors,1,",
            "total,unreadable,1,",
            "total,skipped,1,",
            "total,findingsError,3,",
            "total,findingsWarning,0,",
            "total,findingsInfo,0,",
            "total,cells,100,",
            "total,cellsBlank,3,",
            "total,cellsMarked,1,",
            "rule,DR-V101,2,1",
            "rule,DR-C001,1,1",
            ""),
        s.toString());
  }

  @Test
  void jsonHasTheSameFigures() throws Exception {
    StringWriter s = new StringWriter();
    SummaryFile.write(summary(), SummaryFile.Kind.JSON, s);
    JsonNode j = new ObjectMapper().readTree(s.toString());
    assertEquals(3, j.get("filesRead").asInt());
    assertEquals(1, j.get("reportsValid").asInt());
    assertEquals(1, j.get("reportsWithErrors").asInt());
    assertEquals(1, j.get("unreadable").asInt());
    assertEquals(1, j.get("skipped").asInt());
    assertEquals(3, j.get("findings").get("error").asInt());
    assertEquals("DR-V101", j.get("topRules").get(0).get("ruleId").asText());
    assertEquals(2, j.get("topRules").get(0).get("findings").asInt());
    assertEquals(1, j.get("topRules").get(0).get("reports").asInt());
    assertEquals("ERROR", j.get("topRules").get(1).get("severity").asText());
    assertEquals(100, j.at("/cells/total").asInt());
    assertEquals(3, j.at("/cells/blank").asInt());
    assertEquals(1, j.at("/cells/marked").asInt());
    assertEquals(
        true,
        s.toString().matches("(?s).*\"blankShare\"\\s*:\\s*0\\.0300\\b.*"),
        "shares to four decimals: " + s);
    assertEquals(
        true, s.toString().matches("(?s).*\"markedShare\"\\s*:\\s*0\\.0100\\b.*"), s.toString());
  }

  @Test
  void theTableShowsTheSameFiguresAligned() {
    StringWriter s = new StringWriter();
    SummaryTable.print(summary(), new PrintWriter(s), Locale.ENGLISH);
    String out = s.toString();
    assertEquals(true, out.contains("Files read                 3"), out);
    assertEquals(true, out.contains("  DR-V101  ERROR            2        1"), out);
    StringWriter zh = new StringWriter();
    SummaryTable.print(summary(), new PrintWriter(zh), Locale.CHINA);
    List<String> lines = zh.toString().lines().toList();
    // Columns line up on a terminal, where each Chinese character takes two columns.
    assertEquals(TextWidth.of(lines.get(1)), TextWidth.of(lines.get(2)), zh.toString());
  }
}
