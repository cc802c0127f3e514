package org.disclosurereport.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.model.AnnualReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportBatchTest {
  private static final ReportJson JSON = ReportJson.create(ReadOptions.lenient());
  private static final ReportXml XML = ReportXml.create(ReadOptions.lenient());

  @TempDir Path dir;

  @Test
  void jsonLinesYieldsOneResultPerLineAndGoesOnAfterBadLines() throws IOException {
    AnnualReport a = ReportGenerators.report(Edition.V2019, 1);
    AnnualReport b = ReportGenerators.report(Edition.V2021, 2);
    Path file = dir.resolve("reports.jsonl");
    Files.writeString(
        file,
        JSON.write(a, Formatting.COMPACT)
            + "\n"
            + "{\"schemaVersion\":1,\n"
            + "\n"
            + "[1]\r\n"
            + JSON.write(b, Formatting.COMPACT),
        StandardCharsets.UTF_8);
    try (Stream<ReadResult> results = ReportBatch.jsonLines(file, JSON)) {
      List<ReadResult> all = results.toList();
      assertEquals(4, all.size());
      assertEquals(a, all.get(0).report().orElseThrow());
      assertEquals(file + ":1", all.get(0).source());
      assertEquals(List.of("DR-J006"), all.get(1).ruleIds());
      assertEquals(file + ":2", all.get(1).source());
      assertEquals(List.of("DR-J021"), all.get(2).ruleIds());
      assertEquals(file + ":4", all.get(2).source());
      assertEquals(b, all.get(3).report().orElseThrow());
    }
  }

  @Test
  void aLineOverTheSizeLimitIsSkippedWithAFinding() throws IOException {
    ReportJson small =
        ReportJson.create(ReadOptions.lenient(), Limits.builder().maxDocumentBytes(5_000).build());
    Path file = dir.resolve("big.jsonl");
    AnnualReport a = ReportGenerators.report(Edition.V2019, 3).withExtensions(java.util.Map.of());
    String line =
        small.write(
            a.withGeneral(org.disclosurereport.model.Narrative.empty())
                .withProblems(org.disclosurereport.model.Narrative.empty())
                .withCells(java.util.Map.of()),
            Formatting.COMPACT);
    Files.writeString(
        file, "[\"" + "x".repeat(10_000) + "\"]\n" + line + "\n", StandardCharsets.UTF_8);
    try (Stream<ReadResult> results = ReportBatch.jsonLines(file, small)) {
      Iterator<ReadResult> it = results.iterator();
      assertEquals(List.of("DR-J010"), it.next().ruleIds());
      assertTrue(it.next().report().isPresent());
      assertTrue(!it.hasNext());
    }
  }

  @Test
  void aDirectoryIsReadFileByFileInNameOrder() throws IOException {
    AnnualReport a = ReportGenerators.report(Edition.V2019, 4);
    Files.write(dir.resolve("a.json"), JSON.writeBytes(a, Formatting.PRETTY));
    Files.write(dir.resolve("b.xml"), XML.writeBytes(a, Formatting.PRETTY));
    Files.writeString(dir.resolve("c.json"), "{", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.txt"), "ignored", StandardCharsets.UTF_8);
    Files.createDirectory(dir.resolve("d.json"));
    try (Stream<ReadResult> results = ReportBatch.directory(dir, JSON, XML)) {
      List<ReadResult> all = results.toList();
      assertEquals(3, all.size());
      assertEquals(a, all.get(0).report().orElseThrow());
      assertEquals(a, all.get(1).report().orElseThrow());
      assertEquals(List.of("DR-J006"), all.get(2).ruleIds());
      assertTrue(all.get(2).source().endsWith("c.json"));
    }
  }

  @Test
  void aMissingSourceThrowsTheDocumentedException() {
    assertThrows(
        ReportReadException.class, () -> ReportBatch.jsonLines(dir.resolve("none.jsonl"), JSON));
    assertThrows(
        ReportReadException.class, () -> ReportBatch.directory(dir.resolve("none"), JSON, XML));
    assertThrows(ReportReadException.class, () -> JSON.read(dir.resolve("none.json")));
  }

  @Test
  void aFileThatCannotBeReadIsAResultWithAnIoFailureAndTheOthersAreRead() throws IOException {
    AnnualReport a = ReportGenerators.report(Edition.V2021, 5);
    Files.write(dir.resolve("a.json"), JSON.writeBytes(a, Formatting.COMPACT));
    Path gone = Files.write(dir.resolve("b.json"), JSON.writeBytes(a, Formatting.COMPACT));
    Files.write(dir.resolve("c.json"), JSON.writeBytes(a, Formatting.COMPACT));
    try (Stream<ReadResult> results = ReportBatch.directory(dir, JSON, XML)) {
      Iterator<ReadResult> it = results.iterator();
      assertEquals(a, it.next().report().orElseThrow());
      // Listed, then gone before it is read: the batch goes on.
      Files.delete(gone);
      ReadResult failed = it.next();
      assertEquals(gone.toString(), failed.source());
      assertTrue(failed.report().isEmpty());
      assertEquals(List.of(ReadCode.IO_FAILURE.id(DocumentFormat.JSON)), failed.ruleIds());
      assertEquals(a, it.next().report().orElseThrow());
      assertTrue(!it.hasNext());
    }
  }
}
