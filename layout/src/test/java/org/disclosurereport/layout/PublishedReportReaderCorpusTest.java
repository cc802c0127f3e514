package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Proactive;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.model.AnnualReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads excerpts of published reports (their tables as published, their prose replaced): each reads
 * as far as it goes, with findings for what is cut off. They are cut inside section 二 or 三, print
 * their tables with tabs, {@code |}, spaces or one cell per line, in simplified or traditional
 * characters, with Hubei's notes, misprints, blanks and marks for nothing.
 */
class PublishedReportReaderCorpusTest {
  private static final PublishedReportReader READER =
      PublishedReportReader.create(
          ReadOptions.builder().defaultOrganName("（测试机关）").defaultReportYear(2021).build());

  private static final String I1 = Tables.ARTICLE20_ITEM1;
  private static final String I5 = Tables.ARTICLE20_ITEM5;
  private static final String I6 = Tables.ARTICLE20_ITEM6;
  private static final String I8 = Tables.ARTICLE20_ITEM8;
  private static final String I9 = Tables.ARTICLE20_ITEM9;
  private static final String AP = Tables.APPLICATIONS;

  private static ReadResult read(String excerpt) {
    return READER.readText(PublishedReportReaderTest.resource("corpus/" + excerpt + ".txt"));
  }

  static Stream<Arguments> figures() {
    return Stream.of(
        Arguments.of(
            "excerpt-01", I1, Proactive.NORMATIVE_DOCUMENTS, Proactive.NEWLY_PUBLISHED, "8"),
        Arguments.of("excerpt-01", I5, Proactive.LICENSING, Proactive.CHANGE, "-417"),
        Arguments.of("excerpt-01", AP, ApplicationRows.NEWLY_RECEIVED, Applicants.TOTAL, "2"),
        Arguments.of(
            "excerpt-01", AP, ApplicationRows.CARRIED_OVER, Applicants.COMMERCIAL_ENTERPRISE, "0"),
        Arguments.of("excerpt-01", AP, ApplicationRows.CARRIED_OVER, Applicants.TOTAL, "blank"),
        Arguments.of("excerpt-02", I1, Proactive.NORMATIVE_DOCUMENTS, Proactive.NEWLY_MADE, "64"),
        Arguments.of(
            "excerpt-02",
            I9,
            Proactive.CENTRALIZED_PROCUREMENT,
            Proactive.PROCUREMENT_AMOUNT,
            "70487元"),
        Arguments.of("excerpt-04", I1, Proactive.NORMATIVE_DOCUMENTS, Proactive.NEWLY_MADE, "33"),
        Arguments.of("excerpt-04", AP, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON, "0"),
        Arguments.of(
            "excerpt-05", AP, ApplicationRows.NEWLY_RECEIVED, Applicants.NATURAL_PERSON, "3"),
        Arguments.of(
            "excerpt-05", I9, Proactive.CENTRALIZED_PROCUREMENT, Proactive.PROCUREMENT_AMOUNT, "0"),
        Arguments.of(
            "excerpt-06", I1, Proactive.NORMATIVE_DOCUMENTS, Proactive.TOTAL_PUBLISHED, "83"),
        Arguments.of("excerpt-06", I1, Proactive.REGULATIONS, Proactive.NEWLY_MADE, "blank"),
        Arguments.of("excerpt-06", I5, Proactive.LICENSING, Proactive.CHANGE, "-11"),
        Arguments.of("excerpt-07", I6, Proactive.ENFORCEMENT, Proactive.DECISIONS, "0"),
        Arguments.of("excerpt-08", I5, Proactive.OTHER_SERVICES, Proactive.DECISIONS, "0"),
        Arguments.of(
            "excerpt-09", I1, Proactive.NORMATIVE_DOCUMENTS, Proactive.TOTAL_PUBLISHED, "19"),
        Arguments.of("excerpt-09", I5, Proactive.OTHER_SERVICES, Proactive.DECISIONS, "165"),
        Arguments.of("excerpt-09", I6, Proactive.ENFORCEMENT, Proactive.CHANGE, "+4"),
        Arguments.of("excerpt-09", I6, Proactive.ENFORCEMENT, Proactive.DECISIONS, "blank"),
        Arguments.of("excerpt-11", I1, Proactive.NORMATIVE_DOCUMENTS, Proactive.IN_FORCE, "25"),
        Arguments.of("excerpt-11", AP, ApplicationRows.PARTIALLY_GRANTED, Applicants.TOTAL, "17"),
        Arguments.of(
            "excerpt-11",
            AP,
            ApplicationRows.WITHHELD_INTERNAL_AFFAIRS,
            Applicants.NATURAL_PERSON,
            "1"),
        Arguments.of("excerpt-12", I1, Proactive.NORMATIVE_DOCUMENTS, Proactive.REPEALED, "12"),
        Arguments.of("excerpt-12", I1, Proactive.REGULATIONS, Proactive.IN_FORCE, "blank"),
        Arguments.of(
            "excerpt-12", AP, ApplicationRows.NEWLY_RECEIVED, Applicants.NATURAL_PERSON, "8"),
        Arguments.of("excerpt-13", I1, Proactive.REGULATIONS, Proactive.IN_FORCE, "6"),
        Arguments.of(
            "excerpt-13", AP, ApplicationRows.WITHHELD_INTERNAL_AFFAIRS, Applicants.TOTAL, "0"),
        Arguments.of("excerpt-14", I1, Proactive.NORMATIVE_DOCUMENTS, Proactive.ISSUED, "0"),
        Arguments.of("excerpt-15", I8, Proactive.ADMINISTRATIVE_FEES, Proactive.FEE_AMOUNT, "0万元"),
        Arguments.of("excerpt-16", I5, Proactive.LICENSING, Proactive.DECISIONS, "29858"),
        Arguments.of(
            "excerpt-16", I8, Proactive.ADMINISTRATIVE_FEES, Proactive.FEE_AMOUNT, "5125.11万元"),
        Arguments.of("excerpt-17", I1, Proactive.NORMATIVE_DOCUMENTS, Proactive.IN_FORCE, "49"),
        Arguments.of("excerpt-18", I1, Proactive.REGULATIONS, Proactive.ISSUED, "blank"),
        Arguments.of(
            "excerpt-18", AP, ApplicationRows.NEWLY_RECEIVED, Applicants.NATURAL_PERSON, "blank"),
        Arguments.of("excerpt-18", AP, ApplicationRows.NEWLY_RECEIVED, Applicants.TOTAL, "0"),
        Arguments.of("excerpt-19", I1, Proactive.NORMATIVE_DOCUMENTS, Proactive.IN_FORCE, "101"),
        Arguments.of(
            "excerpt-19", AP, ApplicationRows.NEWLY_RECEIVED, Applicants.NATURAL_PERSON, "0"),
        Arguments.of(
            "excerpt-19",
            AP,
            ApplicationRows.NEWLY_RECEIVED,
            Applicants.COMMERCIAL_ENTERPRISE,
            "blank"),
        Arguments.of(
            "excerpt-19", AP, ApplicationRows.WITHHELD_INTERNAL_AFFAIRS, Applicants.TOTAL, "0"),
        Arguments.of("excerpt-20", AP, ApplicationRows.NEWLY_RECEIVED, Applicants.TOTAL, "3"));
  }

