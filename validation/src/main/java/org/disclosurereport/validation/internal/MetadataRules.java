package org.disclosurereport.validation.internal;

import java.util.Optional;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.ReportMetadata;

/** Rules on who reports, for which year, in which edition: DR-V001, DR-V002, DR-V003. */
final class MetadataRules {
  private MetadataRules() {}

  static void check(AnnualReport report, FindingSink sink) {
    ReportMetadata m = report.metadata();
    if (sink.enabled(RuleDefinitions.REQUIRED_METADATA)) {
      if (m.organName().isEmpty()) {
        metadata(sink, "organName", "DR-V001.missing");
      }
      if (m.reportYear().isEmpty()) {
        metadata(sink, "reportYear", "DR-V001.missing");
      }
      blankIfGiven(sink, "title", m.title());
      blankIfGiven(sink, "creditCode", m.creditCode());
      blankIfGiven(sink, "divisionCode", m.divisionCode());
      blankIfGiven(sink, "indexNumber", m.indexNumber());
    }
    Edition edition = m.edition();
    if (m.reportYear().isEmpty()) {
      return;
    }
    int year = m.reportYear().getAsInt();
    if (year < edition.firstYear() && sink.enabled(RuleDefinitions.EDITION_TOO_NEW)) {
      sink.of(
              RuleDefinitions.EDITION_TOO_NEW,
              FindingLocation.ofPointer(JsonPointer.of("edition")),
              Message.of(
                  "DR-V002",
                  "year",
                  year,
                  "edition",
                  edition.id(),
                  "notice",
                  edition.spec().noticeNumber(),
                  "firstYear",
                  edition.firstYear()))
          .add();
    }
    if (year > edition.lastYear() && sink.enabled(RuleDefinitions.EDITION_OUTDATED)) {
      Edition prescribed = Edition.forReportYear(year);
      sink.of(
              RuleDefinitions.EDITION_OUTDATED,
              FindingLocation.ofPointer(JsonPointer.of("edition")),
              Message.of(
                  "DR-V003",
                  "year",
                  year,
                  "edition",
                  edition.id(),
                  "notice",
                  edition.spec().noticeNumber(),
                  "lastYear",
                  edition.lastYear(),
                  "current",
                  prescribed.id(),
                  "currentNotice",
                  prescribed.spec().noticeNumber()))
          .add();
    }
  }

  private static void blankIfGiven(FindingSink sink, String field, Optional<String> value) {
    if (value.isPresent() && value.get().isBlank()) {
      metadata(sink, field, "DR-V001.blank");
    }
  }

  private static void metadata(FindingSink sink, String field, String key) {
    sink.of(
            RuleDefinitions.REQUIRED_METADATA,
            FindingLocation.ofPointer(JsonPointer.of("metadata", field)),
            Message.of(key, "field", field))
        .add();
  }
}
