package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.disclosurereport.cli.internal.Fixtures;
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
    assertEquals("测试县人民政府", read.metadata().organName());
    assertEquals(2022, read.metadata().reportYear());
    assertTrue(run.err().contains("DR-L007"), run.toString());

    CliRun validate = CliRun.run("validate", in.toString(), "--organ", "测试县人民政府", "--year", "2022");
    assertTrue(validate.exitCode() != ExitCodes.UNREADABLE, validate.toString());
    CliRun render =
        CliRun.run("render", in.toString(), "--to", "html", "--organ", "测试县人民政府", "--year", "2022");
    assertTrue(render.out().contains("测试县人民政府2022年"), render.toString());
  }

  @Test
  void aYearOutOfRangeIsAUsageError() throws Exception {
    CliRun run = CliRun.run("convert", untitled().toString(), "--to", "json", "--year", "1999");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("1999"), run.toString());
  }
}