  @ParameterizedTest(name = "{0}: {1}/{2}/{3} = {4}")
  @MethodSource("figures")
  void figuresAreReadAsPublished(
      String excerpt, String table, String row, String column, String expected) {
    AnnualReport report = read(excerpt).report().orElseThrow();
    assertEquals(expected, report.cell(CellAddress.of(table, row, column)).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "excerpt-01", "excerpt-02", "excerpt-04", "excerpt-05", "excerpt-06", "excerpt-07",
        "excerpt-08", "excerpt-09", "excerpt-11", "excerpt-12", "excerpt-13", "excerpt-14",
        "excerpt-15", "excerpt-16", "excerpt-17", "excerpt-18", "excerpt-19", "excerpt-20"
      })
  void everyExcerptReadsAsFarAsItGoesAndSaysWhereItWasCut(String excerpt) {
    ReadResult read = read(excerpt);
    AnnualReport report = read.report().orElseThrow();
    int number = Integer.parseInt(excerpt.substring(excerpt.length() - 2));
    assertEquals(number <= 9 ? Edition.V2019 : Edition.V2021, report.edition());
    assertFalse(report.cells().isEmpty());
    assertEquals(
        1, read.findings(ReaderRule.INPUT_ENDS_IN_TABLE).size(), () -> read.findings().toString());
    assertFalse(read.findings(ReaderRule.SECTION_NOT_FOUND).isEmpty());
    assertTrue(
        read.findings(ReaderRule.CELL_UNREADABLE).isEmpty(), () -> read.findings().toString());
    read.provenance().values().forEach(s -> assertTrue(s.line().isPresent()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "excerpt-02",
        "excerpt-04",
        "excerpt-06",
        "excerpt-07",
        "excerpt-08",
        "excerpt-16",
        "excerpt-17"
      })
  void excerptsWithATitleNameTheirOrganAndYear(String excerpt) {
    ReadResult read = read(excerpt);
    assertTrue(
        read.findings(ReaderRule.METADATA_FROM_OPTIONS).isEmpty(),
        () -> read.findings().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"excerpt-02", "excerpt-08", "excerpt-16"})
  void thePublicationDateIsReadWherePrinted(String excerpt) {
    assertTrue(read(excerpt).report().orElseThrow().metadata().publicationDate().isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"excerpt-14", "excerpt-17"})
  void misprintedLabelsAreReadAndNoted(String excerpt) {
    assertEquals(1, read(excerpt).findings(ReaderRule.LABEL_VARIANT).size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"excerpt-09"})
  void hubeisExtraRowInTraditionalCharactersIsKept(String excerpt) {
    ReadResult read = read(excerpt);
    List<org.disclosurereport.model.SupplementaryRow> rows =
        read.report().orElseThrow().supplementaryRows();
    assertEquals(1, rows.size());
    assertTrue(rows.get(0).label().startsWith("其他主動公開檔案"), "kept as printed");
    assertEquals(
        Map.of(
            Proactive.NEWLY_MADE,
            "186",
            Proactive.NEWLY_PUBLISHED,
            "86",
            Proactive.TOTAL_PUBLISHED,
            "255"),
        rows.get(0).values());
    assertEquals(1, read.findings(ReaderRule.SUPPLEMENTARY_ROW).size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"excerpt-11"})
  void aRowCutShortIsSaid(String excerpt) {
    ReadResult read = read(excerpt);
    assertEquals(
        Optional.of(ApplicationRows.WITHHELD_ENFORCEMENT_FILES),
        read.findings(ReaderRule.ROW_SHORT).get(0).location().row());
  }
}
