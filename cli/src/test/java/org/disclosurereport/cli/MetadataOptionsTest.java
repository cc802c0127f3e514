package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.layout.TextRenderer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --organ} and {@code --year}: the metadata of a text copied without its title. */
class MetadataOptionsTest {
  @TempDir Path dir;

  /** The text of the valid report without its title and its particulars: from section 一 on. */
  private Path untitled() throws Exception {
    String text = TextRenderer.create().render(Fixtures.valid());
    String untitled =
        text.substring(text.indexOf("一、总体情况")).lines().collect(Collectors.joining("\n", "", "\n"));
    assertFalse(untitled.contains("测试县人民政府"), untitled);
    assertFalse(untitled.contains("2022"), untitled);
    Path in = dir.resolve("untitled.txt");
    Files.writeString(in, untitled);
    return in;
  }

  @Test
  void organAndYearCompleteAReportWhoseTextStatesNeither() throws Exception {
    Path in = untitled();
    CliRun run =
        CliRun.run(
            "convert", in.toString(), "--to", "json", "--organ", "测试县人民政府", "--year", "2022");
    assertTrue(run.exitCode() != ExitCodes.UNREADABLE, run.toString());
    AnnualReport read = ReportJson.create().readString(run.out()).report().orElseThrow();
    assertEquals(Fixtures.valid().cells(), read.cells());
    assertEquals("测试县人民政府", read.metadata().organName().orElseThrow());
    assertEquals(2022, read.metadata().reportYear().getAsInt());
    assertTrue(run.err().contains("DR-L007"), run.toString());

    CliRun validate = CliRun.run("validate", in.toString(), "--organ", "测试县人民政府", "--year", "2022");
    assertTrue(validate.exitCode() != ExitCodes.UNREADABLE, validate.toString());
    CliRun render =
        CliRun.run("render", in.toString(), "--to", "html", "--organ", "测试县人民政府", "--year", "2022");
    assertTrue(render.out().contains("测试县人民政府2022年"), render.toString());
  }

  @Test
  void withoutOrganOrYearTheJsonIsWrittenAndWhatIsMissingIsNamed() throws Exception {
    Path in = untitled();
    CliRun validate = CliRun.run("validate", in.toString());
    assertEquals(ExitCodes.ERRORS, validate.exitCode(), validate.toString());
    assertEquals(1, count(validate.out(), "/metadata/organName"), validate.toString());
    assertEquals(1, count(validate.out(), "/metadata/reportYear"), validate.toString());

    Path json = dir.resolve("untitled.json");
    CliRun convert = CliRun.run("convert", in.toString(), "--to", "json", "-o", json.toString());
    assertEquals(ExitCodes.ERRORS, convert.exitCode(), convert.toString());
    assertTrue(convert.err().contains("DR-V001"), convert.toString());
    String written = Files.readString(json);
    assertFalse(written.contains("organName"), written);
    assertFalse(written.contains("reportYear"), written);
    ReadResult back = ReportJson.create().readString(written);
    assertEquals(Fixtures.valid().cells(), back.report().orElseThrow().cells());
    assertEquals(
        List.of("/metadata/organName", "/metadata/reportYear"),
        back.findings().stream()
            .filter(f -> f.ruleId().equals("DR-V001"))
            .map(f -> f.location().jsonPointer().orElseThrow().toString())
            .toList());

    CliRun again = CliRun.run("validate", json.toString());
    assertEquals(ExitCodes.ERRORS, again.exitCode(), again.toString());
    assertEquals(1, count(again.out(), "/metadata/organName"), again.toString());

    CliRun completed =
        CliRun.run("validate", in.toString(), "--organ", "测试县人民政府", "--year", "2022");
    assertEquals(ExitCodes.OK, completed.exitCode(), completed.toString());
  }

  @Test
  void theFileNameGivesTheYearTheTextDoesNotState() throws Exception {
    Path named = dir.resolve("测试县2022年政府信息公开工作年度报告.txt");
    Files.move(untitled(), named);
    CliRun run = CliRun.run("convert", named.toString(), "--to", "json", "--organ", "测试县人民政府");
    AnnualReport read = ReportJson.create().readString(run.out()).report().orElseThrow();
    assertEquals(2022, read.metadata().reportYear().getAsInt(), run.toString());
    assertTrue(run.err().contains("DR-L044"), run.toString());
    assertTrue(run.err().contains("测试县2022年政府信息公开工作年度报告.txt"), run.toString());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void aYearOutOfRangeIsAUsageError() throws Exception {
    CliRun run = CliRun.run("convert", untitled().toString(), "--to", "json", "--year", "1999");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("1999"), run.toString());
  }
}
